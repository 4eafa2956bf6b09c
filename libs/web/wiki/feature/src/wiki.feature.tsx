import type { LocaleBundle, WebFeature } from '@pillars/web/core/data-access';
import { wikiRefetchMap, wikiTypePolicies } from '@pillars/web/wiki/data-access';
import { IconNotebook } from '@tabler/icons-react';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';
import { SPACE_REPORTS_SEGMENT, SPACE_SETTINGS_SEGMENT, WIKI_TEMPLATES_SEGMENT } from './wiki-paths';

const load = {
  spaces: () => import('./wiki-spaces-page'),
  layout: () => import('./wiki-space-layout'),
  page: () => import('./wiki-page-view'),
  editor: () => import('./wiki-editor-page'),
  history: () => import('./wiki-history-page'),
  redirect: () => import('./wiki-page-redirect'),
  settings: () => import('./wiki-space-settings'),
  reports: () => import('./wiki-space-reports'),
  templates: () => import('./wiki-templates-page'),
};
const WikiSpacesPage = lazy(() => load.spaces().then((m) => ({ default: m.WikiSpacesPage })));
const WikiSpaceLayout = lazy(() => load.layout().then((m) => ({ default: m.WikiSpaceLayout })));
const WikiSpaceHome = lazy(() => load.layout().then((m) => ({ default: m.WikiSpaceHome })));
const WikiPageView = lazy(() => load.page().then((m) => ({ default: m.WikiPageView })));
const WikiEditorPage = lazy(() => load.editor().then((m) => ({ default: m.WikiEditorPage })));
const WikiHistoryPage = lazy(() => load.history().then((m) => ({ default: m.WikiHistoryPage })));
const WikiPageRedirect = lazy(() => load.redirect().then((m) => ({ default: m.WikiPageRedirect })));
const WikiSpaceSettingsPage = lazy(() => load.settings().then((m) => ({ default: m.WikiSpaceSettingsPage })));
const WikiSpaceReportsPage = lazy(() => load.reports().then((m) => ({ default: m.WikiSpaceReportsPage })));
const WikiTemplatesPage = lazy(() => load.templates().then((m) => ({ default: m.WikiTemplatesPage })));

/** `wiki.*` and the wiki's `errors.WIKI_*`. */
export const wikiLocales: LocaleBundle = { en, ar, he, it };

/** Reading as each space allows (the API filters); writing as the page's abilities say. */
export const wikiRoutes: RouteObject[] = [
  { path: 'wiki', element: <WikiSpacesPage /> },
  { path: 'wiki/page/:id', element: <WikiPageRedirect /> },
  { path: WIKI_TEMPLATES_SEGMENT, element: <WikiTemplatesPage /> },
  {
    path: 'wiki/:spaceKey',
    element: <WikiSpaceLayout />,
    children: [
      { index: true, element: <WikiSpaceHome /> },
      { path: SPACE_SETTINGS_SEGMENT, element: <WikiSpaceSettingsPage /> },
      { path: SPACE_REPORTS_SEGMENT, element: <WikiSpaceReportsPage /> },
      { path: ':slug', element: <WikiPageView /> },
      { path: ':slug/edit', element: <WikiEditorPage /> },
      { path: ':slug/history', element: <WikiHistoryPage /> },
    ],
  },
];

export const wikiFeature: WebFeature = {
  name: 'wiki',
  routes: wikiRoutes,
  preload: () => Promise.all(Object.values(load).map((page) => page())),
  nav: [{ section: 'technology', to: '/wiki', label: 'wiki.nav.spaces', icon: IconNotebook }],
  locales: wikiLocales,
  typePolicies: wikiTypePolicies,
  refetchMap: wikiRefetchMap,
};
