import { MigrationInterface, QueryRunner } from 'typeorm';
import { MARKDOWN_PLAIN_SQL } from '../search.sql';

const DISPLAY_BEFORE = `CREATE OR REPLACE FUNCTION pillars_search_display(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT regexp_replace(input, '[\\u0591-\\u05C7\\u064B-\\u065F\\u0670\\u0640]', '', 'g')
    $$`;

/**
 * Snippets and post titles read as text, not as Markdown source: `pillars_markdown_plain` drops
 * the markup (heading and list markers, emphasis, link targets, table pipes) and the snippet's
 * text goes through it. The words stay, so ts_headline still marks what the vector matched.
 */
export class PlainTextSnippets1798750000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of MARKDOWN_PLAIN_SQL) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DISPLAY_BEFORE);
    await queryRunner.query('DROP FUNCTION IF EXISTS pillars_markdown_plain(text)');
  }
}
