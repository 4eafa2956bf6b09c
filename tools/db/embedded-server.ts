/**
 * Runs an in-memory embedded PostgreSQL (PGlite over pglite-socket, as `npm start` does), applies
 * the migrations, prints `ready <url>` and serves until stopped. The API test suite starts it from
 * Jest's globalSetup so the database lives in its own process.
 */
import { startEmbeddedPostgres } from '@pillars/api/core';
import { createDataSource } from '../../apps/api/data-source';

async function main() {
  const db = await startEmbeddedPostgres({ maxConnections: 200 });
  const ds = createDataSource(db.url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  process.stdout.write(`ready ${db.url}\n`);
  const stop = () => db.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
