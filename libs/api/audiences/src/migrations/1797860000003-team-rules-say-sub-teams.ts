import { MigrationInterface, QueryRunner } from 'typeorm';

// A side of the rule set with `includeSubTeams: false` written into each TEAM rule that lacks the key.
const explicit = (side: string) => `(SELECT coalesce(jsonb_agg(CASE WHEN r->>'kind' = 'TEAM' AND NOT r ? 'includeSubTeams' THEN r || '{"includeSubTeams": false}' ELSE r END ORDER BY i), '[]')
  FROM jsonb_array_elements(coalesce(rules->'${side}', '[]')) WITH ORDINALITY e(r, i))`;

/**
 * A TEAM rule now includes the teams below by default (issue 14). Stored rules keep their
 * meaning: one written before without the key meant "this team only", so it gets
 * `includeSubTeams: false` spelled out (rules the service writes always carried the key; this
 * covers rows written by SQL). `audience_rule_keys` then reads a missing key as the new default,
 * like `normalizeRules`, so the refresh index and the rules agree for any later writer.
 */
export class TeamRulesSaySubTeams1797860000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE audiences SET rules = rules || jsonb_build_object('include', ${explicit('include')}, 'exclude', ${explicit('exclude')})
       WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(rules->'include', '[]') || coalesce(rules->'exclude', '[]')) r
                      WHERE r->>'kind' = 'TEAM' AND NOT r ? 'includeSubTeams')`);
    await queryRunner.query(keysFunction('coalesce((r->>\'includeSubTeams\')::boolean, true)'));
    await queryRunner.query(`REINDEX INDEX audiences_rule_keys_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(keysFunction(`(r->>'includeSubTeams')::boolean`));
    await queryRunner.query(`REINDEX INDEX audiences_rule_keys_idx`);
  }
}

/** `audience_rule_keys` as 1797400000000 made it, with the TEAM rule's tree test given. */
const keysFunction = (tree: string) => `
  CREATE OR REPLACE FUNCTION audience_rule_keys(rules jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT k), '{}')
      FROM (SELECT CASE r->>'kind'
                     WHEN 'ALL' THEN 'all'
                     WHEN 'TEAM' THEN CASE WHEN ${tree} THEN 'tree:' ELSE 'team:' END || lower(r->>'teamId')
                     WHEN 'LOCATION' THEN 'location:' || public.pillars_normalize(r->>'location')
                     WHEN 'ROLE' THEN CASE WHEN r->>'role' = 'EMPLOYEE' THEN 'all' ELSE 'role:' || (r->>'role') END
                     WHEN 'MANAGER_LINE' THEN CASE WHEN (r->>'direct')::boolean THEN 'reports:' ELSE 'line:' END || lower(r->>'managerId')
                   END AS k
              FROM jsonb_array_elements(coalesce(rules->'include', '[]') || coalesce(rules->'exclude', '[]')) r
            UNION ALL
            SELECT 'user:' || lower(u)
              FROM jsonb_array_elements(coalesce(rules->'include', '[]') || coalesce(rules->'exclude', '[]')) r,
                   jsonb_array_elements_text(CASE WHEN r->>'kind' = 'USERS' THEN r->'userIds' ELSE '[]' END) u) keys
     WHERE k IS NOT NULL
  $$`;
