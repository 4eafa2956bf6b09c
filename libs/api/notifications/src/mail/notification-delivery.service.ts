import { Injectable, Logger } from '@nestjs/common';
import { Actor, Db, runSql } from '@pillars/api/core';
import { PeopleDirectory, type UserModel } from '@pillars/api/directory';
import { UserStatus, type Role } from '@pillars/shared/types';
import { NotificationChannel, NotificationKinds, NotificationTargets } from '../notification.registry';
import { channelSql, NOTIFICATION_COLUMNS, type NotificationRow } from '../notifications.service';
import { Mailer } from './mailer';
import { lineFor, renderMail } from './mail.render';
import { MAIL_STRINGS, mailLocale } from './mail.strings';
import { createUnsubscribeToken, mailTokenSecret } from './unsubscribe-token';

export const publicUrl = (): string => (process.env['PUBLIC_URL'] || `http://localhost:${process.env['PORT'] || 3000}`).replace(/\/+$/, '');

/** The recipient as policies see them, for target checks done without a request (jobs). */
export const recipientActor = (user: UserModel): Actor => new Actor(user.id, user.organizationId, user.roles as Role[], 'notifications-delivery', [], user.locale);

/**
 * Sends mail for notifications, at most once per (notification, recipient, channel): the delivery
 * row is claimed (committed) before the mail goes out, so a retried job or a second process finds
 * it and sends nothing; a failed send releases the claim for the next retry.
 */
@Injectable()
export class NotificationDeliveryService {
  private readonly logger = new Logger('NotificationDelivery');
  private readonly secret = mailTokenSecret();

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly people: PeopleDirectory,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {}

  /** Of these notifications, the ones whose recipient wants mail now. */
  async wantingEmailNow(ids: readonly string[]): Promise<string[]> {
    const values: unknown[] = [ids];
    const param = (v: unknown) => `$${values.push(v)}`;
    const rows = await this.db.query<{ id: string }>(
      `SELECT n.id FROM notifications n WHERE n.id = ANY($1::uuid[]) AND ${channelSql(this.kinds, 'n.recipient_id', 'n.kind', param)} = 'EMAIL_NOW'`,
      values,
    );
    return rows.map((r) => r.id);
  }

  /** Sends the "email now" mail of one notification; false when nothing was (or had to be) sent. */
  async deliverNow(notificationId: string): Promise<boolean> {
    const values: unknown[] = [notificationId];
    const param = (v: unknown) => `$${values.push(v)}`;
    const [row] = await this.db.query<NotificationRow & { organizationId: string; channel: string }>(
      `SELECT ${NOTIFICATION_COLUMNS}, n.organization_id AS "organizationId", ${channelSql(this.kinds, 'n.recipient_id', 'n.kind', param)} AS channel
         FROM notifications n WHERE n.id = $1`,
      values,
    );
    if (!row || row.channel !== NotificationChannel.EMAIL_NOW || row.readAt) return false;
    const recipient = await this.activeRecipient(row.organizationId, row.recipientId);
    if (!recipient) return false;
    // Mail says no more than the centre: a target the recipient can no longer see sends nothing.
    const visible = await this.targets.visible(recipientActor(recipient), [row]);
    if (!visible.has(`${row.targetType}:${row.targetId}`)) return false;
    const claimed = await this.claim(row.organizationId, row.recipientId, NotificationChannel.EMAIL_NOW, [row.id]);
    if (claimed.length === 0) return false;
    const locale = mailLocale(recipient.locale);
    const lists = this.kinds.get(row.kind)?.listsActors === true;
    const actors = row.actorIds.length ? await this.people.usersByIds(recipientActor(recipient), lists ? row.actorIds : row.actorIds.slice(0, 1)) : [];
    const line = lineFor(locale, { kind: row.kind, actorName: actors[0]?.name ?? null, actorCount: row.actorCount });
    // A listing kind names every actor it kept (GROUP_ACTORS_KEPT), then "and n more".
    const lines = lists ? actors.map((a) => a.name) : [line];
    const more = lists ? Math.max(0, row.actorCount - actors.length) : 0;
    await this.sendClaimed(recipient, [row.kind], claimed, renderMail(locale, { title: line, lines, more, openUrl: `${publicUrl()}/notifications`, unsubscribeUrl: this.unsubscribeUrl(recipient, [row.kind]) }));
    return true;
  }

  async activeRecipient(organizationId: string, userId: string): Promise<UserModel | null> {
    const [user] = await this.people.usersByIds(new Actor(userId, organizationId, [], 'notifications-delivery'), [userId]);
    return user && user.status === UserStatus.ACTIVE ? user : null;
  }

  /** Inserts delivery rows; returns the notification ids this call owns (others were already claimed). */
  async claim(organizationId: string, recipientId: string, channel: NotificationChannel, notificationIds: readonly string[]): Promise<string[]> {
    const rows = await this.db.transaction((tx) =>
      runSql<{ notificationId: string }>(
        tx,
        `INSERT INTO notification_deliveries (organization_id, notification_id, recipient_id, channel)
         SELECT $1, unnest($3::uuid[]), $2, $4 ON CONFLICT (notification_id, recipient_id, channel) DO NOTHING
         RETURNING notification_id AS "notificationId"`,
        [organizationId, recipientId, notificationIds, channel],
      ),
    );
    return rows.map((r) => r.notificationId);
  }

  async sendClaimed(recipient: UserModel, kinds: string[], claimed: string[], mail: { subject: string; html: string; text: string }): Promise<void> {
    const headers: Record<string, string> = {};
    // RFC 8058 one-click: mail clients POST to the same URL.
    headers['List-Unsubscribe'] = `<${this.unsubscribeUrl(recipient, kinds)}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    try {
      await this.mailer.send({ organizationId: recipient.organizationId, to: recipient.email, ...mail, headers });
    } catch (e) {
      this.logger.warn(`mail to ${recipient.id} failed, released for a retry: ${(e as Error).message}`);
      await this.db.query(`DELETE FROM notification_deliveries WHERE recipient_id = $1 AND notification_id = ANY($2::uuid[]) AND status = 'SENDING'`, [recipient.id, claimed]);
      throw e;
    }
    await this.db.query(`UPDATE notification_deliveries SET status = 'SENT', sent_at = now() WHERE recipient_id = $1 AND notification_id = ANY($2::uuid[])`, [recipient.id, claimed]);
  }

  unsubscribeUrl(recipient: UserModel, kinds: string[]): string {
    const token = createUnsubscribeToken(this.secret, { organizationId: recipient.organizationId, userId: recipient.id, kinds });
    return `${publicUrl()}/unsubscribe?token=${token}`;
  }

  digestTitle(locale: string, channel: NotificationChannel): string {
    const s = MAIL_STRINGS[mailLocale(locale)];
    return channel === NotificationChannel.WEEKLY_DIGEST ? s.digestWeekly : s.digestDaily;
  }
}
