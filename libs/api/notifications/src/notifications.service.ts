import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db, decodeCursor, EventsService, pageSize, RealtimeService, runSql, toConnection, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { NotificationEvents, type NotificationsCreatedPayload } from './notifications.events';
import type { NotificationModel } from './notification.model';
import { NotificationKinds, NotificationTargets } from './notification.registry';

/** The latest actors a grouped notification keeps (enough for "Ana, Bo and 3 others"). */
export const GROUP_ACTORS_KEPT = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATA_KEY = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;

export interface NotifyInput {
  organizationId: string;
  kind: string;
  recipientIds: readonly string[];
  actorId: string | null;
  target: { type: string; id: string };
  /** Unread notifications of one recipient with the same key merge into one. */
  groupKey?: string;
  /** Ids only (`{ postId, commentId }`): never text, which would outlive the target's visibility. */
  data?: Record<string, string>;
}

export interface NotificationRow {
  id: string;
  kind: string;
  recipientId: string;
  actorIds: string[];
  actorCount: number;
  targetType: string;
  targetId: string;
  data: Record<string, string>;
  seq: string;
  createdAt: Date;
  updatedAt: Date;
  readAt: Date | null;
}
export const NOTIFICATION_COLUMNS = `n.id, n.kind, n.recipient_id AS "recipientId", n.actor_ids AS "actorIds", n.actor_count AS "actorCount",
  n.target_type AS "targetType", n.target_id AS "targetId", n.data, n.seq::text AS seq, n.created_at AS "createdAt",
  n.updated_at AS "updatedAt", n.read_at AS "readAt"`;

/** SQL giving each (recipient, kind) its channel: the stored preference, else the kind's default. */
export const channelSql = (kinds: NotificationKinds, recipient: string, kind: string, param: (v: unknown) => string): string => {
  const all = kinds.all();
  return `coalesce((SELECT p.channel FROM notification_preferences p WHERE p.user_id = ${recipient} AND p.kind = ${kind}),
    (SELECT d.channel FROM unnest(${param(all.map((k) => k.kind))}::text[], ${param(all.map((k) => k.defaultChannel))}::text[]) AS d(kind, channel) WHERE d.kind = ${kind}))`;
};

