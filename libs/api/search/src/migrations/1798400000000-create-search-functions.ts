import { MigrationInterface, QueryRunner } from 'typeorm';
import { DROP_SEARCH_FUNCTIONS_SQL, SEARCH_FUNCTIONS_SQL } from '../search.sql';

/**
 * The search pipeline's SQL functions (normalise, vector, query), which every domain's search
 * trigger and the search service share. Later changes add a migration with CREATE OR REPLACE.
 */
export class CreateSearchFunctions1798400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of SEARCH_FUNCTIONS_SQL) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of DROP_SEARCH_FUNCTIONS_SQL) await queryRunner.query(sql);
  }
}
