import { Column, Entity, Generated, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One in-app notification for one recipient. Ids only (actors, target, data): the text is rendered
 * by the client from the kind and the actors' names, so a row never carries a title that could
 * outlive the target's visibility. Unread rows with the same group key are merged ("Ana and 4 others").
 */
@Entity('notifications')
@Index('notifications_recipient_seq_idx', ['recipientId', 'seq'])
// Partial unique index (one unread group per recipient and key), created by migration.
@Index('notifications_unread_group_idx', { synchronize: false })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') @Index() organizationId!: string;
  @Column('uuid') recipientId!: string;
  @Column('varchar', { length: 100 }) kind!: string;
  /** The latest actors, newest first (at most a few); `actorCount` counts all of them. */
  @Column('uuid', { array: true, default: () => "'{}'" }) actorIds!: string[];
  @Column('int', { default: 1 }) actorCount!: number;
  @Column('varchar', { length: 50 }) targetType!: string;
  @Column('uuid') targetId!: string;
  @Column('varchar', { length: 200, nullable: true }) groupKey!: string | null;
  @Column('jsonb', { default: () => "'{}'" }) data!: Record<string, string>;
  @Column('bigint') @Generated('increment') seq!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
  @Column('timestamptz', { nullable: true }) readAt!: Date | null;
}

/** What a person wants for one kind: one channel (in-app only, email now, a digest, or nothing). */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid') userId!: string;
  @PrimaryColumn('varchar', { length: 100 }) kind!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 20 }) channel!: string;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

/**
 * The idempotency ledger of outgoing mail: a row is claimed (inserted) before a mail goes out, so a
 * retried job or a second process finds it and sends nothing. Digests claim one row per
 * notification they include, which is also how a digest never repeats an earlier mail.
 */
@Entity('notification_deliveries')
@Index('notification_deliveries_once_idx', ['notificationId', 'recipientId', 'channel'], { unique: true })
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') notificationId!: string;
  @Column('uuid') recipientId!: string;
  @Column('varchar', { length: 20 }) channel!: string;
  @Column('varchar', { length: 20, default: 'SENDING' }) status!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { nullable: true }) sentAt!: Date | null;
}

/** Mail written instead of sent when no SMTP_URL is configured (the embedded default); admins read it. */
@Entity('mail_outbox')
@Index('mail_outbox_org_seq_idx', ['organizationId', 'seq'])
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 320 }) toAddress!: string;
  @Column('varchar', { length: 500 }) subject!: string;
  @Column('text') html!: string;
  @Column('text') text!: string;
  @Column('jsonb', { default: () => "'{}'" }) headers!: Record<string, string>;
  @Column('bigint') @Generated('increment') seq!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
}

export const NOTIFICATION_ENTITIES = [NotificationEntity, NotificationPreferenceEntity, NotificationDeliveryEntity, MailOutboxEntity];
