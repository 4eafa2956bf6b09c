import type { WebFeature } from '@pillars/web/core/data-access';
import { authLocales } from './auth.locales';
import { ChangePasswordPage } from './change-password-page';
import { ForgotPasswordPage } from './forgot-password-page';
import { FORGOT_PASSWORD_PATH, RESET_PASSWORD_PATH, SETUP_PATH, WELCOME_PATH } from './paths';
import { SetPasswordPage } from './set-password-page';
import { SetupPage } from './setup-page';
import { SignInPage } from './sign-in-page';

export const authFeature: WebFeature = {
  name: 'auth',
  publicRoutes: [
    { path: 'sign-in', element: <SignInPage /> },
    { path: SETUP_PATH, element: <SetupPage /> },
    { path: FORGOT_PASSWORD_PATH, element: <ForgotPasswordPage /> },
    { path: WELCOME_PATH, element: <SetPasswordPage key="invite" purpose="INVITE" /> },
    { path: RESET_PASSWORD_PATH, element: <SetPasswordPage key="reset" purpose="RESET" /> },
  ],
  routes: [{ path: 'account/password', element: <ChangePasswordPage /> }],
  locales: authLocales,
};
