import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Page views for a page's owner and editors: one row per page, UTC day and reader, so a reader
 * who opens a page ten times a day counts once that day, and only totals are ever shown.
 */
export class AddWikiPageViews1798800000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "wiki_page_views" ("page_id" uuid NOT NULL, "day" date NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL,
      CONSTRAINT "wiki_page_views_pkey" PRIMARY KEY ("page_id", "day", "user_id"),
      CONSTRAINT "wiki_page_views_page_fkey" FOREIGN KEY ("page_id") REFERENCES "wiki_pages"("id") ON DELETE CASCADE)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "wiki_page_views"`);
  }
}
