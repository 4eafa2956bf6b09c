import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's search vector (name over title and location, as `PeopleDirectory.searchRowsSql`
 * writes it) GIN-indexed by expression, so search finds people through the index instead of
 * building the vector of every candidate row (0.2–0.5 ms each: 150 ms for a word in 239 people's
 * skills on 10k people, docs/benchmarks.md "Wiki benchmark"). Needs the search functions
 * (1798400000000).
 */
export class AddUserSearchVectorIndex1798600000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX users_search_vector_idx ON users USING gin (public.pillars_search_vector(name, coalesce(title, '') || ' ' || coalesce(location, ''), NULL::text)) WHERE status = 'ACTIVE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS users_search_vector_idx`);
  }
}
