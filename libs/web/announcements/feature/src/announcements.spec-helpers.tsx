import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { coreLocales, MeDocument, mergeLocaleBundles, mergeTypePolicies } from '@pillars/web/core/data-access';
import { announcementsTypePolicies, feedsTypePolicies, MyFeedTeamsDocument } from '@pillars/web/feeds/data-access';
import { feedsLocales } from '@pillars/web/feeds/feature';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { announcementsLocales } from './announcements.feature';

// jsdom has no FontFaceSet; Mantine's autosizing textarea listens to it.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });

export const ME = '00000000-0000-4000-8000-00000000a001';
export const POST_ID = '00000000-0000-4000-8000-00000000b001';
export const TEAM = '00000000-0000-4000-8000-00000000e001';
export const OTHER_TEAM = '00000000-0000-4000-8000-00000000e002';

const NONE = { canManagePeople: false, canAssignRoles: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false, canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canAnnounce: false, canAnnounceToAnyone: false };

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

export function renderAnnouncements(ui: ReactNode, mocks: MockLink.MockedResponse[], { path = '/', route = '/', client: given }: { path?: string; route?: string; client?: ApolloClient } = {}) {
  const i18n = i18next.createInstance();
  const bundle = mergeLocaleBundles([coreLocales, feedsLocales, announcementsLocales]);
  void i18n.use(initReactI18next).init({ resources: { en: { translation: bundle.en } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  const client = given ?? new ApolloClient({ link: new MockLink([myTeamsMock, ...mocks]), cache: new InMemoryCache({ typePolicies: mergeTypePolicies([feedsTypePolicies, announcementsTypePolicies]) }) });
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider env="test">
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={ui} />
              <Route path="/announcements/:id/reach" element={<p>reach page</p>} />
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...utils, client };
}
