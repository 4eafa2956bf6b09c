import type { RouteObject } from 'react-router-dom';
import { MailOutboxPage } from './mail-outbox-page';
import { NotificationPreferencesPage } from './notification-preferences-page';
import { NotificationsPage } from './notifications-page';

/** Signed-in routes (children of the app shell's layout). */
export const notificationsRoutes: RouteObject[] = [
  { path: 'notifications', element: <NotificationsPage /> },
  { path: 'notifications/preferences', element: <NotificationPreferencesPage /> },
];

/** Admin-only routes (children of the shell's ADMIN-guarded `admin` route). */
export const notificationsAdminRoutes: RouteObject[] = [{ path: 'outbox', element: <MailOutboxPage /> }];
