/** First-run setup, where the sign-in page sends visitors while the deployment has no organisation. */
export const SETUP_PATH = '/setup';
