import { MigrationInterface, QueryRunner } from 'typeorm';
import { AddUserSearchFunction1795610000000 } from './1795610000000-add-user-search-function';
import { AddUserWriterFunctions1796600000000 } from './1796600000000-add-user-writer-functions';

const set = (column: string, cast = '') => `${column} = CASE WHEN e ? '${column}' THEN (e->>'${column}')${cast} ELSE u.${column} END`;
const setArray = (column: string) => `${column} = CASE WHEN e ? '${column}' THEN ARRAY(SELECT jsonb_array_elements_text(e->'${column}')) ELSE u.${column} END`;

/**
 * The users writer learns the profile columns, and the search text includes skills (so "who
 * knows Kubernetes" finds people by free text as well as by the `skill` filter).
 */
export class AddProfileToUserWriter1798000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_refresh_user_search(user_ids uuid[]) RETURNS void
      LANGUAGE sql AS $$
        UPDATE users u SET search_text = pillars_normalize(concat_ws(' ', u.name, u.email, u.title, u.location,
            (SELECT string_agg(t.name, ' ') FROM team_memberships m JOIN teams t ON t.id = m.team_id WHERE m.user_id = u.id),
            array_to_string(u.skills, ' ')))
         WHERE u.id = ANY(user_ids)
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_update_users(org uuid, people jsonb, refresh_search boolean DEFAULT true) RETURNS void
      LANGUAGE sql AS $$
        UPDATE users u SET ${['email', 'name', 'title', 'location', 'locale', 'time_zone', 'status', 'password_hash', 'about', 'pronouns', 'phone'].map((c) => set(c)).join(', ')},
               ${set('manager_id', '::uuid')}, ${set('start_date', '::date')}, ${set('photo_file_id', '::uuid')},
               working_hours = CASE WHEN e ? 'working_hours' THEN nullif(e->'working_hours', 'null'::jsonb) ELSE u.working_hours END,
               ${['roles', 'languages', 'skills'].map(setArray).join(', ')},
               skill_keys = CASE WHEN e ? 'skills' THEN pillars_normalize_all(ARRAY(SELECT jsonb_array_elements_text(e->'skills'))) ELSE u.skill_keys END,
               updated_at = now()
          FROM jsonb_array_elements(people) AS p(e)
         WHERE u.organization_id = org AND u.id = (e->>'id')::uuid;
        SELECT pillars_refresh_user_search(ARRAY(SELECT (e->>'id')::uuid FROM jsonb_array_elements(people) AS p(e))) WHERE refresh_search;
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await new AddUserWriterFunctions1796600000000().up(queryRunner);
    await new AddUserSearchFunction1795610000000().up(queryRunner);
  }
}
