import { randomBytes } from 'node:crypto';
import { dataSourceOptions, startEmbeddedPostgres } from '@pillars/api/core';
import { DataSource } from 'typeorm';
import { testDb } from './db';

export interface EmptyDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A migrated database without a single row, for what only happens on a deployment's first start.
 * On a PostgreSQL server: a new database beside the test one. On the embedded test database, which
 * serves one database only: a separate in-memory PGlite in this process, as `npm start` runs it.
 */
export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const [{ version }] = (await testDb().query<{ version: string }>(`SELECT version()`)).rows;
  if (version.includes('PGlite')) {
    const embedded = await startEmbeddedPostgres({ maxConnections: 16 });
    await migrate(embedded.url);
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const [{ db }] = (await testDb().query<{ db: string }>(`SELECT current_database() AS db`)).rows;
  const name = `${db}_empty_${randomBytes(4).toString('hex')}`;
  await testDb().query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env['DATABASE_URL'] as string);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return { url: url.toString(), drop: async () => void (await testDb().query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}

async function migrate(url: string): Promise<void> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
