import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions and the text normaliser used by every search: lower case, accents removed, Arabic
 * tashkeel/tatweel and Hebrew niqqud stripped, Arabic alef/hamza/ya/ta-marbuta forms unified.
 * Applied identically to documents and queries.
 */
export class CreateExtensions1767225600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_normalize(input text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT lower(public.unaccent('public.unaccent'::regdictionary,
          translate(regexp_replace(input, '[\\u0591-\\u05C7\\u064B-\\u065F\\u0670\\u0640]', '', 'g'),
                    'أإآٱىةؤئ', 'اااايهوي')))
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS pillars_normalize(text)`);
  }
}
