import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on a client of a plain pg pool (seeds, tools, specs: code
 * outside Nest's `Db`), committed when it returns and rolled back when it throws.
 */
export async function inPoolTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
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
