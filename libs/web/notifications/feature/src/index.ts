import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';

export { NotificationBell } from './notification-bell';
export { NotificationsPage } from './notifications-page';
export { NotificationPreferencesPage } from './notification-preferences-page';
export { MailOutboxPage } from './mail-outbox-page';
export { notificationsRoutes, notificationsAdminRoutes } from './notifications.routes';
export { notificationText } from './notification-text';

/** The pillar's strings, to merge into the app's i18next resources (the shell's registration place). */
export const notificationsLocales = { en, ar, he, it } as const;
