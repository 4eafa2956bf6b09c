import { ApolloClient, InMemoryCache, type TypePolicies } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { coreLocales, type LocaleBundle, mergeLocaleBundles, mergeTypePolicies } from '@pillars/web/core/data-access';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';

// jsdom has no FontFaceSet; Mantine's autosizing textarea listens to it.
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });
}

export interface RenderWithProvidersOptions {
  /** The answers the mocked API gives, in order (MockLink). Ignored when `client` is given. */
  mocks?: readonly MockLink.MockedResponse[];
  /** The features' translations besides core's, merged as the app merges them (English is rendered). */
  locales?: readonly (LocaleBundle | undefined)[];
  /** The features' cache policies, merged as the app merges them. */
  typePolicies?: readonly (TypePolicies | undefined)[];
  /** The route pattern `ui` is mounted at, and the location the router starts at. */
  path?: string;
  route?: string;
  /** Other pages a test navigates to, by path. */
  routes?: Readonly<Record<string, ReactNode>>;
  /** A client of the test's own (to share one cache between renders). */
  client?: ApolloClient;
  /** Writes to the cache before the first render. */
  prime?: (client: ApolloClient) => void;
  /** The UI language rendered (its strings from the merged bundles); English by default. */
  language?: 'en' | 'ar' | 'he' | 'it';
  /** The page direction, as the app frame sets it for Arabic and Hebrew; by default the language's. */
  dir?: 'ltr' | 'rtl';
}

/**
 * Renders `ui` the way the app frame does (translations, Apollo, Mantine, the router) against a
 * mocked API, for the web libs' component specs. Returns testing-library's result and the client.
 */
export function renderWithProviders(ui: ReactNode, { mocks = [], locales = [], typePolicies = [], path = '/', route = '/', routes = {}, client: given, prime, language = 'en', dir }: RenderWithProvidersOptions = {}) {
  const direction = dir ?? (language === 'ar' || language === 'he' ? 'rtl' : 'ltr');
  const i18n = i18next.createInstance();
  const bundle = mergeLocaleBundles([coreLocales, ...locales.filter((b): b is LocaleBundle => !!b)]);
  void i18n.use(initReactI18next).init({ resources: { en: { translation: bundle.en }, [language]: { translation: bundle[language] } }, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  const client = given ?? new ApolloClient({ link: new MockLink([...mocks]), cache: new InMemoryCache({ typePolicies: mergeTypePolicies(typePolicies) }) });
  prime?.(client);
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <DirectionProvider initialDirection={direction}>
          <MantineProvider env="test">
            <div dir={direction} style={{ direction }}>
              <MemoryRouter initialEntries={[route]}>
                <Routes>
                  <Route path={path} element={ui} />
                  {Object.entries(routes).map(([at, element]) => (
                    <Route key={at} path={at} element={element} />
                  ))}
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
