export { authFeature } from './auth.feature';
export { ChangePasswordPage } from './change-password-page';
export { LANGUAGE_NAMES, LanguageSwitcher } from './language-switcher';
export { RequireAbility, RequireAuth } from './require-auth';
export { DEFAULT_HOME, returnPath, SignInPage } from './sign-in-page';
export { SETUP_PATH } from './paths';
export { SetupPage } from './setup-page';
