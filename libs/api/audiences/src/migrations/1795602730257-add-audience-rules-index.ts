import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finds the audiences whose rules name a team or person (directory events) without scanning an
 * organisation's audiences: containment (`rules @> ...`) on a jsonb_path_ops GIN index.
 */
export class AddAudienceRulesIndex1795602730257 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX audiences_rules_idx ON audiences USING gin (rules jsonb_path_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS audiences_rules_idx`);
  }
}
