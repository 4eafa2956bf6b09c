import { RequireAbility } from '@pillars/web/auth/feature';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';

// Admin pages are only for a few people: load them on demand (the app frame shows a loader meanwhile).
const load = {
  people: () => import('./admin-people-page'),
  user: () => import('./admin-user-page'),
  teams: () => import('./admin-teams-page'),
  import: () => import('./admin-import-page'),
};
const AdminPeoplePage = lazy(() => load.people().then((m) => ({ default: m.AdminPeoplePage })));
const AdminUserPage = lazy(() => load.user().then((m) => ({ default: m.AdminUserPage })));
const AdminTeamsPage = lazy(() => load.teams().then((m) => ({ default: m.AdminTeamsPage })));
const AdminImportPage = lazy(() => load.import().then((m) => ({ default: m.AdminImportPage })));

export const preloadAdminPages = () => Promise.all(Object.values(load).map((page) => page()));

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
