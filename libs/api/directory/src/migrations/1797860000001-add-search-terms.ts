import { MigrationInterface, QueryRunner } from 'typeorm';

// The words of a search text worth correcting towards: addresses (anything with an @) are left out,
// so a "did you mean" can never spell out someone's email.
const termsOf = (rows: string) => `
  SELECT DISTINCT r.organization_id, w.term FROM ${rows} r, regexp_split_to_table(r.search_text, '\\s+') AS w(term)
   WHERE char_length(w.term) BETWEEN 3 AND 40 AND position('@' in w.term) = 0`;

/**
 * The vocabulary of each organisation's directory (normalised words of names, titles, locations,
 * team names: what `search_text` holds), for typo-tolerant search and "did you mean". A query
 * word is compared with these few thousand distinct words instead of every person's text, and the
 * words it is a typo of are then found through the trigram index. Statement triggers keep it
 * filled from every writer of `users.search_text`; words nobody uses any more stay (they match
 * nobody, and a suggestion is only made when it finds someone).
 */
export class AddSearchTerms1797860000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "directory_search_terms" ("organization_id" uuid NOT NULL, "term" text NOT NULL,
      CONSTRAINT "directory_search_terms_pkey" PRIMARY KEY ("organization_id", "term"))`);
    await queryRunner.query(`ALTER TABLE "directory_search_terms" ADD CONSTRAINT "directory_search_terms_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX directory_search_terms_length_idx ON directory_search_terms (organization_id, char_length(term))`);
    await queryRunner.query(`CREATE INDEX directory_search_terms_trgm_idx ON directory_search_terms USING gin (term gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_collect_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO directory_search_terms (organization_id, term) ${termsOf('new_rows')} ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER users_search_terms_insert AFTER INSERT ON users REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION pillars_collect_search_terms()`);
    await queryRunner.query(`CREATE TRIGGER users_search_terms_update AFTER UPDATE ON users REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION pillars_collect_search_terms()`);
    await queryRunner.query(`INSERT INTO directory_search_terms (organization_id, term) ${termsOf('users')} ON CONFLICT DO NOTHING`);
    // The location filter's exact path (typos go through the distinct locations).
    await queryRunner.query(`CREATE INDEX users_org_location_idx ON users (organization_id, pillars_normalize(location))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS users_org_location_idx`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS users_search_terms_update ON users`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS users_search_terms_insert ON users`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS pillars_collect_search_terms()`);
    await queryRunner.query(`DROP TABLE IF EXISTS "directory_search_terms"`);
  }
}
