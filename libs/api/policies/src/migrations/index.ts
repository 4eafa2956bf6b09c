import { CreatePolicies1797800000000 } from './1797800000000-create-policies';

/** The policies domain's migrations. */
export const POLICY_MIGRATIONS = [CreatePolicies1797800000000];
