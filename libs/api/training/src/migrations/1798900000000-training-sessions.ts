import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live sessions of an ATTENDANCE module (start, optional end, place or link, capacity) and the
 * learners' bookings: one seat per enrolment and module (the primary key), in one session. A
 * booking locks its session row first, so the seats counted never pass the capacity.
 */
export class TrainingSessions1798900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "training_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "module_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "place" text NOT NULL, "capacity" integer NOT NULL,
      CONSTRAINT "training_sessions_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "training_sessions_capacity_check" CHECK ("capacity" BETWEEN 1 AND 10000),
      CONSTRAINT "training_sessions_ends_check" CHECK ("ends_at" IS NULL OR "ends_at" > "starts_at"),
      CONSTRAINT "training_sessions_module_fkey" FOREIGN KEY ("module_id") REFERENCES "training_modules"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "training_sessions_module_idx" ON "training_sessions" ("module_id", "starts_at")`);
    await q.query(`CREATE TABLE "training_session_bookings" ("enrolment_id" uuid NOT NULL, "module_id" uuid NOT NULL, "session_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL, "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "training_session_bookings_pkey" PRIMARY KEY ("enrolment_id", "module_id"),
      CONSTRAINT "training_session_bookings_enrolment_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "training_enrolments"("id") ON DELETE CASCADE,
      CONSTRAINT "training_session_bookings_session_fkey" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "training_session_bookings_session_idx" ON "training_session_bookings" ("session_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "training_session_bookings"`);
    await q.query(`DROP TABLE "training_sessions"`);
  }
}
