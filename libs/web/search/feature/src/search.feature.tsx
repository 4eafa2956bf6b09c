import type { WebFeature } from '@pillars/web/core/data-access';
import { searchTypePolicies } from '@pillars/web/search/data-access';
import { lazy } from 'react';
import { GlobalSearch } from './global-search';
import { searchLocales } from './search.locales';

const SearchPage = lazy(() => import('./search-page'));

export const searchFeature: WebFeature = {
  name: 'search',
  routes: [{ path: 'search', element: <SearchPage /> }],
  preload: () => import('./search-page'),
  headerItems: [GlobalSearch],
  locales: searchLocales,
  typePolicies: searchTypePolicies,
};
