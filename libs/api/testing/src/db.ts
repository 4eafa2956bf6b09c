import { inPoolTransaction } from '@pillars/api/core';
import { Pool, type PoolClient } from 'pg';

let pool: Pool | null = null;
/** A pool for factories and assertions, on the same database the app under test uses. */
export const testDb = (): Pool => {
  pool ??= new Pool({ connectionString: process.env['DATABASE_URL'], max: 4 });
  return pool;
};
export const closeTestDb = async () => {
  await pool?.end();
  pool = null;
};
export const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T | undefined> =>
  (await testDb().query(sql, params)).rows[0] as T | undefined;
export const all = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => (await testDb().query(sql, params)).rows as T[];

/** Runs `fn` in one transaction on the test database (a seed, say), rolled back if it throws. */
export const inTestTransaction = <T>(fn: (client: PoolClient) => Promise<T>): Promise<T> => inPoolTransaction(testDb(), fn);
