import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { coreLocales, MeDocument, mergeLocaleBundles, mergeTypePolicies } from '@pillars/web/core/data-access';
import { RenderPostPreviewDocument } from '@pillars/web/feeds/data-access';
import { feedsLocales } from '@pillars/web/feeds/feature';
import { searchLocales } from '@pillars/web/search/feature';
import { SaveWikiDraftDocument, wikiTypePolicies } from '@pillars/web/wiki/data-access';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { wikiLocales } from './wiki.feature';

// jsdom has no FontFaceSet; Mantine's autosizing textarea listens to it.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });

export const ME = '00000000-0000-4000-8000-00000000a001';
export const OTHER = '00000000-0000-4000-8000-00000000a002';
export const SPACE_ID = '00000000-0000-4000-8000-00000000d001';
export const PAGE_ID = '00000000-0000-4000-8000-00000000e001';

export const meMock = {
  request: { query: MeDocument },
  result: {
    data: {
      me: { __typename: 'User', id: ME, name: 'Ana Rossi', email: 'ana@x.test', initials: 'AR', title: null, locale: 'en', timeZone: 'UTC', roles: [] },
      abilities: {
        __typename: 'ViewerAbilities', canManagePeople: false, canAssignRoles: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false,
        canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canAnnounce: false, canAnnounceToAnyone: false,
      },
    },
  },
  maxUsageCount: Infinity,
};

/** The editor's side requests (preview, draft autosave) answered whatever they send. */
export const backgroundMocks = [
  { request: { query: RenderPostPreviewDocument, variables: () => true }, result: { data: { renderPostPreview: { __typename: 'PostPreview', html: '<p>preview</p>', topics: [] } } }, maxUsageCount: Infinity },
  { request: { query: SaveWikiDraftDocument, variables: () => true }, result: { data: { saveWikiDraft: { __typename: 'WikiDraftPayload', draft: null } } }, maxUsageCount: Infinity },
];

export const person = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

export const space = {
  __typename: 'WikiSpace' as const,
  id: SPACE_ID,
  key: 'eng',
  name: 'Engineering',
  description: '',
  visibility: 'ORGANIZATION' as const,
  outsiderAccess: 'READ' as const,
  reviewCycleMonths: 12,
  viewerRole: 'EDITOR' as const,
  abilities: { __typename: 'WikiAbilities' as const, canEdit: true, canAdmin: false },
};

/** Renders `ui` at `route` (matched by `path`) with the wiki's strings in English (or `dir` rtl) and the given mocks. */
export function renderWiki(ui: ReactNode, mocks: MockLink.MockedResponse[], { path = '/', route = '/', rtl = false }: { path?: string; route?: string; rtl?: boolean } = {}) {
  const i18n = i18next.createInstance();
  const bundle = mergeLocaleBundles([coreLocales, feedsLocales, searchLocales, wikiLocales]);
  void i18n.use(initReactI18next).init({ resources: { en: { translation: bundle.en } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  const client = new ApolloClient({ link: new MockLink([meMock, ...backgroundMocks, ...mocks]), cache: new InMemoryCache({ typePolicies: mergeTypePolicies([wikiTypePolicies]) }) });
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <DirectionProvider initialDirection={rtl ? 'rtl' : 'ltr'}>
          <MantineProvider env="test">
            <div dir={rtl ? 'rtl' : 'ltr'} style={{ direction: rtl ? 'rtl' : 'ltr' }}>
              <MemoryRouter initialEntries={[route]}>
                <Routes>
                  <Route path={path} element={ui} />
                </Routes>
              </MemoryRouter>
            </div>
          </MantineProvider>
        </DirectionProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...utils, client };
}
