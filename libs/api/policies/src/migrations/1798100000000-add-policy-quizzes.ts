import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quiz acknowledgement (issue 15): a version's questions per language with their options, the key
 * (correct option ids) in its own column that no presenter reads for learners, and the attempts:
 * the order each attempt showed, its answers and score. A pass is also the evidence row's score.
 */
export class AddPolicyQuizzes1798100000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy_versions" ADD "quiz_pass_mark" integer, ADD "quiz_max_attempts" integer,
      ADD CONSTRAINT "policy_versions_quiz_check" CHECK (("quiz_pass_mark" IS NULL) = ("quiz_max_attempts" IS NULL)
        AND ("quiz_pass_mark" IS NULL OR "quiz_pass_mark" BETWEEN 1 AND 100) AND ("quiz_max_attempts" IS NULL OR "quiz_max_attempts" BETWEEN 1 AND 10))`);
    await queryRunner.query(`CREATE TABLE "policy_quiz_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "version_id" uuid NOT NULL, "language" text NOT NULL, "position" integer NOT NULL, "prompt" text NOT NULL, "multiple" boolean NOT NULL,
      "options" jsonb NOT NULL, "correct_option_ids" text[] NOT NULL,
      CONSTRAINT "policy_quiz_questions_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "policy_quiz_questions_position_key" UNIQUE ("version_id", "language", "position"),
      CONSTRAINT "policy_quiz_questions_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "policy_versions"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE TABLE "policy_quiz_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "version_id" uuid NOT NULL, "user_id" uuid NOT NULL, "language" text NOT NULL, "number" integer NOT NULL,
      "question_order" uuid[] NOT NULL, "option_order" jsonb NOT NULL, "answers" jsonb, "score" integer, "passed" boolean,
      "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "policy_quiz_attempts_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "policy_quiz_attempts_number_key" UNIQUE ("version_id", "user_id", "number"),
      CONSTRAINT "policy_quiz_attempts_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "policy_versions"("id") ON DELETE CASCADE)`);
    // At most one open (started, not submitted) attempt per person and version.
    await queryRunner.query(`CREATE UNIQUE INDEX "policy_quiz_attempts_one_open_idx" ON "policy_quiz_attempts" ("version_id", "user_id") WHERE "submitted_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "policy_quiz_attempts"`);
    await queryRunner.query(`DROP TABLE "policy_quiz_questions"`);
    await queryRunner.query(`ALTER TABLE "policy_versions" DROP CONSTRAINT "policy_versions_quiz_check", DROP COLUMN "quiz_max_attempts", DROP COLUMN "quiz_pass_mark"`);
  }
}
