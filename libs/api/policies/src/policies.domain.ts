import { defineDomain } from '@pillars/api/core';
import { PoliciesErrorCode } from './policies.errors';
import { PoliciesModule } from './policies.module';
import { POLICY_ENTITIES } from './policy.entities';
import { POLICY_MIGRATIONS } from './migrations';

/** Policies and guidelines of the Governance pillar: versions, asks and acknowledgement evidence (DESIGN §4). */
export const policiesDomain = defineDomain({
  name: 'policies',
  module: PoliciesModule,
  entities: POLICY_ENTITIES,
  migrations: POLICY_MIGRATIONS,
  errorCodes: [PoliciesErrorCode],
});
