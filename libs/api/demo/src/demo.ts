import { Pool } from 'pg';
import { DEMO_LOGINS, DEMO_PASSWORD, seedOrganization } from './seed-organization';

/** Seeds the demo organisation once: a second start finds it and changes nothing. */
export async function seedDemoIfEmpty(url: string, log: (m: string) => void): Promise<boolean> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query(`SELECT 1 FROM organizations LIMIT 1`);
    if (rows.length) return false;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await seedOrganization(client, { users: 60, teams: 10, slug: 'demo', name: 'Pillars Demo', onProgress: log });
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
    return true;
  } finally {
    await pool.end();
  }
}

export const demoLoginText = () =>
  ['Demo logins (password: ' + DEMO_PASSWORD + '):', ...DEMO_LOGINS.map((l) => `  ${l.email.padEnd(24)} ${l.what}`)].join('\n');
