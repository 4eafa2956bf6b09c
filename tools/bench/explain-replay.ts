/**
 * EXPLAIN (ANALYZE, BUFFERS) of statements the API sent, as a suite captured them for the baseline
 * (the replay file the wiki and policies suites print): each statement of `--name` (all names
 * when omitted), or only the slowest; best execution time of `--repeat`, the plan with `--plans`.
 *
 *   DATABASE_URL=… node -r @swc-node/register -r tsconfig-paths/register tools/bench/explain-replay.ts --file /tmp/pillars-replay-…/replay.json [--name wiki1] [--plans]
 */
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import type { CapturedStatement } from '@pillars/api/core';
import { arg } from './load';

async function main() {
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 1 });
  const replay = JSON.parse(readFileSync(arg('file', ''), 'utf8')) as Record<string, CapturedStatement[]>;
  const repeat = Number(arg('repeat', '3'));
  const only = arg('name', '');
  try {
    for (const [name, statements] of Object.entries(replay)) {
      if (only && name !== only) continue;
      for (const [i, st] of statements.entries()) {
        let best = Infinity;
        let plan = '';
        for (let r = 0; r < repeat; r++) {
          const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params);
          const text = rows.map((row) => row['QUERY PLAN']).join('\n');
          const ms = Number(/Execution Time: ([\d.]+)/.exec(text)?.[1] ?? NaN);
          if (ms < best) [best, plan] = [ms, text];
        }
        console.log(`${name} #${i}: ${best.toFixed(2)} ms — ${st.sql.replace(/\s+/g, ' ').slice(0, 100)}`);
        if (process.argv.includes('--plans')) console.log(plan);
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
