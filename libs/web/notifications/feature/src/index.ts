export { NotificationBell } from './notification-bell';
export { NotificationsPage } from './notifications-page';
export { NotificationPreferencesPage } from './notification-preferences-page';
export { MailOutboxPage } from './mail-outbox-page';
export { notificationsFeature, notificationsLocales, notificationsRoutes } from './notifications.feature';
export { notificationText } from './notification-text';
