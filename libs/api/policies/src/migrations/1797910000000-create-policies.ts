import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policies and guidelines (DESIGN §4): a policy, its versions (major.minor), one body per language,
 * the asks (who must acknowledge which major version, by when) and the acknowledgement evidence:
 * append-only rows in a per-organisation hash chain whose head row is locked while appending.
 * User and audience ids refer to other domains without foreign keys (like announcements).
 */
export class CreatePolicies1797910000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "kind" text NOT NULL, "category" text NOT NULL, "title" text NOT NULL, "owner_id" uuid NOT NULL, "tags" text[] NOT NULL DEFAULT '{}',
      "retired_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "policies_pkey" PRIMARY KEY ("id"), CONSTRAINT "policies_kind_check" CHECK ("kind" IN ('POLICY', 'GUIDELINE')))`);
    await queryRunner.query(`CREATE INDEX "policies_org_title_idx" ON "policies" ("organization_id", "title", "id")`);
    await queryRunner.query(`CREATE INDEX "policies_owner_idx" ON "policies" ("owner_id")`);

    await queryRunner.query(`CREATE TABLE "policy_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "policy_id" uuid NOT NULL, "major" integer NOT NULL, "minor" integer NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT',
      "change_summary" text, "audience_id" uuid NOT NULL, "ack_method" text NOT NULL, "due_days" integer NOT NULL,
      "fallback_language" text NOT NULL, "content_hash" text, "published_at" TIMESTAMP WITH TIME ZONE, "effective_at" TIMESTAMP WITH TIME ZONE,
      "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "policy_versions_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "policy_versions_number_key" UNIQUE ("policy_id", "major", "minor"),
      CONSTRAINT "policy_versions_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
      CONSTRAINT "policy_versions_due_check" CHECK ("due_days" BETWEEN 1 AND 365),
      CONSTRAINT "policy_versions_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE)`);
    // One draft and one current (published) version per policy at a time.
    await queryRunner.query(`CREATE UNIQUE INDEX "policy_versions_one_draft_idx" ON "policy_versions" ("policy_id") WHERE "status" = 'DRAFT'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "policy_versions_one_current_idx" ON "policy_versions" ("policy_id") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(`CREATE INDEX "policy_versions_audience_idx" ON "policy_versions" ("audience_id") WHERE "status" = 'PUBLISHED'`);

    await queryRunner.query(`CREATE TABLE "policy_version_bodies" ("version_id" uuid NOT NULL, "language" text NOT NULL, "organization_id" uuid NOT NULL,
      "title" text NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "ack_text" text NOT NULL,
      CONSTRAINT "policy_version_bodies_pkey" PRIMARY KEY ("version_id", "language"),
      CONSTRAINT "policy_version_bodies_language_check" CHECK ("language" IN ('en', 'ar', 'he', 'it')),
      CONSTRAINT "policy_version_bodies_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "policy_versions"("id") ON DELETE CASCADE)`);

    // The ask: this person must acknowledge this major version of the policy by due_at.
    await queryRunner.query(`CREATE TABLE "policy_assignments" ("policy_id" uuid NOT NULL, "user_id" uuid NOT NULL, "major" integer NOT NULL,
      "organization_id" uuid NOT NULL, "version_id" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "policy_assignments_pkey" PRIMARY KEY ("policy_id", "user_id", "major"),
      CONSTRAINT "policy_assignments_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "policy_assignments_user_idx" ON "policy_assignments" ("user_id", "due_at")`);
    await queryRunner.query(`CREATE INDEX "policy_assignments_version_idx" ON "policy_assignments" ("version_id")`);

    await queryRunner.query(`CREATE TABLE "policy_evidence_heads" ("organization_id" uuid NOT NULL, "position" bigint NOT NULL DEFAULT 0,
      "hash" text NOT NULL, CONSTRAINT "policy_evidence_heads_pkey" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE TABLE "policy_acknowledgements" ("seq" bigint GENERATED ALWAYS AS IDENTITY, "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL, "position" bigint NOT NULL, "policy_id" uuid NOT NULL, "version_id" uuid NOT NULL, "user_id" uuid NOT NULL,
      "version_label" text NOT NULL, "language" text NOT NULL, "text_hash" text NOT NULL, "method" text NOT NULL, "typed_name" text, "quiz_score" integer,
      "acknowledged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" text, "user_agent" text, "prev_hash" text NOT NULL, "hash" text NOT NULL,
      CONSTRAINT "policy_acknowledgements_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "policy_acknowledgements_once_key" UNIQUE ("version_id", "user_id"),
      CONSTRAINT "policy_acknowledgements_position_key" UNIQUE ("organization_id", "position"))`);
    await queryRunner.query(`CREATE INDEX "policy_acknowledgements_user_idx" ON "policy_acknowledgements" ("user_id", "policy_id")`);
    await queryRunner.query(`CREATE INDEX "policy_acknowledgements_policy_idx" ON "policy_acknowledgements" ("policy_id", "version_id")`);
    // Evidence is append-only whoever connects: a trigger fires for every role, the app's included
    // (row triggers for UPDATE/DELETE, a statement trigger for TRUNCATE). Only someone who can
    // disable triggers (the table owner or a superuser, outside the app) can tamper, and verify
    // then names the rows.
    await queryRunner.query(`CREATE FUNCTION "policy_evidence_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'policy acknowledgements are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`CREATE TRIGGER "policy_acknowledgements_no_change" BEFORE UPDATE OR DELETE ON "policy_acknowledgements"
      FOR EACH ROW EXECUTE FUNCTION "policy_evidence_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "policy_acknowledgements_no_truncate" BEFORE TRUNCATE ON "policy_acknowledgements"
      FOR EACH STATEMENT EXECUTE FUNCTION "policy_evidence_append_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "policy_acknowledgements"`);
    await queryRunner.query(`DROP FUNCTION "policy_evidence_append_only"()`);
    await queryRunner.query(`DROP TABLE "policy_evidence_heads"`);
    await queryRunner.query(`DROP TABLE "policy_assignments"`);
    await queryRunner.query(`DROP TABLE "policy_version_bodies"`);
    await queryRunner.query(`DROP TABLE "policy_versions"`);
    await queryRunner.query(`DROP TABLE "policies"`);
  }
}
