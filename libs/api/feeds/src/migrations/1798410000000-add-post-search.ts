import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Posts become searchable (@pillars/api/search): a weighted vector (first line as the title,
 * the rest as the body, in the post's language) and the folded title for trigrams, kept by a
 * trigger with the search domain's functions, backfilled for existing posts, GIN-indexed.
 */
export class AddPostSearch1798410000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE posts ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector, ADD COLUMN search_title text NOT NULL DEFAULT ''`);
    await queryRunner.query(`
      CREATE FUNCTION feeds_post_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE title text := left(split_part(NEW.body, E'\\n', 1), 200);
      BEGIN
        NEW.search_title := public.pillars_normalize(title);
        NEW.search_vector := public.pillars_search_vector(title, substr(NEW.body, char_length(split_part(NEW.body, E'\\n', 1)) + 2), NEW.language);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER posts_search_fill BEFORE INSERT OR UPDATE OF body, language ON posts FOR EACH ROW EXECUTE FUNCTION feeds_post_search_fill()`);
    // Backfill through the trigger: the same function fills old and new rows.
    await queryRunner.query(`UPDATE posts SET body = body`);
    await queryRunner.query(`ALTER TABLE posts ALTER COLUMN search_vector DROP DEFAULT, ALTER COLUMN search_title DROP DEFAULT`);
    await queryRunner.query(`CREATE INDEX posts_search_vector_idx ON posts USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX posts_search_title_trgm_idx ON posts USING gin (search_title gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS posts_search_title_trgm_idx`);
    await queryRunner.query(`DROP INDEX IF EXISTS posts_search_vector_idx`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS posts_search_fill ON posts`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS feeds_post_search_fill()`);
    await queryRunner.query(`ALTER TABLE posts DROP COLUMN search_title, DROP COLUMN search_vector`);
  }
}
