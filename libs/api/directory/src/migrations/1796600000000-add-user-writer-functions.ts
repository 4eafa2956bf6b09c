import { MigrationInterface, QueryRunner } from 'typeorm';

// A key present in the JSON sets the column (to null too); an absent key leaves it alone.
const set = (column: string, cast = '') => `${column} = CASE WHEN e ? '${column}' THEN (e->>'${column}')${cast} ELSE u.${column} END`;

/**
 * The one writer of `users` rows: every path that creates or changes people (the directory's
 * commands and CSV import through UserWriter, the demo seed, test factories) calls these, so
 * defaults, the search text and what a write may touch are defined once. Rows are a JSON array of
 * objects keyed by column name, each with its `id`.
 */
export class AddUserWriterFunctions1796600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_insert_users(org uuid, people jsonb, refresh_search boolean DEFAULT true) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO users (id, organization_id, email, name, title, location, locale, time_zone, manager_id, status, roles, start_date, password_hash)
        SELECT (e->>'id')::uuid, org, e->>'email', e->>'name', e->>'title', e->>'location', coalesce(e->>'locale', 'en'),
               coalesce(e->>'time_zone', 'UTC'), (e->>'manager_id')::uuid, coalesce(e->>'status', 'ACTIVE'),
               ARRAY(SELECT jsonb_array_elements_text(coalesce(e->'roles', '[]'))), (e->>'start_date')::date, e->>'password_hash'
          FROM jsonb_array_elements(people) AS p(e);
        SELECT pillars_refresh_user_search(ARRAY(SELECT (e->>'id')::uuid FROM jsonb_array_elements(people) AS p(e))) WHERE refresh_search;
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_update_users(org uuid, people jsonb, refresh_search boolean DEFAULT true) RETURNS void
      LANGUAGE sql AS $$
        UPDATE users u SET ${['email', 'name', 'title', 'location', 'locale', 'time_zone', 'status', 'password_hash'].map((c) => set(c)).join(', ')},
               ${set('manager_id', '::uuid')}, ${set('start_date', '::date')},
               roles = CASE WHEN e ? 'roles' THEN ARRAY(SELECT jsonb_array_elements_text(e->'roles')) ELSE u.roles END,
               updated_at = now()
          FROM jsonb_array_elements(people) AS p(e)
         WHERE u.organization_id = org AND u.id = (e->>'id')::uuid;
        SELECT pillars_refresh_user_search(ARRAY(SELECT (e->>'id')::uuid FROM jsonb_array_elements(people) AS p(e))) WHERE refresh_search;
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS pillars_update_users(uuid, jsonb, boolean)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS pillars_insert_users(uuid, jsonb, boolean)`);
  }
}
