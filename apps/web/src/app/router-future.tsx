import type { RouteObject } from 'react-router-dom';
import App from './app';

/** Opt in to React Router v7 behaviour now, so the upgrade changes nothing. */
export const ROUTER_FUTURE = {
  v7_relativeSplatPath: true,
  v7_fetcherPersist: true,
  v7_normalizeFormMethod: true,
  v7_partialHydration: true,
  v7_skipActionErrorRevalidation: true,
} as const;
export const PROVIDER_FUTURE = { v7_startTransition: true } as const;

/**
 * A data router around the app (its routes stay in `useRoutes`): data routers are what
 * `useBlocker` needs, to ask before unsaved edits on a form are dropped.
 */
export const ROOT_ROUTES: RouteObject[] = [{ path: '*', element: <App /> }];
