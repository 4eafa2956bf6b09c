import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders sent, one row per ask and step (BEFORE, DUE, WEEK_<n>, ESCALATED): the job inserts
 * ON CONFLICT DO NOTHING and notifies only the rows it inserted, so running it twice sends once.
 */
export class CreatePolicyReminders1798100200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "policy_reminders" ("policy_id" uuid NOT NULL, "user_id" uuid NOT NULL, "major" integer NOT NULL, "step" text NOT NULL,
      "organization_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "policy_reminders_pkey" PRIMARY KEY ("policy_id", "user_id", "major", "step"),
      CONSTRAINT "policy_reminders_assignment_fkey" FOREIGN KEY ("policy_id", "user_id", "major") REFERENCES "policy_assignments"("policy_id", "user_id", "major") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "policy_assignments_org_due_idx" ON "policy_assignments" ("organization_id", "due_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "policy_assignments_org_due_idx"`);
    await queryRunner.query(`DROP TABLE "policy_reminders"`);
  }
}
