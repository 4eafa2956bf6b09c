import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NOTIFICATION_ENTITIES } from './notification.entity';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationKinds, NotificationTargets } from './notification.registry';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { MailOutboxResolver, NotificationAbilitiesResolver } from './mail/mail-outbox.resolver';
import { Mailer } from './mail/mailer';
import { NotificationDeliveryService } from './mail/notification-delivery.service';
import { NotificationDigestService } from './mail/notification-digest.service';
import { NotificationMailJobs } from './mail/notification-mail.jobs';
import { UnsubscribeController } from './mail/unsubscribe.controller';
import { AccountMailHandler } from './mail/account-mail.handler';

/** The notification centre: other domains call `notify` and register their kinds and targets. */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  controllers: [UnsubscribeController],
  providers: [
    NotificationKinds,
    NotificationTargets,
    NotificationsService,
    NotificationPreferencesService,
    NotificationsResolver,
    Mailer,
    NotificationDeliveryService,
    NotificationDigestService,
    NotificationMailJobs,
    MailOutboxResolver,
    NotificationAbilitiesResolver,
    AccountMailHandler,
  ],
  exports: [NotificationKinds, NotificationTargets, NotificationsService, Mailer],
})
export class NotificationsModule {}
