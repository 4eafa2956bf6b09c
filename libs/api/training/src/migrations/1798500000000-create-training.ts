import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The training tracker (DESIGN §4): courses and their versions (a published course edited gets a
 * new version; enrolments keep theirs), ordered modules, assignments to an audience, enrolments
 * (one cycle per recertification), per-module progress, quiz attempts, evidence uploads for
 * review, certificates and the reminder steps sent. Like policies, SQL only (no entities); user,
 * audience, policy and file ids refer to other domains without foreign keys.
 */
export class CreateTraining1798500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "training_courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "owner_id" uuid NOT NULL, "category" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "self_enrol" boolean NOT NULL DEFAULT false,
      "current_version_id" uuid, "created_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "training_courses_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_courses_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')))`);
    await q.query(`CREATE INDEX "training_courses_org_idx" ON "training_courses" ("organization_id", "status")`);

    await q.query(`CREATE TABLE "training_course_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "course_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "description" text NOT NULL,
      "estimated_minutes" integer NOT NULL, "languages" text[] NOT NULL, "validity_months" integer,
      "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "training_course_versions_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_course_versions_number_key" UNIQUE ("course_id", "number"),
      CONSTRAINT "training_course_versions_minutes_check" CHECK ("estimated_minutes" BETWEEN 1 AND 10000),
      CONSTRAINT "training_course_versions_validity_check" CHECK ("validity_months" IS NULL OR "validity_months" BETWEEN 1 AND 120),
      CONSTRAINT "training_course_versions_course_fkey" FOREIGN KEY ("course_id") REFERENCES "training_courses"("id") ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE "training_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "version_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "title" text NOT NULL,
      "content" text, "url" text, "policy_id" uuid, "pass_mark" integer, "max_attempts" integer, "draw_count" integer,
      "questions" jsonb,
      CONSTRAINT "training_modules_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_modules_position_key" UNIQUE ("version_id", "position"),
      CONSTRAINT "training_modules_kind_check" CHECK ("kind" IN ('MARKDOWN', 'EXTERNAL_LINK', 'QUIZ', 'POLICY_ACK', 'EVIDENCE_UPLOAD', 'ATTENDANCE')),
      CONSTRAINT "training_modules_version_fkey" FOREIGN KEY ("version_id") REFERENCES "training_course_versions"("id") ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE "training_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "course_id" uuid NOT NULL, "audience_id" uuid NOT NULL, "due_kind" text NOT NULL, "due_days" integer, "due_date" TIMESTAMP WITH TIME ZONE,
      "recurrence_kind" text NOT NULL DEFAULT 'NONE', "recurrence_months" integer, "line_of" uuid,
      "created_by" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "training_assignments_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_assignments_due_check" CHECK (("due_kind" IN ('AFTER_ASSIGNMENT', 'AFTER_JOINING') AND "due_days" BETWEEN 1 AND 730) OR ("due_kind" = 'FIXED_DATE' AND "due_date" IS NOT NULL)),
      CONSTRAINT "training_assignments_recurrence_check" CHECK (("recurrence_kind" IN ('NONE', 'ON_EXPIRY') AND "recurrence_months" IS NULL) OR ("recurrence_kind" = 'EVERY_MONTHS' AND "recurrence_months" BETWEEN 1 AND 120)),
      CONSTRAINT "training_assignments_course_fkey" FOREIGN KEY ("course_id") REFERENCES "training_courses"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "training_assignments_audience_idx" ON "training_assignments" ("audience_id") WHERE "ended_at" IS NULL`);
    await q.query(`CREATE INDEX "training_assignments_course_idx" ON "training_assignments" ("course_id")`);

    // One row per person, course and cycle; a renewal points at the enrolment it renews (once: unique).
    await q.query(`CREATE TABLE "training_enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "course_id" uuid NOT NULL, "version_id" uuid NOT NULL, "user_id" uuid NOT NULL, "assignment_id" uuid, "cycle" integer NOT NULL DEFAULT 1,
      "renewal_of" uuid, "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "due_at" TIMESTAMP WITH TIME ZONE,
      "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "training_enrolments_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_enrolments_cycle_key" UNIQUE ("course_id", "user_id", "cycle"),
      CONSTRAINT "training_enrolments_renewal_key" UNIQUE ("renewal_of"),
      CONSTRAINT "training_enrolments_course_fkey" FOREIGN KEY ("course_id") REFERENCES "training_courses"("id") ON DELETE CASCADE,
      CONSTRAINT "training_enrolments_version_fkey" FOREIGN KEY ("version_id") REFERENCES "training_course_versions"("id"),
      CONSTRAINT "training_enrolments_assignment_fkey" FOREIGN KEY ("assignment_id") REFERENCES "training_assignments"("id") ON DELETE SET NULL)`);
    // At most one open (not completed) enrolment per person and course.
    await q.query(`CREATE UNIQUE INDEX "training_enrolments_one_open_idx" ON "training_enrolments" ("course_id", "user_id") WHERE "completed_at" IS NULL`);
    await q.query(`CREATE INDEX "training_enrolments_user_idx" ON "training_enrolments" ("user_id", "course_id", "cycle")`);
    await q.query(`CREATE INDEX "training_enrolments_org_due_idx" ON "training_enrolments" ("organization_id", "due_at") WHERE "completed_at" IS NULL`);
    await q.query(`CREATE INDEX "training_enrolments_org_expiry_idx" ON "training_enrolments" ("organization_id", "expires_at") WHERE "completed_at" IS NOT NULL`);

    await q.query(`CREATE TABLE "training_progress" ("enrolment_id" uuid NOT NULL, "module_id" uuid NOT NULL, "organization_id" uuid NOT NULL,
      "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_by" uuid NOT NULL, "score" integer,
      CONSTRAINT "training_progress_pkey" PRIMARY KEY ("enrolment_id", "module_id"),
      CONSTRAINT "training_progress_enrolment_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE "training_quiz_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "enrolment_id" uuid NOT NULL, "module_id" uuid NOT NULL, "number" integer NOT NULL, "question_ids" text[] NOT NULL,
      "answers" jsonb, "score" integer, "passed" boolean, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "training_quiz_attempts_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_quiz_attempts_number_key" UNIQUE ("enrolment_id", "module_id", "number"),
      CONSTRAINT "training_quiz_attempts_enrolment_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE "training_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "enrolment_id" uuid NOT NULL, "module_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'PENDING',
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reason" text,
      CONSTRAINT "training_evidence_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_evidence_status_check" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')),
      CONSTRAINT "training_evidence_reason_check" CHECK ("status" <> 'REJECTED' OR "reason" IS NOT NULL),
      CONSTRAINT "training_evidence_enrolment_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE UNIQUE INDEX "training_evidence_one_pending_idx" ON "training_evidence" ("enrolment_id", "module_id") WHERE "status" = 'PENDING'`);

    // What a certificate states is copied at issue: the public check never joins a person or a course.
    await q.query(`CREATE TABLE "training_certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "enrolment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "code" text NOT NULL, "person_name" text NOT NULL, "course_title" text NOT NULL,
      "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "training_certificates_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_certificates_enrolment_key" UNIQUE ("enrolment_id"),
      CONSTRAINT "training_certificates_code_key" UNIQUE ("code"),
      CONSTRAINT "training_certificates_enrolment_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE "training_reminders" ("enrolment_id" uuid NOT NULL, "step" text NOT NULL, "organization_id" uuid NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "training_reminders_pkey" PRIMARY KEY ("enrolment_id", "step"),
      CONSTRAINT "training_reminders_enrolment_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['training_reminders', 'training_certificates', 'training_evidence', 'training_quiz_attempts', 'training_progress', 'training_enrolments', 'training_assignments', 'training_modules', 'training_course_versions', 'training_courses']) {
      await q.query(`DROP TABLE "${t}"`);
    }
  }
}
