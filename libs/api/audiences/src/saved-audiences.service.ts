import { Injectable } from '@nestjs/common';
import { Actor, Db, decodeCursor, defineLoader, pageSize, SqlParams, toConnection } from '@pillars/api/core';
import { type AudienceUsageCount, AudienceUsages } from './audience-usages';
import { listedAudienceSql } from './audience.policy';
import type { AudienceRow } from './audience.presenter';
import { AUDIENCE_COLUMNS } from './audiences.service';

/** The saved-audience list: named audiences the viewer may reopen, with where each is used. */
@Injectable()
export class SavedAudiencesService {
  constructor(
    private readonly db: Db,
    private readonly usageRegistry: AudienceUsages,
  ) {}

  /** Per request: one query per registered usage kind for a whole page of audiences. */
  readonly usages = defineLoader<string, AudienceUsageCount[]>('audienceUsages', (actor, ids) =>
    actor ? this.usageRegistry.countsFor(this.db.manager, actor.organizationId, ids) : Promise.resolve(ids.map(() => [])),
  );

  /** Keyset by (lower(name), id), the unique name index's order; filtered by the list rule in SQL. */
  async list(actor: Actor, args: { first?: number; after?: string; query?: string }) {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const p = new SqlParams();
    const where = [listedAudienceSql(actor, p)];
    const query = args.query?.trim();
    if (query) where.push(`pillars_normalize(a.name) LIKE '%' || pillars_normalize(${p.add(query.replace(/[\\%_]/g, (c) => `\\${c}`))}) || '%'`);
    if (after) where.push(`(lower(a.name), a.id) > (${p.add(after[0])}::text, ${p.add(after[1])}::uuid)`);
    const rows = await this.db.query<AudienceRow & { sortName: string }>(
      `SELECT ${AUDIENCE_COLUMNS}, false AS "viewerIsMember", lower(a.name) AS "sortName"
         FROM audiences a WHERE ${where.join(' AND ')} ORDER BY lower(a.name), a.id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.sortName, r.id], (r) => r);
  }
}
