import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The manager index also holds the person's id (`INCLUDE (id)`), so walking a manager's line
 * (`PeopleDirectory` lines, used by the training matrix, audiences and policies) is an index-only
 * scan per level instead of a heap visit per person: 16.6 ms → 0.7 ms for a 523-person line on
 * 10k people (docs/benchmarks.md "Training benchmark"). Same name as before; the entity marks it
 * `synchronize: false`, since TypeORM cannot describe INCLUDE columns.
 */
export class CoverManagerIndex1798950000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS users_manager_id_idx`);
    await queryRunner.query(`CREATE INDEX users_manager_id_idx ON users (manager_id) INCLUDE (id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS users_manager_id_idx`);
    await queryRunner.query(`CREATE INDEX users_manager_id_idx ON users (manager_id)`);
  }
}
