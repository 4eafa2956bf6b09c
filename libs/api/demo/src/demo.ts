import { Pool, type PoolClient } from 'pg';
import { seedDemoFeed } from './seed-feed';
import { DEMO_LOGINS, DEMO_PASSWORD, seedOrganization } from './seed-organization';

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Seeds the demo organisation once: a second start finds it and changes nothing. A demo
 * organisation seeded before the feeds existed (slug `demo`, no post at all) gets its feed.
 */
export async function seedDemoIfEmpty(url: string, log: (m: string) => void): Promise<boolean> {
  const pool = new Pool({ connectionString: url, max: 1 });
  // An idle client of this short-lived pool may hear the server end its connection (a test dropping
  // the database, a restart): that must not become an unhandled 'error' event on the pool.
  pool.on('error', () => undefined);
  try {
    const { rows } = await pool.query(`SELECT 1 FROM organizations LIMIT 1`);
    if (rows.length) {
      const { rows: demo } = await pool.query<{ id: string }>(
        `SELECT o.id FROM organizations o WHERE o.slug = 'demo' AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.organization_id = o.id)`,
      );
      if (!demo.length) return false;
      return inTransaction(pool, (client) => seedDemoFeed(client, demo[0].id, log));
    }
    await inTransaction(pool, async (client) => {
      const { organizationId } = await seedOrganization(client, { users: 60, teams: 10, slug: 'demo', name: 'Pillars Demo', onProgress: log });
      await seedDemoFeed(client, organizationId, log);
    });
    return true;
  } finally {
    await pool.end();
  }
}

export const demoLoginText = () =>
  ['Demo logins (password: ' + DEMO_PASSWORD + '):', ...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(24)} ${l.what}`)].join('\n');
