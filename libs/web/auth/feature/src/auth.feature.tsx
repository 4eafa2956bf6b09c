import type { WebFeature } from '@pillars/web/core/data-access';
import { authLocales } from './auth.locales';
import { ChangePasswordPage } from './change-password-page';
import { SETUP_PATH } from './paths';
import { SetupPage } from './setup-page';
import { SignInPage } from './sign-in-page';

export const authFeature: WebFeature = {
  name: 'auth',
  publicRoutes: [
    { path: 'sign-in', element: <SignInPage /> },
    { path: SETUP_PATH, element: <SetupPage /> },
  ],
  routes: [{ path: 'account/password', element: <ChangePasswordPage /> }],
  locales: authLocales,
};
