/**
 * Migration tooling without a running app:
 *   run                 apply pending migrations to DATABASE_URL (or a fresh embedded database)
 *   check               migrate a fresh database, then fail if the entities still differ from it
 *   generate <name> [--domain=<domain>]
 *                       write the SQL that would close that difference as a new migration file, in
 *                       libs/api/<domain>/src/migrations (or core's folder without a domain)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@pillars/api/core';
import { createDataSource } from '../../apps/api/data-source';

async function main() {
  const [command = 'check', name] = process.argv.slice(2);
  // `nx run api:migration-generate --name=add-x --domain=directory` forwards --domain here.
  const domain = process.argv.find((a) => a.startsWith('--domain='))?.slice('--domain='.length);
  const embedded = command === 'run' && process.env['DATABASE_URL'] ? null : await startEmbeddedPostgres({ maxConnections: 4 });
  const ds = createDataSource(embedded?.url ?? (process.env['DATABASE_URL'] as string));
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    if (command === 'run') return console.log(`${ran.length} migration(s) applied`);
    const { upQueries, downQueries } = await ds.driver.createSchemaBuilder().log();
    if (command === 'check') {
      if (upQueries.length === 0) return console.log('schema matches the entities: no drift');
      console.error('schema drift: the entities need these changes\n' + upQueries.map((q) => `  ${q.query};`).join('\n'));
      process.exitCode = 1;
      return;
    }
    if (command === 'generate') {
      if (!name) throw new Error('usage: generate <kebab-name>');
      if (upQueries.length === 0) return console.log('nothing to generate');
      const ts = Date.now();
      const cls = name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()) + ts;
      const q = (list: { query: string }[]) => list.map((x) => `    await queryRunner.query(${JSON.stringify(x.query)});`).join('\n');
      const folder = domain ? `../../libs/api/${domain}/src/migrations` : '../../libs/api/core/src/database/migrations';
      const file = join(__dirname, folder, `${ts}-${name}.ts`);
      writeFileSync(file, `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${cls} implements MigrationInterface {\n  async up(queryRunner: QueryRunner): Promise<void> {\n${q(upQueries)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${q(downQueries.reverse())}\n  }\n}\n`);
      return console.log(`wrote ${file}; add it to that folder's index.ts (the domain descriptor lists it)`);
    }
    throw new Error(`unknown command ${command}`);
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
