export * from './policies.documents';
export { POLICY_QUERIES, policiesTypePolicies } from './policies.type-policies';
