import type { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MeDocument } from '@pillars/web/core/data-access';
import { announcementsTypePolicies, feedsTypePolicies, MyFeedTeamsDocument } from '@pillars/web/feeds/data-access';
import { feedsLocales } from '@pillars/web/feeds/feature';
import { renderWithProviders } from '@pillars/web/testing';
import type { ReactNode } from 'react';
import { announcementsLocales } from './announcements.feature';

export const ME = '00000000-0000-4000-8000-00000000a001';
export const POST_ID = '00000000-0000-4000-8000-00000000b001';
export const TEAM = '00000000-0000-4000-8000-00000000e001';
export const OTHER_TEAM = '00000000-0000-4000-8000-00000000e002';

const NONE = { canManagePeople: false, canAssignRoles: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false, canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canManageTraining: false, canViewTrainingMatrix: false, canAnnounce: false, canAnnounceToAnyone: false };

export const meMock = (abilities: Partial<typeof NONE>) => ({
  request: { query: MeDocument },
  result: {
    data: {
      me: { __typename: 'User', id: ME, name: 'Hana HR', email: 'hr@x.test', initials: 'HH', photoThumbnailUrl: null, title: null, locale: 'en', timeZone: 'UTC', roles: [] },
      abilities: { __typename: 'ViewerAbilities', ...NONE, ...abilities },
    },
  },
  maxUsageCount: Infinity,
});

export const myTeamsMock = {
  request: { query: MyFeedTeamsDocument, variables: { id: ME } },
  result: {
    data: {
      user: {
        __typename: 'User',
        id: ME,
        teams: [
          { __typename: 'TeamMembership', role: 'LEAD', team: { __typename: 'Team', id: TEAM, name: 'Design' } },
          { __typename: 'TeamMembership', role: 'MEMBER', team: { __typename: 'Team', id: OTHER_TEAM, name: 'Guild' } },
        ],
      },
    },
  },
  maxUsageCount: Infinity,
};

export function renderAnnouncements(ui: ReactNode, mocks: MockLink.MockedResponse[], { path = '/', route = '/', client }: { path?: string; route?: string; client?: ApolloClient } = {}) {
  return renderWithProviders(ui, {
    mocks: [myTeamsMock, ...mocks],
    locales: [feedsLocales, announcementsLocales],
    typePolicies: [feedsTypePolicies, announcementsTypePolicies],
    path,
    route,
    routes: { '/announcements/:id/reach': <p>reach page</p> },
    client,
  });
}
