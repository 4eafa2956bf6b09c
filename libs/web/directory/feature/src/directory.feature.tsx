import type { WebFeature } from '@pillars/web/core/data-access';
import { directoryRefetchMap, directoryTypePolicies } from '@pillars/web/directory/data-access';
import { IconAddressBook, IconBinaryTree, IconHierarchy3 } from '@tabler/icons-react';
import { directoryLocales } from './directory.locales';
import { directoryRoutes } from './directory.routes';
import { HeaderPeopleSearch } from './header-people-search';

export const directoryFeature: WebFeature = {
  name: 'directory',
  routes: directoryRoutes,
  nav: [
    { section: 'people', to: '/people', label: 'nav.directory', icon: IconAddressBook },
    { section: 'people', to: '/org-chart', label: 'nav.orgChart', icon: IconBinaryTree },
    { section: 'people', to: '/organisation', label: 'nav.organisation', icon: IconHierarchy3 },
  ],
  headerItems: [HeaderPeopleSearch],
  locales: directoryLocales,
  typePolicies: directoryTypePolicies,
  refetchMap: directoryRefetchMap,
};
