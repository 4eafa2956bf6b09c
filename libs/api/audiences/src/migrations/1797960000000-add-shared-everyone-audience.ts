import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One shared "everyone" audience per organisation (`shared_kind = 'EVERYONE'`): announcements to
 * the whole organisation point at it instead of materialising a fresh copy of every active
 * person. At most one per organisation; no one edits it (the audience policy and updateInTx).
 */
export class AddSharedEveryoneAudience1797960000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audiences ADD COLUMN shared_kind text`);
    await queryRunner.query(`CREATE UNIQUE INDEX audiences_shared_unique ON audiences (organization_id, shared_kind) WHERE shared_kind IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audiences_shared_unique`);
    await queryRunner.query(`ALTER TABLE audiences DROP COLUMN shared_kind`);
  }
}
