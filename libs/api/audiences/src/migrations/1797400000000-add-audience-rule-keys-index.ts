import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets a directory event find the few audiences whose rules can match the changed people or
 * teams, instead of re-checking every audience of the organisation. `audience_rule_keys(rules)`
 * turns a rule set into keys (`all`, `team:<id>`, `tree:<id>`, `location:<normalised>`,
 * `role:<ROLE>`, `reports:<id>`, `line:<id>`, `user:<id>`), include and exclude sides alike; a
 * GIN index over the organisation (btree_gin) and that expression answers
 * `organization_id = $1 AND audience_rule_keys(rules) && $keys`. An expression, not a side table:
 * every writer of `rules` (commands, seeds, SQL factories) keeps it right without knowing it
 * exists, and building the index is the backfill of existing audiences.
 */
export class AddAudienceRuleKeysIndex1797400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audience_rule_keys(rules jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT k), '{}')
          FROM (SELECT CASE r->>'kind'
                         WHEN 'ALL' THEN 'all'
                         WHEN 'TEAM' THEN CASE WHEN (r->>'includeSubTeams')::boolean THEN 'tree:' ELSE 'team:' END || lower(r->>'teamId')
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
      $$`);
    await queryRunner.query(`CREATE INDEX audiences_rule_keys_idx ON audiences USING gin (organization_id, audience_rule_keys(rules))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS audiences_rule_keys_idx`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS audience_rule_keys(jsonb)`);
  }
}
