import { DEFAULT_HOME, RequireAuth } from '@pillars/web/auth/feature';
import { useProfileLocale } from '@pillars/web/core/data-access';
import { Navigate, type RouteObject, useRoutes } from 'react-router-dom';
import { FEATURES } from './features';
import { NotFoundPage } from './not-found-page';
import { SectionHome } from './section-home';
import { AppFrame } from './shell/app-frame';

/** Composed from the features: the app adds only the frame, the home redirect and the fallbacks. */
export const routes: RouteObject[] = [
  ...FEATURES.flatMap((f) => f.publicRoutes ?? []),
  {
    element: <RequireAuth loading={<AppFrame loading />} />,
    children: [
      {
        element: <AppFrame />,
        children: [
          { index: true, element: <Navigate to={DEFAULT_HOME} replace /> },
          ...FEATURES.flatMap((f) => f.routes ?? []),
          { path: 'admin', element: <SectionHome section="administration" /> },
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
