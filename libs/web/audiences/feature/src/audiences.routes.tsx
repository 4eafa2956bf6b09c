import { RequireAbility } from '@pillars/web/auth/feature';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';

const AudiencesPage = lazy(() => import('./audiences-page').then((m) => ({ default: m.AudiencesPage })));

export const audiencesRoutes: RouteObject[] = [{ element: <RequireAbility ability="canManageAudiences" />, children: [{ path: 'admin/audiences', element: <AudiencesPage /> }] }];
