// The notifications domain's public surface: other domains call `notify` inside their
// transaction and declare their kinds and target read rules. Entities stay inside.
export * from './notifications.domain';
export * from './notifications.module';
export * from './notifications.events';
export { NotificationsService, GROUP_ACTORS_KEPT } from './notifications.service';
export type { NotifyInput } from './notifications.service';
export { NotificationKinds, NotificationTargets, NotificationChannel } from './notification.registry';
export type { NotificationKind, TargetChecker } from './notification.registry';
export { NotificationModel } from './notification.model';
export { Mailer } from './mail/mailer';
export type { MailMessage } from './mail/mailer';
// For other domains' acceptance tests: wait for in-process mail, run a digest now.
export { NotificationMailJobs } from './mail/notification-mail.jobs';
export { NotificationDigestService } from './mail/notification-digest.service';
export { NotificationDeliveryService } from './mail/notification-delivery.service';
