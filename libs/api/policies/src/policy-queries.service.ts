import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db, decodeCursor, pageSize, SqlParams, toConnection, type Connection } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import { PolicyReaderState } from './policy.model';
import { visiblePoliciesSql } from './policy.policy';
import { POLICY_COLUMNS, type PolicyRow } from './policy.presenter';
import { readerStatusSql, type ReaderStatusRow } from './policy-status.sql';

/** What the to-do list sorts on after its rank: due date, or this for lines without one. */
const NO_DUE = '9999-12-31T00:00:00.000Z';

/** Reading the library (read-filtered in SQL): one policy, the list, and "My policies". */
@Injectable()
export class PolicyQueriesService {
  constructor(
    private readonly db: Db,
    private readonly audiences: AudienceDirectory,
  ) {}

  /** A policy the reader may see; NOT_FOUND otherwise (hidden is missing). */
  async getPolicy(actor: Actor, id: string): Promise<PolicyRow> {
    const p = new SqlParams();
    const visible = visiblePoliciesSql(actor, p, (u) => this.audiences.audiencesOfSql(u));
    const [row] = await this.db.prepared<PolicyRow>(
      'policies-get-*',
      `SELECT ${POLICY_COLUMNS} FROM policies p WHERE p.id = ${p.add(id)} AND p.organization_id = ${p.add(actor.organizationId)} AND ${visible}`,
      p.values,
    );
    if (!row) throw AppError.notFound('policy');
    return row;
  }

  /** The library: every policy the reader may see, by title. */
  async listPolicies(actor: Actor, args: { first?: number; after?: string }): Promise<Connection<PolicyRow>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const p = new SqlParams();
    const visible = visiblePoliciesSql(actor, p, (u) => this.audiences.audiencesOfSql(u));
    const rows = await this.db.query<PolicyRow>(
      `SELECT ${POLICY_COLUMNS} FROM policies p
        WHERE p.organization_id = ${p.add(actor.organizationId)} AND ${visible}
          AND (${p.add(after?.[0] ?? null)}::text IS NULL OR (p.title, p.id) > (${p.add(after?.[0] ?? null)}::text, ${p.add(after?.[1] ?? null)}::uuid))
        ORDER BY p.title, p.id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.title, r.id], (r) => r);
  }

  /**
   * "My policies": what the reader is asked to acknowledge (due soonest first, overdue at the
   * top) and then what they acknowledged; retired policies drop out. Keyset by (rank, due, id).
   */
  async myPolicies(actor: Actor, args: { first?: number; after?: string }): Promise<Connection<{ policy: PolicyRow; status: ReaderStatusRow }>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['number', 'string', 'uuid']) as [number, string, string] | null;
    const p = new SqlParams();
    const status = readerStatusSql(p, actor.userId, (u) => this.audiences.audiencesOfSql(u));
    const rows = await this.db.query<PolicyRow & { status: ReaderStatusRow; rank: number; sortDue: string }>(
      `SELECT ${POLICY_COLUMNS}, to_jsonb(s) AS status, s.rank, s.sort_due AS "sortDue" FROM (
         SELECT x.*, CASE WHEN x.state = 'ACKNOWLEDGED' THEN 1 ELSE 0 END AS rank,
                to_char(CASE WHEN x.state = 'ACKNOWLEDGED' THEN '${NO_DUE}'::timestamptz ELSE x.due_at END AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS sort_due
           FROM (${status} WHERE p.organization_id = ${p.add(actor.organizationId)} AND p.retired_at IS NULL) x
          WHERE x.state <> '${PolicyReaderState.NOT_REQUIRED}') s
       JOIN policies p ON p.id = s.policy_id
      WHERE (${p.add(after?.[0] ?? null)}::int IS NULL
             OR (s.rank, s.sort_due, p.id) > (${p.add(after?.[0] ?? null)}::int, ${p.add(after?.[1] ?? null)}::text, ${p.add(after?.[2] ?? null)}::uuid))
      ORDER BY s.rank, s.sort_due, p.id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    const date = (v: Date | string | null) => (v ? new Date(v) : null);
    return toConnection(rows, first, (r) => [r.rank, r.sortDue, r.id], (r) => ({
      policy: r,
      status: { ...r.status, due_at: date(r.status.due_at), ack_at: date(r.status.ack_at) },
    }));
  }
}
