import { Injectable } from '@nestjs/common';
import { Db } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { type DigestChannel, NotificationChannel, NotificationKinds, NotificationTargets } from '../notification.registry';
import { channelSql, NOTIFICATION_COLUMNS, type NotificationRow } from '../notifications.service';
import { lineFor, renderMail } from './mail.render';
import { mailLocale } from './mail.strings';
import { NotificationDeliveryService, publicUrl, recipientActor } from './notification-delivery.service';

/** Lines a digest lists before "and N more". */
export const DIGEST_CAP = 10;
const PERIOD_DAYS: Record<DigestChannel, number> = { [NotificationChannel.DAILY_DIGEST]: 1, [NotificationChannel.WEEKLY_DIGEST]: 7 };

/**
 * Daily and weekly digests: per person, one mail with their unread notifications of the period
 * whose kind they set to that digest, newest first. Each included notification is claimed in the
 * delivery ledger first, so a rerun (or an overlapping period) never mails it again.
 */
@Injectable()
export class NotificationDigestService {
  constructor(
    private readonly db: Db,
    private readonly delivery: NotificationDeliveryService,
    private readonly people: PeopleDirectory,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {}

  /** Who has something for this digest (the scheduled tick fans out one job per person). */
  async recipients(channel: DigestChannel): Promise<{ organizationId: string; userId: string }[]> {
    const values: unknown[] = [channel, PERIOD_DAYS[channel]];
    const param = (v: unknown) => `$${values.push(v)}`;
    return this.db.query(
      `SELECT DISTINCT n.organization_id AS "organizationId", n.recipient_id AS "userId" FROM notifications n
        WHERE n.read_at IS NULL AND n.updated_at > now() - make_interval(days => $2) AND ${channelSql(this.kinds, 'n.recipient_id', 'n.kind', param)} = $1
          AND NOT EXISTS (SELECT 1 FROM notification_deliveries d WHERE d.notification_id = n.id AND d.recipient_id = n.recipient_id AND d.channel = $1)`,
      values,
    );
  }

  /** Sends one person's digest; false when there was nothing new to send. */
  async sendDigest(channel: DigestChannel, organizationId: string, userId: string): Promise<boolean> {
    const recipient = await this.delivery.activeRecipient(organizationId, userId);
    if (!recipient) return false;
    const values: unknown[] = [userId, organizationId, channel, PERIOD_DAYS[channel]];
    const param = (v: unknown) => `$${values.push(v)}`;
    const rows = await this.db.query<NotificationRow>(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n
        WHERE n.recipient_id = $1 AND n.organization_id = $2 AND n.read_at IS NULL AND n.updated_at > now() - make_interval(days => $4)
          AND ${channelSql(this.kinds, 'n.recipient_id', 'n.kind', param)} = $3
          AND NOT EXISTS (SELECT 1 FROM notification_deliveries d WHERE d.notification_id = n.id AND d.recipient_id = n.recipient_id AND d.channel = $3)
        ORDER BY n.seq DESC LIMIT 500`,
      values,
    );
    const actor = recipientActor(recipient);
    const visible = await this.targets.visible(actor, rows);
    const shown = rows.filter((r) => visible.has(`${r.targetType}:${r.targetId}`));
    const claimed = new Set(await this.delivery.claim(organizationId, userId, channel, shown.map((r) => r.id)));
    const mine = shown.filter((r) => claimed.has(r.id));
    if (mine.length === 0) return false;
    const listed = mine.slice(0, DIGEST_CAP);
    const names = new Map((await this.people.usersByIds(actor, [...new Set(listed.map((r) => r.actorIds[0]).filter(Boolean))])).map((u) => [u.id, u.name]));
    const locale = mailLocale(recipient.locale);
    const lines = listed.map((r) => lineFor(locale, { kind: r.kind, actorName: names.get(r.actorIds[0]) ?? null, actorCount: r.actorCount }));
    const kinds = [...new Set(mine.map((r) => r.kind))];
    const mail = renderMail(locale, {
      title: this.delivery.digestTitle(locale, channel),
      lines,
      more: mine.length - listed.length,
      openUrl: `${publicUrl()}/notifications`,
      unsubscribeUrl: this.delivery.unsubscribeUrl(recipient, kinds),
    });
    await this.delivery.sendClaimed(recipient, kinds, [...claimed], mail);
    return true;
  }

  /** Every due digest of this channel, in this process (the job path sends one job per person instead). */
  async runAll(channel: DigestChannel): Promise<number> {
    let sent = 0;
    for (const r of await this.recipients(channel)) if (await this.sendDigest(channel, r.organizationId, r.userId)) sent++;
    return sent;
  }
}
