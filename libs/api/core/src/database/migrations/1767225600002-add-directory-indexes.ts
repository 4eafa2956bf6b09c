import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes TypeORM cannot describe: expressions, operator classes, partial indexes. */
export class AddDirectoryIndexes1767225600002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX users_org_email_key ON users (organization_id, lower(email))`);
    await queryRunner.query(`CREATE INDEX users_org_name_idx ON users (organization_id, name, id)`);
    await queryRunner.query(`CREATE INDEX users_search_text_trgm_idx ON users USING gin (search_text gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX teams_sibling_name_key ON teams (organization_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))`,
    );
    await queryRunner.query(`CREATE INDEX teams_name_trgm_idx ON teams USING gin (pillars_normalize(name) gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX domain_events_pending_idx ON domain_events (seq) WHERE dispatched_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['domain_events_pending_idx', 'teams_name_trgm_idx', 'teams_sibling_name_key', 'users_search_text_trgm_idx', 'users_org_name_idx', 'users_org_email_key']) {
      await queryRunner.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
