import type { WebFeature } from '@pillars/web/core/data-access';
import { audiencesTypePolicies } from '@pillars/web/audiences/data-access';
import { IconTarget } from '@tabler/icons-react';
import { audiencesLocales } from './audiences.locales';
import { audiencesRoutes, preloadAudiencesPage } from './audiences.routes';

export const audiencesFeature: WebFeature = {
  name: 'audiences',
  routes: audiencesRoutes,
  preload: preloadAudiencesPage,
  nav: [{ section: 'administration', to: '/admin/audiences', label: 'nav.audiences', icon: IconTarget, ability: 'canManageAudiences' }],
  locales: audiencesLocales,
  typePolicies: audiencesTypePolicies,
};
