import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A module's lineage: the identity a live-session module keeps across course versions when an
 * edit carries it over unchanged, so its sessions (and their seats) are one set for every version.
 * Existing modules start a lineage of their own.
 */
export class TrainingModuleLineage1799005000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "training_modules" ADD "lineage_id" uuid`);
    await q.query(`UPDATE "training_modules" SET "lineage_id" = "id"`);
    await q.query(`ALTER TABLE "training_modules" ALTER COLUMN "lineage_id" SET NOT NULL, ALTER COLUMN "lineage_id" SET DEFAULT gen_random_uuid()`);
    await q.query(`CREATE INDEX "training_modules_lineage_idx" ON "training_modules" ("lineage_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "training_modules_lineage_idx"`);
    await q.query(`ALTER TABLE "training_modules" DROP COLUMN "lineage_id"`);
  }
}
