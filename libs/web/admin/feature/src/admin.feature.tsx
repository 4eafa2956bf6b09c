import type { WebFeature } from '@pillars/web/core/data-access';
import { IconFileImport, IconShieldCog, IconUsersGroup } from '@tabler/icons-react';
import { adminLocales } from './admin.locales';
import { adminRoutes, preloadAdminPages } from './admin.routes';

export const adminFeature: WebFeature = {
  name: 'admin',
  routes: adminRoutes,
  preload: preloadAdminPages,
  nav: [
    { section: 'administration', to: '/admin/people', label: 'nav.adminPeople', icon: IconShieldCog, ability: 'canManagePeople' },
    { section: 'administration', to: '/admin/teams', label: 'nav.adminTeams', icon: IconUsersGroup, ability: 'canManageTeams' },
    { section: 'administration', to: '/admin/import', label: 'nav.adminImport', icon: IconFileImport, ability: 'canImport' },
  ],
  locales: adminLocales,
};
