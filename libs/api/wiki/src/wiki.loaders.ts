import { Injectable } from '@nestjs/common';
import { byKeys, Db, defineLoader, runSql, SqlParams, type LoaderDef } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import type { WikiSpaceModel, WikiSpaceTeamModel } from './wiki-space.model';
import { presentSpace, spaceColumns, type SpaceRow, BODIES_SQL } from './wiki-page.sql';
import { WikiVisibility } from './wiki.policy';

/**
 * Per-request batches for wiki fields. Keys are ids the request already read through the read
 * rule (a page's space, a space's team); every batch filters by the actor's organisation again.
 */
@Injectable()
export class WikiLoaders {
  constructor(
    private readonly db: Db,
    private readonly visibility: WikiVisibility,
    private readonly people: PeopleDirectory,
  ) {}

  readonly spaceById: LoaderDef<string, WikiSpaceModel | null> = defineLoader('wiki.spaceById', async (actor, ids) => {
    if (!actor) return ids.map(() => null);
    const p = new SqlParams();
    const cols = spaceColumns(actor, p, this.visibility);
    const rows = await this.db.prepared<SpaceRow>('wiki-spaces-by-ids-*', `SELECT ${cols} FROM wiki_spaces s WHERE s.id = ANY(${p.add(ids)}::uuid[]) AND ${this.visibility.visibleSpaceSql(actor, p, 's')}`, p.values);
    return byKeys(ids, rows.map((r) => presentSpace(actor, r)), (s) => s.id);
  });

  readonly body: LoaderDef<string, { body: string; bodyHtml: string } | null> = defineLoader('wiki.body', async (actor, ids) => {
    const rows = await this.db.prepared<{ id: string; body: string; bodyHtml: string }>('wiki-bodies', BODIES_SQL, [actor?.organizationId ?? null, ids]);
    return byKeys(ids, rows, (r) => r.id);
  });

  readonly team: LoaderDef<string, WikiSpaceTeamModel | null> = defineLoader('wiki.team', async (actor, ids) => {
    if (!actor) return ids.map(() => null);
    const names = await Promise.all(ids.map((id) => this.people.teamName(this.db.manager, actor.organizationId, id)));
    return ids.map((id, i) => (names[i] ? { id, name: names[i] as string } : null));
  });
}
