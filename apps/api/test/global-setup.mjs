// Starts the embedded database (unless DATABASE_URL is set) and migrates it once for all workers.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);

export default async function globalSetup() {
  if (!process.env.DATABASE_URL) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
    const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = await PGlite.create({ extensions: { pg_trgm, unaccent, btree_gin } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
    await server.start();
    globalThis.__PILLARS_PGLITE__ = { db, server };
    process.env.DATABASE_URL = `postgres://postgres:postgres@${server.getServerConn()}/postgres`;
    process.env.PILLARS_EMBEDDED = '1';
  }
  // Asynchronous on purpose: the embedded server lives in this process and must keep answering.
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', require.resolve('@swc-node/register'), '-r', require.resolve('tsconfig-paths/register'), 'tools/db/migration.ts', 'run'], {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: 'tools/tsconfig.json', TS_NODE_PROJECT: 'tsconfig.base.json' },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrations failed (exit ${code})`))));
  });
}
