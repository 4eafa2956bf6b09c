import { Injectable } from '@nestjs/common';
import { runSql, Tx } from '@pillars/api/core';
import { PeopleDirectory, PeopleFacts } from '@pillars/api/directory';

/** Keys as `audience_rule_keys(rules)` writes them (migration 1797400000000); locations are normalised in SQL. */
export function peopleKeys(userIds: readonly string[], facts: PeopleFacts): string[] {
  const lower = (ids: readonly string[]) => ids.map((id) => id.toLowerCase());
  return [
    'all',
    ...lower(facts.teamIds).map((id) => `team:${id}`),
    ...lower(facts.teamTreeIds).map((id) => `tree:${id}`),
    ...facts.roles.map((role) => `role:${role}`),
    ...lower(facts.managerIds).map((id) => `reports:${id}`),
    ...lower(facts.lineManagerIds).map((id) => `line:${id}`),
    ...lower(userIds).map((id) => `user:${id}`),
  ];
}

/**
 * Finds, through the GIN index on `audience_rule_keys(rules)`, the stored audiences a directory
 * change can affect, so the refresh never grows with the audiences that cannot contain the
 * changed people.
 */
@Injectable()
export class AudienceCandidates {
  constructor(private readonly people: PeopleDirectory) {}

  /**
   * Every audience whose stored members may differ, for these people, from what the rules say now.
   * A row that is wrong either exists (the person is a member: found in `audience_members`) or is
   * missing (then an include rule matches the person now: found by their current keys). So no
   * "before" state is needed, and a delayed or repeated event repairs whatever it finds.
   */
  async forPeople(tx: Tx, organizationId: string, userIds: readonly string[]): Promise<string[]> {
    const facts = await this.people.factsOf(tx, organizationId, userIds);
    const rows = await runSql<{ id: string }>(
      tx,
      `SELECT a.id FROM audiences a
        WHERE a.organization_id = $1
          AND audience_rule_keys(a.rules) && ($2::text[] || ARRAY(SELECT 'location:' || pillars_normalize(l) FROM unnest($3::text[]) l))
       UNION
       SELECT m.audience_id FROM audience_members m WHERE m.organization_id = $1 AND m.user_id = ANY($4::uuid[])`,
      [organizationId, peopleKeys(userIds, facts), facts.locations, userIds],
    );
    return rows.map((r) => r.id);
  }

  /** Audiences with a sub-team rule (include or exclude) over one of these teams. */
  overTrees(tx: Tx, organizationId: string, teamIds: readonly string[]): Promise<string[]> {
    return this.withKeys(tx, organizationId, teamIds.map((id) => `tree:${id.toLowerCase()}`));
  }

  /** Audiences whose rules name one of these teams, with or without sub-teams. */
  namingTeams(tx: Tx, organizationId: string, teamIds: readonly string[]): Promise<string[]> {
    return this.withKeys(tx, organizationId, teamIds.flatMap((id) => [`team:${id.toLowerCase()}`, `tree:${id.toLowerCase()}`]));
  }

  private async withKeys(tx: Tx, organizationId: string, keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows = await runSql<{ id: string }>(tx, `SELECT id FROM audiences WHERE organization_id = $1 AND audience_rule_keys(rules) && $2::text[]`, [organizationId, keys]);
    return rows.map((r) => r.id);
  }
}
