import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NOTIFICATION_ENTITIES } from './notification.entity';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationKinds, NotificationTargets } from './notification.registry';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** The notification centre: other domains call `notify` and register their kinds and targets. */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  providers: [NotificationKinds, NotificationTargets, NotificationsService, NotificationPreferencesService, NotificationsResolver],
  exports: [NotificationKinds, NotificationTargets, NotificationsService],
})
export class NotificationsModule {}
