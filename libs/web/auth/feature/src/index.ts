export { authRoutes } from './auth.routes';
export { ChangePasswordPage } from './change-password-page';
export { LANGUAGE_NAMES, LanguageSwitcher } from './language-switcher';
export { RequireAdmin, RequireAuth, RequireRole } from './require-auth';
export { DEFAULT_HOME, returnPath, SignInPage } from './sign-in-page';
export { SETUP_PATH } from './paths';
export { SetupPage } from './setup-page';
