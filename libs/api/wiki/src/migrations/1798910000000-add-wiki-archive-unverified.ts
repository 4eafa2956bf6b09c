import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A space may archive pages left unverified: `archive_unverified_after_days` days after a page's
 * review date passed (NULL: never, the default). An archived page stays readable; it leaves search
 * and "already done?" until it is verified or restored. `archived_for_review_by` is the review
 * date it was archived for: a page is archived at most once per review date, so a restored page
 * stays live until its next review date passes unverified.
 */
export class AddWikiArchiveUnverified1798910000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "wiki_spaces" ADD COLUMN "archive_unverified_after_days" integer,
      ADD CONSTRAINT "wiki_spaces_archive_days_check" CHECK ("archive_unverified_after_days" IS NULL OR "archive_unverified_after_days" BETWEEN 1 AND 365)`);
    await queryRunner.query(`ALTER TABLE "wiki_pages" ADD COLUMN "archived_at" TIMESTAMP WITH TIME ZONE, ADD COLUMN "archived_for_review_by" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "wiki_spaces_archive_idx" ON "wiki_spaces" ("organization_id") WHERE "archive_unverified_after_days" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "wiki_spaces_archive_idx"`);
    await queryRunner.query(`ALTER TABLE "wiki_pages" DROP COLUMN "archived_for_review_by", DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "wiki_spaces" DROP CONSTRAINT "wiki_spaces_archive_days_check", DROP COLUMN "archive_unverified_after_days"`);
  }
}
