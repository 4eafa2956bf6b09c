/**
 * EXPLAIN (ANALYZE, BUFFERS) of the home feed on the bench organisation, for the bench's viewer:
 * the API's statement (feed-queries.service homeFeedStatement, as the baseline sends it) against
 * the earlier single statement (scenario-sql FEED_SQL.homeReference), on page 1 and on a page
 * `--deep-pages` × 20 rows deep by cursor. Prints each plan's execution time (best of `--repeat`,
 * warm cache) and, with `--plans`, the plans.
 *
 *   DATABASE_URL=… BENCH_USERS=10000 BENCH_TEAMS=500 node -r @swc-node/register -r tsconfig-paths/register tools/bench/explain-feed.ts
 */
import { Pool } from 'pg';
import { FEED_SQL, homeFeedSql } from './scenario-sql';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

async function main() {
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 1 });
  const users = Number(process.env['BENCH_USERS'] ?? 10000);
  const teams = process.env['BENCH_TEAMS'];
  const slug = teams === undefined ? `bench-${users}` : `bench-${users}-${teams}`;
  const deep = Number(arg('deep-pages', '5000')) * 20;
  const repeat = Number(arg('repeat', '5'));
  const { rows: [org] } = await pool.query(`SELECT id FROM organizations WHERE slug = $1`, [slug]);
  const { rows: [v] } = await pool.query(
    `SELECT u.id, u.roles, coalesce((SELECT array_agg(m.team_id) FROM team_memberships m WHERE m.user_id = u.id AND m.role = 'LEAD'), '{}') AS led,
            (SELECT count(*) FROM team_memberships m WHERE m.user_id = u.id)::int AS member_of,
            (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM feed_follows f WHERE f.user_id = u.id GROUP BY kind) f) AS follows
       FROM users u WHERE u.organization_id = $1 AND u.manager_id IS NOT NULL ORDER BY u.name LIMIT 1`,
    [org.id],
  );
  const head = [v.id, org.id, v.id, v.led];
  const { rows: [{ n }] } = await pool.query(FEED_SQL.homeCount, head);
  const depth = Math.min(deep, n - 21);
  const { rows: [at] } = await pool.query(FEED_SQL.homeCursorAt, [...head, depth - 1]);
  const cursor: [number, string, string] = [at.pin, at.sortAt, at.id];
  console.log(`viewer: member of ${v.member_of} team(s), follows ${JSON.stringify(v.follows)}; home feed ${n} posts; deep cursor after row ${depth}`);
  const session = { user_id: v.id, organization_id: org.id, roles: v.roles, session_id: 'explain', led_team_ids: v.led };
  const cases: [string, string, unknown[]][] = [
    ['before: single statement, page 1', FEED_SQL.homeReference, [...head, 21]],
    [`before: single statement, ${depth} rows deep`, FEED_SQL.homeReferenceAfter, [...head, ...cursor, 21]],
    ['after: per-source index scans, page 1', ...(Object.values(homeFeedSql(session, 20, null)) as [string, unknown[]])],
    [`after: per-source index scans, ${depth} rows deep`, ...(Object.values(homeFeedSql(session, 20, cursor)) as [string, unknown[]])],
  ];
  // The two statements must answer the same page (the reference is the rule, the other its fast form).
  for (const [i, j] of [[0, 2], [1, 3]]) {
    const [a, b] = [await pool.query(cases[i][1], cases[i][2]), await pool.query(cases[j][1], cases[j][2])];
    const same = JSON.stringify(a.rows.map((r) => [r.pin, r.id])) === JSON.stringify(b.rows.map((r) => [r.pin, r.id]));
    console.log(`${cases[j][0]}: ${same ? 'same rows as' : 'DIFFERENT ROWS FROM'} the single statement (${b.rowCount} rows)`);
    if (!same) process.exitCode = 1;
  }
  for (const [name, text, values] of cases) {
    let best = Infinity;
    let plan = '';
    for (let i = 0; i < repeat; i++) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      const lines = rows.map((r) => r['QUERY PLAN'] as string);
      const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1]);
      if (ms < best) [best, plan] = [ms, lines.join('\n')];
    }
    const planning = /Planning Time: ([\d.]+)/.exec(plan)?.[1];
    const buffers = /Buffers: ([^\n]+)/.exec(plan)?.[1];
    console.log(`${name}: execution ${best.toFixed(1)} ms (planning ${planning} ms), top node buffers: ${buffers}`);
    if (process.argv.includes('--plans')) console.log(plan);
  }
  await pool.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
