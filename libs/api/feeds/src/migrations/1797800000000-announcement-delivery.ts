import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Announcement delivery in two phases (announcement-fanout.jobs): receipts for the whole audience
 * first, in large set-based steps (what lets a recipient read it and what the invalidation
 * waits for), then notifications in smaller steps. `notified_at` marks the receipts whose
 * notification has been written, so a notification step is idempotent on its own; the partial
 * index is the queue those steps read. `announcements.delivered_at` says every audience member
 * has a receipt, and the resume sweep looks for announcements without it.
 */
export class AnnouncementDelivery1797800000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "announcement_receipts" ADD "notified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "announcement_receipts" SET "notified_at" = "delivered_at"`);
    await queryRunner.query(`CREATE INDEX "announcement_receipts_unnotified_idx" ON "announcement_receipts" ("post_id", "user_id") WHERE notified_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "announcements" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "announcements" SET "delivered_at" = "created_at"`);
    await queryRunner.query(`CREATE INDEX "announcements_undelivered_idx" ON "announcements" ("created_at") WHERE delivered_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "announcements_undelivered_idx"`);
    await queryRunner.query(`ALTER TABLE "announcements" DROP COLUMN "delivered_at"`);
    await queryRunner.query(`DROP INDEX "announcement_receipts_unnotified_idx"`);
    await queryRunner.query(`ALTER TABLE "announcement_receipts" DROP COLUMN "notified_at"`);
  }
}
