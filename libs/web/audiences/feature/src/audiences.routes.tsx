import { RequireAbility } from '@pillars/web/auth/feature';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';

const loadPage = () => import('./audiences-page');
const AudiencesPage = lazy(() => loadPage().then((m) => ({ default: m.AudiencesPage })));

export const preloadAudiencesPage = () => loadPage();

export const audiencesRoutes: RouteObject[] = [{ element: <RequireAbility ability="canManageAudiences" />, children: [{ path: 'admin/audiences', element: <AudiencesPage /> }] }];
