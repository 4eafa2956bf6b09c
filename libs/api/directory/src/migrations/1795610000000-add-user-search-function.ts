import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One definition of a person's search text (name, email, title, location, team names), used by
 * the directory's commands, the CSV import, the seed generator and test factories alike.
 */
export class AddUserSearchFunction1795610000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_refresh_user_search(user_ids uuid[]) RETURNS void
      LANGUAGE sql AS $$
        UPDATE users u SET search_text = pillars_normalize(concat_ws(' ', u.name, u.email, u.title, u.location,
            (SELECT string_agg(t.name, ' ') FROM team_memberships m JOIN teams t ON t.id = m.team_id WHERE m.user_id = u.id)))
         WHERE u.id = ANY(user_ids)
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS pillars_refresh_user_search(uuid[])`);
  }
}
