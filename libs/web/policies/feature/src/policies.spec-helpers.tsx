import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { coreLocales, MeDocument, mergeLocaleBundles, mergeTypePolicies } from '@pillars/web/core/data-access';
import { directoryFeature } from '@pillars/web/directory/feature';
import { policiesTypePolicies } from '@pillars/web/policies/data-access';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { policiesLocales } from './policies.feature';

// jsdom has no FontFaceSet; Mantine's autosizing textarea listens to it.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });

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
        canManagePolicies: true, canViewCompliance: true, canVerifyPolicyEvidence: true, canAnnounce: false, canAnnounceToAnyone: false,
      },
    },
  },
  maxUsageCount: Infinity,
};

export const person = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

/** Renders `ui` at `route` (matched by `path`) with the policies' and directory's strings in English and the given mocks. */
export function renderPolicies(ui: ReactNode, mocks: MockLink.MockedResponse[], { path = '/', route = '/' }: { path?: string; route?: string } = {}) {
  const i18n = i18next.createInstance();
  const bundle = mergeLocaleBundles([coreLocales, directoryFeature.locales, policiesLocales].filter((b): b is NonNullable<typeof b> => !!b));
  void i18n.use(initReactI18next).init({ resources: { en: { translation: bundle.en } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  const client = new ApolloClient({ link: new MockLink([meMock, ...mocks]), cache: new InMemoryCache({ typePolicies: mergeTypePolicies([policiesTypePolicies]) }) });
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider env="test">
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={ui} />
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...utils, client };
}
