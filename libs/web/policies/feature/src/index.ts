export { policiesFeature, policiesLocales, policiesRoutes } from './policies.feature';
export { MY_POLICIES_PATH, POLICIES_PATH, policyPath } from './policy-paths';
