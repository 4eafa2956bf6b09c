import { Center, Loader } from '@mantine/core';
import { authRoutes, ChangePasswordPage, DEFAULT_HOME, RequireAdmin, RequireAuth, RequireRole } from '@pillars/web/auth/feature';
import { useProfileLocale } from '@pillars/web/core/data-access';
import { directoryRoutes } from '@pillars/web/directory/feature';
import { lazy, type ReactElement, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, type RouteObject, useRoutes } from 'react-router-dom';
import { NotFoundPage } from './not-found-page';
import { AppFrame } from './shell/app-frame';

// Admin pages are only for a few people: load them on demand.
const AdminPeoplePage = lazy(() => import('@pillars/web/admin/feature').then((m) => ({ default: m.AdminPeoplePage })));
const AdminUserPage = lazy(() => import('@pillars/web/admin/feature').then((m) => ({ default: m.AdminUserPage })));
const AdminTeamsPage = lazy(() => import('@pillars/web/admin/feature').then((m) => ({ default: m.AdminTeamsPage })));
const AdminImportPage = lazy(() => import('@pillars/web/admin/feature').then((m) => ({ default: m.AdminImportPage })));
const AudiencesPage = lazy(() => import('@pillars/web/audiences/feature').then((m) => ({ default: m.AudiencesPage })));

function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

const lazyPage = (element: ReactElement) => <Suspense fallback={<PageLoader />}>{element}</Suspense>;

export const routes: RouteObject[] = [
  ...authRoutes,
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppFrame />,
        children: [
          { index: true, element: <Navigate to={DEFAULT_HOME} replace /> },
          ...directoryRoutes,
          { path: 'account/password', element: <ChangePasswordPage /> },
          {
            path: 'admin',
            children: [
              {
                element: <RequireAdmin />,
                children: [
                  { index: true, element: <Navigate to="/admin/people" replace /> },
                  { path: 'people', element: lazyPage(<AdminPeoplePage />) },
                  { path: 'people/new', element: lazyPage(<AdminUserPage />) },
                  { path: 'people/:id', element: lazyPage(<AdminUserPage />) },
                  { path: 'teams', element: lazyPage(<AdminTeamsPage />) },
                  { path: 'import', element: lazyPage(<AdminImportPage />) },
                ],
              },
              {
                element: <RequireRole roles={['HR', 'ADMIN']} />,
                children: [{ path: 'audiences', element: lazyPage(<AudiencesPage />) }],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function App() {
  useProfileLocale();
  return useRoutes(routes);
}

export default App;
