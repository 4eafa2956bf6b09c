import { RequireAbility } from '@pillars/web/auth/feature';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';

// Admin pages are only for a few people: load them on demand (the app frame shows a loader meanwhile).
const AdminPeoplePage = lazy(() => import('./admin-people-page').then((m) => ({ default: m.AdminPeoplePage })));
const AdminUserPage = lazy(() => import('./admin-user-page').then((m) => ({ default: m.AdminUserPage })));
const AdminTeamsPage = lazy(() => import('./admin-teams-page').then((m) => ({ default: m.AdminTeamsPage })));
const AdminImportPage = lazy(() => import('./admin-import-page').then((m) => ({ default: m.AdminImportPage })));

/** Signed-in routes of the directory's administration, each behind the ability the server grants. */
export const adminRoutes: RouteObject[] = [
  {
    element: <RequireAbility ability="canManagePeople" />,
    children: [
      { path: 'admin/people', element: <AdminPeoplePage /> },
      { path: 'admin/people/new', element: <AdminUserPage /> },
      { path: 'admin/people/:id', element: <AdminUserPage /> },
    ],
  },
  { element: <RequireAbility ability="canManageTeams" />, children: [{ path: 'admin/teams', element: <AdminTeamsPage /> }] },
  { element: <RequireAbility ability="canImport" />, children: [{ path: 'admin/import', element: <AdminImportPage /> }] },
];