@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly realtime: RealtimeService,
    private readonly people: PeopleDirectory,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {}

  /**
   * Creates (or regroups) notifications in the caller's transaction, one statement for all
   * recipients, and appends `notifications.created`; mail and the live unread count follow commit.
   * Recipients outside the organisation, the actor themself and people who turned the kind OFF get nothing.
   */
  async notify(tx: Tx, input: NotifyInput): Promise<string[]> {
    const kind = this.kinds.get(input.kind);
    if (!kind) throw new Error(`notification kind ${input.kind} is not registered (NotificationKinds.register)`);
    if (!UUID.test(input.target.id)) throw new Error('notification target id must be a uuid');
    const data = input.data ?? {};
    for (const [key, value] of Object.entries(data)) {
      if (!DATA_KEY.test(key) || typeof value !== 'string' || !UUID.test(value)) throw new Error(`notification data must be ids only (${key})`);
    }
    const wanted = [...new Set(input.recipientIds)].filter((id) => id !== input.actorId && UUID.test(id));
    if (wanted.length === 0) return [];
    const known = await this.people.existing(tx, input.organizationId, { userIds: wanted, teamIds: [] });
    const recipients = wanted.filter((id) => known.has(id));
    if (recipients.length === 0) return [];

    const values: unknown[] = [];
    const param = (v: unknown) => `$${values.push(v)}`;
    const org = param(input.organizationId);
    const kindParam = `${param(input.kind)}::text`;
    const actors = param(input.actorId ? [input.actorId] : []);
    const rows = await runSql<{ id: string; recipientId: string; seq: string }>(
      tx,
      `INSERT INTO notifications (organization_id, recipient_id, kind, actor_ids, actor_count, target_type, target_id, group_key, data)
       SELECT ${org}::uuid, r.id, ${kindParam}, ${actors}::uuid[], cardinality(${actors}::uuid[]), ${param(input.target.type)}, ${param(input.target.id)},
              ${param(input.groupKey ?? null)}::varchar, ${param(JSON.stringify(data))}::jsonb
         FROM unnest(${param(recipients)}::uuid[]) AS r(id)
        WHERE ${channelSql(this.kinds, 'r.id', kindParam, param)} IS DISTINCT FROM 'OFF'
       ON CONFLICT (recipient_id, group_key) WHERE read_at IS NULL AND group_key IS NOT NULL DO UPDATE SET
         actor_ids = (EXCLUDED.actor_ids || array_remove(notifications.actor_ids, EXCLUDED.actor_ids[1]))[1:${GROUP_ACTORS_KEPT}],
         actor_count = notifications.actor_count + CASE WHEN EXCLUDED.actor_ids <@ notifications.actor_ids THEN 0 ELSE cardinality(EXCLUDED.actor_ids) END,
         target_type = EXCLUDED.target_type, target_id = EXCLUDED.target_id, data = EXCLUDED.data,
         seq = nextval(pg_get_serial_sequence('notifications', 'seq')), updated_at = now()
       RETURNING id, recipient_id AS "recipientId", seq::text AS seq`,
      values,
    );
    if (rows.length === 0) return [];
    const payload: NotificationsCreatedPayload = { notificationIds: rows.map((r) => r.id), recipientIds: rows.map((r) => r.recipientId), kind: input.kind };
    await this.events.append(tx, { organizationId: input.organizationId, actorId: input.actorId, type: NotificationEvents.created, payload: { ...payload } });
    this.db.afterCommit(tx, () => {
      for (const r of rows) this.announce(r.recipientId, Number(r.seq));
    });
    return rows.map((r) => r.id);
  }

  /** The live unread count: a small invalidation to the recipient's own room, after commit. */
  announce(recipientId: string, version: number): void {
    this.realtime.emit(`user:${recipientId}`, { type: 'Notifications', id: recipientId, version });
  }

  /** The reader's own notifications, newest activity first, keyset by seq. */
  async list(actor: Actor, args: { first?: number; after?: string; unreadOnly?: boolean }) {
    const first = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['string']);
    if (cursor && !/^\d{1,19}$/.test(cursor[0] as string)) throw AppError.badInput([{ field: 'after', rule: 'cursor' }], 'Malformed cursor');
    const rows = await this.db.query<NotificationRow>(
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n
        WHERE n.recipient_id = $1 AND n.organization_id = $2 AND ($3::bigint IS NULL OR n.seq < $3::bigint) AND (NOT $4 OR n.read_at IS NULL)
        ORDER BY n.seq DESC LIMIT $5`,
      [actor.userId, actor.organizationId, cursor?.[0] ?? null, args.unreadOnly === true, first + 1],
    );
    const visible = await this.targets.visible(actor, rows.slice(0, first));
    return toConnection(rows, first, (r) => [r.seq], (r) => presentNotification(r, visible.has(`${r.targetType}:${r.targetId}`)));
  }

  async unreadCount(actor: Actor): Promise<number> {
    const [row] = await this.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND organization_id = $2 AND read_at IS NULL`,
      [actor.userId, actor.organizationId],
    );
    return row.count;
  }

  /** Marks the reader's own notifications read; ids of anyone else's are ignored like unknown ones. */
  async markRead(actor: Actor, ids: readonly string[] | null): Promise<number> {
    const changed = await this.db.transaction((tx) =>
      runSql<{ seq: string }>(
        tx,
        `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND organization_id = $2 AND read_at IS NULL
           AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[])) RETURNING seq::text AS seq`,
        [actor.userId, actor.organizationId, ids],
      ),
    );
    if (changed.length) this.announce(actor.userId, Math.max(...changed.map((r) => Number(r.seq))));
    return this.unreadCount(actor);
  }
}

export function presentNotification(row: NotificationRow, available: boolean): NotificationModel {
  return {
    id: row.id,
    kind: row.kind,
    available,
    // An unavailable target reveals nothing beyond the kind and who acted.
    targetType: available ? row.targetType : null,
    targetId: available ? row.targetId : null,
    data: available ? Object.entries(row.data ?? {}).map(([key, id]) => ({ key, id })) : [],
    actorCount: row.actorCount,
    actorIds: row.actorIds,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    readAt: row.readAt,
  };
}
