import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled publication (a draft with `publish_at`, published by the minute's sweep) and the gate
 * (a version whose audience sees only it until they acknowledge).
 */
export class AddPolicyScheduleGate1798100100000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy_versions" ADD "publish_at" TIMESTAMP WITH TIME ZONE, ADD "scheduled_by" uuid, ADD "gate" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "policy_versions_publish_at_idx" ON "policy_versions" ("publish_at") WHERE "status" = 'DRAFT' AND "publish_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "policy_versions_gate_idx" ON "policy_versions" ("organization_id") WHERE "status" = 'PUBLISHED' AND "gate"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "policy_versions_gate_idx"`);
    await queryRunner.query(`DROP INDEX "policy_versions_publish_at_idx"`);
    await queryRunner.query(`ALTER TABLE "policy_versions" DROP COLUMN "gate", DROP COLUMN "scheduled_by", DROP COLUMN "publish_at"`);
  }
}
