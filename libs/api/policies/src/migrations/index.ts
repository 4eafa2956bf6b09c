import { CreatePolicies1797900000000 } from './1797900000000-create-policies';

/** The policies domain's migrations. */
export const POLICY_MIGRATIONS = [CreatePolicies1797900000000];
