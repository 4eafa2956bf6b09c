import { MigrationInterface, QueryRunner } from 'typeorm';

/** Review of a draft by named reviewers: one row per reviewer, their latest decision and comment. */
export class CreatePolicyReviews1798100300000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "policy_version_reviews" ("version_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "organization_id" uuid NOT NULL,
      "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "decision" text, "comment" text, "decided_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "policy_version_reviews_pkey" PRIMARY KEY ("version_id", "reviewer_id"),
      CONSTRAINT "policy_version_reviews_decision_check" CHECK ("decision" IS NULL OR "decision" IN ('APPROVED', 'COMMENTED')),
      CONSTRAINT "policy_version_reviews_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "policy_versions"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "policy_version_reviews_reviewer_idx" ON "policy_version_reviews" ("reviewer_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "policy_version_reviews"`);
  }
}
