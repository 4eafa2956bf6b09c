import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved audiences: a name and an owner. Audiences made inline by a pillar (an announcement's
 * rules) stay nameless and never show in the saved list; a name is unique per organisation,
 * ignoring case. The saved list sorts by (lower(name), id), which that unique index serves.
 */
export class AddAudienceNames1797845140000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audiences ADD COLUMN name text, ADD COLUMN owner_id uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX audiences_name_unique ON audiences (organization_id, lower(name)) WHERE name IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX audiences_owner_id_idx ON audiences (owner_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audiences_owner_id_idx`);
    await queryRunner.query(`DROP INDEX audiences_name_unique`);
    await queryRunner.query(`ALTER TABLE audiences DROP COLUMN owner_id, DROP COLUMN name`);
  }
}
