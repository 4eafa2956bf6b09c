/**
 * npm run seed -- --users 10000 [--teams 500] [--slug large] [--seed 7]
 * Seeds one more organisation into DATABASE_URL, or into the embedded database under ./data
 * (stop `npm start` first: the embedded database belongs to one process at a time).
 */
import { Pool } from 'pg';
import { resolve } from 'node:path';
import { inPoolTransaction, startEmbeddedPostgres } from '@pillars/api/core';
import { seedOrganization } from '@pillars/api/demo';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  const users = Number(arg('users') ?? 60);
  const embedded = process.env['DATABASE_URL'] ? null : await startEmbeddedPostgres({ dataDir: resolve(process.env['DATA_DIR'] ?? 'data', 'pglite'), maxConnections: 4 });
  const pool = new Pool({ connectionString: embedded?.url ?? process.env['DATABASE_URL'], max: 1 });
  const started = Date.now();
  try {
    const result = await inPoolTransaction(pool, (client) =>
      seedOrganization(client, {
      users,
      teams: arg('teams') ? Number(arg('teams')) : undefined,
      slug: arg('slug') ?? `org-${users}-${Date.now().toString(36)}`,
      name: arg('name') ?? `Seeded organisation (${users} people)`,
      seed: arg('seed') ? Number(arg('seed')) : undefined,
      onProgress: (m) => console.log(m),
      }),
    );
    console.log(`seeded ${result.users} people in ${result.teams} teams in ${((Date.now() - started) / 1000).toFixed(1)} s (organisation ${result.organizationId})`);
  } finally {
    await pool.end();
    await embedded?.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
