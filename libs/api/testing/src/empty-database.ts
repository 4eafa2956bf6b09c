import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { testDb } from './db';

export interface EmptyDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A migrated database without a single row, for what only happens on a deployment's first start.
 * On a PostgreSQL server: a new database beside the test one, migrated by `tools/db/migration.ts`.
 * On the embedded test database, which serves one database only: a second in-memory PGlite from
 * `tools/db/embedded-server.ts`, in a child process like the suite's own (PGlite's WebAssembly
 * loader does not run inside Jest's module sandbox). Both migrate with the app's own list.
 */
export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const [{ version }] = (await testDb().query<{ version: string }>(`SELECT version()`)).rows;
  if (version.includes('PGlite')) return startEmbeddedServer();
  const [{ db }] = (await testDb().query<{ db: string }>(`SELECT current_database() AS db`)).rows;
  const name = `${db}_empty_${randomBytes(4).toString('hex')}`;
  await testDb().query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env['DATABASE_URL'] as string);
  url.pathname = `/${name}`;
  const migrate = runTool('tools/db/migration.ts', ['run'], { DATABASE_URL: url.toString() });
  const code = await new Promise((resolve) => migrate.once('exit', resolve));
  if (code !== 0) throw new Error(`migrating ${name} failed (exit ${code})`);
  return { url: url.toString(), drop: async () => void (await testDb().query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}

const ROOT = join(__dirname, '..', '..', '..', '..');

const runTool = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawn(process.execPath, ['-r', require.resolve('@swc-node/register'), '-r', require.resolve('tsconfig-paths/register'), script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, SWC_NODE_PROJECT: 'tools/tsconfig.run.json', TS_NODE_PROJECT: 'tsconfig.base.json' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

/** tools/db/embedded-server.ts: starts, migrates, prints `ready <url>`, stops on SIGTERM. */
async function startEmbeddedServer(): Promise<EmptyDatabase> {
  const child = runTool('tools/db/embedded-server.ts', []);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`embedded database exited (${code})`)));
  });
  return {
    url,
    async drop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
