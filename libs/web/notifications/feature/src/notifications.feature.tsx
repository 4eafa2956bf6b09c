import { RequireAbility } from '@pillars/web/auth/feature';
import type { LocaleBundle, WebFeature } from '@pillars/web/core/data-access';
import { IconBell, IconMailForward } from '@tabler/icons-react';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';
import { MailOutboxPage } from './mail-outbox-page';
import { NotificationBell } from './notification-bell';
import { NotificationPreferencesPage } from './notification-preferences-page';
import { NotificationsPage } from './notifications-page';

export const notificationsLocales: LocaleBundle = { en, ar, he, it };

export const notificationsRoutes = [
  { path: 'notifications', element: <NotificationsPage /> },
  { path: 'notifications/preferences', element: <NotificationPreferencesPage /> },
  { element: <RequireAbility ability="canReadMailOutbox" />, children: [{ path: 'admin/outbox', element: <MailOutboxPage /> }] },
];

export const notificationsFeature: WebFeature = {
  name: 'notifications',
  routes: notificationsRoutes,
  nav: [
    { section: 'people', to: '/notifications', label: 'notifications.nav.centre', icon: IconBell },
    { section: 'administration', to: '/admin/outbox', label: 'notifications.nav.outbox', icon: IconMailForward, ability: 'canReadMailOutbox' },
  ],
  headerItems: [NotificationBell],
  locales: notificationsLocales,
};
