import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db } from '@pillars/api/core';
import type { NotificationPreferenceModel } from './notification.model';
import { NotificationChannel, NotificationKinds } from './notification.registry';

@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly db: Db,
    private readonly kinds: NotificationKinds,
  ) {}

  /** Every declared kind with the reader's channel (the kind's default where nothing is stored). */
  async list(actor: Actor): Promise<NotificationPreferenceModel[]> {
    const rows = await this.db.query<{ kind: string; channel: NotificationChannel }>(
      `SELECT kind, channel FROM notification_preferences WHERE user_id = $1 AND organization_id = $2`,
      [actor.userId, actor.organizationId],
    );
    const stored = new Map(rows.map((r) => [r.kind, r.channel]));
    return this.kinds.all().map((k) => ({ kind: k.kind, channel: stored.get(k.kind) ?? k.defaultChannel, defaultChannel: k.defaultChannel }));
  }

  async set(actor: Actor, kind: string, channel: NotificationChannel): Promise<NotificationPreferenceModel> {
    const declared = this.kinds.get(kind);
    if (!declared) throw AppError.badInput([{ field: 'kind', rule: 'exists' }], 'Unknown notification kind');
    await this.setFor(actor.organizationId, actor.userId, kind, channel);
    return { kind, channel, defaultChannel: declared.defaultChannel };
  }

  /** Also used by the unsubscribe link, whose signed token names the person. */
  async setFor(organizationId: string, userId: string, kind: string, channel: NotificationChannel): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, kind, organization_id, channel) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind) DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()`,
      [userId, kind, organizationId, channel],
    );
  }
}
