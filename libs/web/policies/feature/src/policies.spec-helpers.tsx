import { MockLink } from '@apollo/client/testing';
import { MeDocument } from '@pillars/web/core/data-access';
import { directoryFeature } from '@pillars/web/directory/feature';
import { policiesTypePolicies } from '@pillars/web/policies/data-access';
import { renderWithProviders } from '@pillars/web/testing';
import type { ReactNode } from 'react';
import { policiesLocales } from './policies.feature';

export const ME = '00000000-0000-4000-8000-00000000a001';
export const OTHER = '00000000-0000-4000-8000-00000000a002';
export const THIRD = '00000000-0000-4000-8000-00000000a003';
export const POLICY_ID = '00000000-0000-4000-8000-00000000c001';
export const VERSION_ID = '00000000-0000-4000-8000-00000000c101';

export const meMock = {
  request: { query: MeDocument },
  result: {
    data: {
      me: { __typename: 'User', id: ME, name: 'Hana HR', email: 'hana@x.test', initials: 'HH', photoThumbnailUrl: null, title: null, locale: 'en', timeZone: 'UTC', roles: ['HR'] },
      abilities: {
        __typename: 'ViewerAbilities', canManagePeople: false, canAssignRoles: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false,
        canManagePolicies: true, canViewCompliance: true, canVerifyPolicyEvidence: true, canManageTraining: false, canViewTrainingMatrix: false, canAnnounce: false, canAnnounceToAnyone: false,
      },
    },
  },
  maxUsageCount: Infinity,
};

export const person = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

/** Renders `ui` at `route` (matched by `path`) with the policies' and directory's strings in English and the given mocks. */
export function renderPolicies(ui: ReactNode, mocks: MockLink.MockedResponse[], { path = '/', route = '/' }: { path?: string; route?: string } = {}) {
  return renderWithProviders(ui, { mocks: [meMock, ...mocks], locales: [directoryFeature.locales, policiesLocales], typePolicies: [policiesTypePolicies], path, route });
}
