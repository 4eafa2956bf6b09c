import { defineDomain } from '@pillars/api/core';
import { NOTIFICATION_ENTITIES } from './notification.entity';
import { NotificationsModule } from './notifications.module';
import { NOTIFICATION_MIGRATIONS } from './migrations';

/** The notification centre and mail: what it contributes to the app. */
export const notificationsDomain = defineDomain({
  name: 'notifications',
  module: NotificationsModule,
  entities: NOTIFICATION_ENTITIES,
  migrations: NOTIFICATION_MIGRATIONS,
  errorCodes: [],
});
