// Gives the API suite a migrated database: an embedded PGlite in its own process unless
// DATABASE_URL is set, in which case that database is migrated.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);
const runTs = (script, args = []) =>
  spawn(process.execPath, ['-r', require.resolve('@swc-node/register'), '-r', require.resolve('tsconfig-paths/register'), script, ...args], {
    cwd: root,
    env: { ...process.env, SWC_NODE_PROJECT: 'tools/tsconfig.run.json', TS_NODE_PROJECT: 'tsconfig.base.json' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    const child = runTs('tools/db/migration.ts', ['run']);
    child.stdout.pipe(process.stdout);
    await new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrations failed (exit ${code})`)))));
    return;
  }
  // Specs that need real concurrency between transactions (PGlite runs one at a time) skip on it.
  process.env.PILLARS_TEST_DB = 'embedded';
  const child = runTs('tools/db/embedded-server.ts');
  globalThis.__PILLARS_EMBEDDED__ = child;
  process.env.DATABASE_URL = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /ready (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`embedded database exited (${code})`)));
  });
}
