import type { RouteObject } from 'react-router-dom';
import { SETUP_PATH } from './paths';
import { SetupPage } from './setup-page';
import { SignInPage } from './sign-in-page';

/** Routes outside the signed-in frame: sign-in, and first-run setup. */
export const authRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: SETUP_PATH, element: <SetupPage /> },
];
