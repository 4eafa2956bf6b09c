import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wiki pages become searchable (@pillars/api/search): the title weighted above the Markdown body, in
 * the page's language, and the folded title for trigrams ("already done?", typos), kept by a
 * trigger with the search domain's functions (so every save is searchable when it commits),
 * backfilled, GIN-indexed.
 */
export class AddWikiPageSearch1798420000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE wiki_pages ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector, ADD COLUMN search_title text NOT NULL DEFAULT ''`);
    await queryRunner.query(`
      CREATE FUNCTION wiki_page_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_title := public.pillars_normalize(NEW.title);
        NEW.search_vector := public.pillars_search_vector(NEW.title, NEW.body, NEW.language);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER wiki_pages_search_fill BEFORE INSERT OR UPDATE OF title, body, language ON wiki_pages FOR EACH ROW EXECUTE FUNCTION wiki_page_search_fill()`);
    await queryRunner.query(`UPDATE wiki_pages SET title = title`);
    await queryRunner.query(`ALTER TABLE wiki_pages ALTER COLUMN search_vector DROP DEFAULT, ALTER COLUMN search_title DROP DEFAULT`);
    await queryRunner.query(`CREATE INDEX wiki_pages_search_vector_idx ON wiki_pages USING gin (search_vector) WHERE deleted_at IS NULL`);
    await queryRunner.query(`CREATE INDEX wiki_pages_search_title_trgm_idx ON wiki_pages USING gin (search_title gin_trgm_ops) WHERE deleted_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS wiki_pages_search_title_trgm_idx`);
    await queryRunner.query(`DROP INDEX IF EXISTS wiki_pages_search_vector_idx`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS wiki_pages_search_fill ON wiki_pages`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS wiki_page_search_fill()`);
    await queryRunner.query(`ALTER TABLE wiki_pages DROP COLUMN search_title, DROP COLUMN search_vector`);
  }
}
