import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `pillars_typo_match(q, w)`: does the (already normalised) query word `q` name the word `w` with
 * one typo (two from eight letters on)? A typo is a letter dropped, added or changed
 * (`fuzzystrmatch` Levenshtein) or two neighbours swapped (counted once, as Damerau does:
 * "Oamr" is one typo from "Omar", not Levenshtein's two). Words under four letters allow only a
 * dropped letter ("omr" → "omar"); shorter ones none. Used by the people search for names and
 * for locations alike, so both forgive the same mistakes.
 */
export class AddTypoMatchFunction1797860000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_typo_match(q text, w text) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT CASE
          WHEN char_length(q) < 3 OR abs(char_length(q) - char_length(w)) > 2 THEN false
          WHEN char_length(q) = 3 THEN char_length(w) = 4 AND public.levenshtein_less_equal(q, w, 1) = 1
          ELSE (SELECT d <= 1 OR (d = 2 AND (char_length(q) >= 8 OR (char_length(q) = char_length(w) AND EXISTS (
                   SELECT 1 FROM generate_series(1, char_length(q) - 1) i
                    WHERE overlay(q placing substr(q, i + 1, 1) || substr(q, i, 1) from i for 2) = w))))
                  FROM (SELECT public.levenshtein_less_equal(q, w, 2) AS d) x)
        END
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS pillars_typo_match(text, text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS fuzzystrmatch`);
  }
}
