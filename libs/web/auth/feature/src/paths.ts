/** First-run setup, where the sign-in page sends visitors while the deployment has no organisation. */
export const SETUP_PATH = '/setup';
export const FORGOT_PASSWORD_PATH = '/forgot-password';
/** Where invitation and reset mails link to, with the token in the fragment (`#token=…`). */
export const WELCOME_PATH = '/welcome';
export const RESET_PASSWORD_PATH = '/reset-password';
