import { inPoolTransaction } from '@pillars/api/core';
import { Pool, type PoolClient } from 'pg';
import { seedDemoFeed } from './seed-feed';
import { DEMO_LOGINS, DEMO_PASSWORD, seedOrganization } from './seed-organization';

/**
 * A domain's part of the demo, given by the app (this lib may not import domains): idempotent,
 * true when it wrote something, run inside the seed's transaction.
 */
export type DemoSeeder = (client: PoolClient, organizationId: string, log: (m: string) => void) => Promise<boolean>;

/**
 * Seeds the demo organisation once: a second start finds it and changes nothing. A demo
 * organisation seeded before the feeds existed (slug `demo`, no post at all) gets its feed, and one
 * seeded before a domain's `extras` gets theirs (each extra leaves alone what it already wrote).
 */
export async function seedDemoIfEmpty(url: string, log: (m: string) => void, extras: readonly DemoSeeder[] = []): Promise<boolean> {
  const pool = new Pool({ connectionString: url, max: 1 });
  // An idle client of this short-lived pool may hear the server end its connection (a test dropping
  // the database, a restart): that must not become an unhandled 'error' event on the pool.
  pool.on('error', () => undefined);
  try {
    const { rows } = await pool.query(`SELECT 1 FROM organizations LIMIT 1`);
    if (rows.length) {
      const { rows: demo } = await pool.query<{ id: string; hasPosts: boolean }>(
        `SELECT o.id, EXISTS (SELECT 1 FROM posts p WHERE p.organization_id = o.id) AS "hasPosts" FROM organizations o WHERE o.slug = 'demo'`,
      );
      if (!demo.length) return false;
      // `return await`: a bare `return` would run the `finally` (pool.end) before the transaction has its client.
      return await inPoolTransaction(pool, async (client) => {
        let seeded = demo[0].hasPosts ? false : await seedDemoFeed(client, demo[0].id, log);
        for (const extra of extras) seeded = (await extra(client, demo[0].id, log)) || seeded;
        return seeded;
      });
    }
    await inPoolTransaction(pool, async (client) => {
      const { organizationId } = await seedOrganization(client, { users: 60, teams: 10, slug: 'demo', name: 'Pillars Demo', onProgress: log });
      await seedDemoFeed(client, organizationId, log);
      for (const extra of extras) await extra(client, organizationId, log);
    });
    return true;
  } finally {
    await pool.end();
  }
}

export const demoLoginText = () =>
  ['Demo logins (password: ' + DEMO_PASSWORD + '):', ...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(24)} ${l.what}`)].join('\n');
