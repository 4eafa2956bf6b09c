/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the API sends for the training bench's reads (the
 * manager matrix of the line closest to 500 people, HR's roll-up), captured from a short-lived API
 * process as the training suite captures them. Prints each statement's best execution time of
 * `--repeat` (warm cache) and, with `--plans`, the plans. Needs the bench organisation seeded
 * (`--suite training`) and `nx build api`.
 *
 *   DATABASE_URL=… node -r @swc-node/register -r tsconfig-paths/register tools/bench/explain-training.ts [--plans]
 */
import { join } from 'node:path';
import { Pool } from 'pg';
import { DB_SESSION_OPTIONS } from '@pillars/api/core';
import { arg, sessionsFor } from './load';
import { captureSql, managerWithLine } from './replay';
import { MATRIX, ROLLUP } from './training-suite';

async function main() {
  const databaseUrl = process.env['DATABASE_URL'] as string;
  const pool = new Pool({ connectionString: databaseUrl, max: 1, options: DB_SESSION_OPTIONS });
  const main = join(__dirname, '../../dist/apps/api/main.js');
  const repeat = Number(arg('repeat', '5'));
  try {
    const { rows: [org] } = await pool.query(`SELECT id FROM organizations WHERE slug = $1`, [`bench-${process.env['BENCH_USERS'] ?? 10000}`]);
    const [hrCookie] = await sessionsFor(pool, org.id, 1, `'HR' = ANY(roles)`);
    const manager = await managerWithLine(pool, org.id, Number(arg('line', '500')));
    const [managerCookie] = await sessionsFor(pool, org.id, 1, `id = '${manager.id}'`);
    const apiEnv = { ...process.env, NODE_ENV: 'production', SEED_DEMO: 'false', JOBS: 'off' };
    const captured = await captureSql({ apiPort: 3990, api: null as never, databaseUrl, apiEnv, main }, [
      { name: 'matrix', cookie: managerCookie, body: { query: MATRIX, variables: { managerId: null } } },
      { name: 'rollup', cookie: hrCookie, body: { query: ROLLUP, variables: { courseId: null } } },
    ]);
    for (const [name, statements] of Object.entries(captured)) {
      for (const [i, st] of statements.entries()) {
        let best = Infinity;
        let plan = '';
        for (let r = 0; r < repeat; r++) {
          const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params);
          const lines = rows.map((x) => x['QUERY PLAN'] as string);
          const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1]);
          if (ms < best) [best, plan] = [ms, lines.join('\n')];
        }
        console.log(`${name} #${i + 1}: ${best.toFixed(1)} ms — ${st.sql.replace(/\s+/g, ' ').slice(0, 120)}`);
        if (process.argv.includes('--plans')) console.log(`${st.sql}\n${JSON.stringify(st.params).slice(0, 300)}\n${plan}\n`);
      }
    }
  } finally {
    await pool.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
