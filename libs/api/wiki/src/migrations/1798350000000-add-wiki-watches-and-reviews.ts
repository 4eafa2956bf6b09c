import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Watching a page or a whole space (watchers hear of changes, batched per page while unread), and
 * the review reminders sent to a page's owner: one row per (page, review date, step), inserted
 * ON CONFLICT DO NOTHING in the transaction of its notification, so a step is sent once.
 */
export class AddWikiWatchesAndReviews1798350000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "wiki_watches" ("organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "space_id" uuid NOT NULL, "page_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "wiki_watches_space_fkey" FOREIGN KEY ("space_id") REFERENCES "wiki_spaces"("id") ON DELETE CASCADE,
      CONSTRAINT "wiki_watches_page_fkey" FOREIGN KEY ("page_id") REFERENCES "wiki_pages"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "wiki_watches_page_idx" ON "wiki_watches" ("page_id", "user_id") WHERE "page_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "wiki_watches_space_idx" ON "wiki_watches" ("space_id", "user_id") WHERE "page_id" IS NULL`);
    await queryRunner.query(`CREATE INDEX "wiki_watches_user_idx" ON "wiki_watches" ("user_id")`);

    await queryRunner.query(`CREATE TABLE "wiki_review_reminders" ("page_id" uuid NOT NULL, "review_by" TIMESTAMP WITH TIME ZONE NOT NULL, "step" text NOT NULL,
      "organization_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "wiki_review_reminders_pkey" PRIMARY KEY ("page_id", "review_by", "step"),
      CONSTRAINT "wiki_review_reminders_step_check" CHECK ("step" IN ('WEEKS_4', 'WEEKS_2', 'DUE')),
      CONSTRAINT "wiki_review_reminders_page_fkey" FOREIGN KEY ("page_id") REFERENCES "wiki_pages"("id") ON DELETE CASCADE)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "wiki_review_reminders"`);
    await queryRunner.query(`DROP TABLE "wiki_watches"`);
  }
}
