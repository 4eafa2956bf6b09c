import { CreatePolicies1797910000000 } from './1797910000000-create-policies';

/** The policies domain's migrations. */
export const POLICY_MIGRATIONS = [CreatePolicies1797910000000];
