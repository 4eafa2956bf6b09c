import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A page's title alone as a search vector, GIN-indexed by expression (no column, no trigger: the
 * function is IMMUTABLE), so search takes the pages titled with the words before its candidate
 * cap (docs/decisions.md "Search candidates: titles first"). The source's `title_vector` column
 * is this expression, written the same way, for PostgreSQL to match it to the index.
 */
export class AddWikiPageTitleSearch1798600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX wiki_pages_search_title_vector_idx ON wiki_pages USING gin (public.pillars_search_vector(title, ''::text, language)) WHERE deleted_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS wiki_pages_search_title_vector_idx`);
  }
}
