import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Announcements (posts with is_announcement): their audience and must-read flag, and one receipt
 * per person in the audience. Audience and user ids refer to other domains without foreign keys.
 */
export class CreateAnnouncements1797610000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "announcements" ("post_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "audience_id" uuid NOT NULL,
      "must_read" boolean NOT NULL DEFAULT false, "last_reminded_at" TIMESTAMP WITH TIME ZONE, "receipts_version" integer NOT NULL DEFAULT '0',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "announcements_pkey" PRIMARY KEY ("post_id"))`);
    await queryRunner.query(`CREATE INDEX "announcements_audience_idx" ON "announcements" ("audience_id")`);
    await queryRunner.query(`ALTER TABLE "announcements" ADD CONSTRAINT "announcements_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE`);
    await queryRunner.query(`CREATE TABLE "announcement_receipts" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL,
      "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seen_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE,
      "acknowledged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "announcement_receipts_pkey" PRIMARY KEY ("post_id", "user_id"))`);
    // The read rule's probe (is this person a recipient?) and a person's receipts.
    await queryRunner.query(`CREATE INDEX "announcement_receipts_user_idx" ON "announcement_receipts" ("user_id", "post_id")`);
    await queryRunner.query(`ALTER TABLE "announcement_receipts" ADD CONSTRAINT "announcement_receipts_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "announcements"("post_id") ON DELETE CASCADE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "announcement_receipts"`);
    await queryRunner.query(`DROP TABLE "announcements"`);
  }
}
