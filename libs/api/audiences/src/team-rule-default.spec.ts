import { all, buildOrganization, closeTestDb, one, testDb } from '@pillars/api/testing';
import type { QueryRunner } from 'typeorm';
import { TeamRulesSaySubTeams1797860000003 } from './migrations/1797860000003-team-rules-say-sub-teams';
import { normalizeRules } from './audience.rules';

afterAll(async () => {
  await closeTestDb();
});

describe('TEAM rule default (sub-teams included)', () => {
  it('reads a rule without the key as the team with its sub-teams, in the service and in the refresh index alike', async () => {
    expect(normalizeRules({ include: [{ kind: 'TEAM', teamId: '00000000-0000-4000-8000-000000000001' }] }).rules.include).toEqual([
      { kind: 'TEAM', teamId: '00000000-0000-4000-8000-000000000001', includeSubTeams: true },
    ]);
    expect(await one(`SELECT audience_rule_keys('{"include": [{"kind": "TEAM", "teamId": "00000000-0000-4000-8000-000000000001"}]}') AS keys`)).toEqual({
      keys: ['tree:00000000-0000-4000-8000-000000000001'],
    });
  });

  it('keeps stored rules written without the key meaning "this team only"', async () => {
    const org = await buildOrganization();
    const team = '00000000-0000-4000-8000-00000000000a';
    const [old] = await all<{ id: string }>(
      `INSERT INTO audiences (organization_id, rules) VALUES ($1, jsonb_build_object('include', jsonb_build_array(jsonb_build_object('kind', 'TEAM', 'teamId', $2::text), jsonb_build_object('kind', 'ALL')),
         'exclude', jsonb_build_array(jsonb_build_object('kind', 'TEAM', 'teamId', $2::text, 'includeSubTeams', true)))) RETURNING id`,
      [org.id, team],
    );
    const runner = { query: (sql: string, params?: unknown[]) => testDb().query(sql, params) } as unknown as QueryRunner;
    await new TeamRulesSaySubTeams1797860000003().up(runner);
    const row = await one<{ rules: unknown; keys: string[] }>(`SELECT rules, audience_rule_keys(rules) AS keys FROM audiences WHERE id = $1`, [old.id]);
    expect(row?.rules).toEqual({
      include: [{ kind: 'TEAM', teamId: team, includeSubTeams: false }, { kind: 'ALL' }],
      exclude: [{ kind: 'TEAM', teamId: team, includeSubTeams: true }],
    });
    expect(row?.keys.sort()).toEqual(['all', `team:${team}`, `tree:${team}`]);
  });
});
