import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { SQL_CAPTURE_ENV, type CapturedStatement } from '@pillars/api/core';
import { NODE_FLAGS, run, waitFor } from './load';

/** What the suites that replay the API's own SQL share (policies-suite.ts, training-suite.ts). */
export interface ReplayContext {
  apiPort: number;
  api: ChildProcess;
  databaseUrl: string;
  apiEnv: Record<string, string | undefined>;
  main: string;
}

/** A read scenario: one GraphQL operation by one viewer. */
export interface ReadScenario {
  name: string;
  cookie: string;
  body: { query: string; variables: Record<string, unknown> };
}

export const gql = async <T>(port: number, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data?: T; errors?: unknown[] };
  if (json.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(json.errors).slice(0, 300)}`);
  return json.data as T;
};

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The active person whose whole line is closest to `size` people (issue 17's 500-person line). */
export async function managerWithLine(pool: Pool, orgId: string, size: number): Promise<{ id: string; line: number }> {
  const { rows: [manager] } = await pool.query<{ id: string; line: number }>(
    `WITH RECURSIVE line AS (SELECT id AS root, id FROM users WHERE organization_id = $1 AND status = 'ACTIVE'
       UNION ALL SELECT l.root, u.id FROM line l JOIN users u ON u.manager_id = l.id AND u.status = 'ACTIVE')
     SELECT root AS id, (count(*) - 1)::int AS line FROM line GROUP BY root HAVING count(*) > 1 ORDER BY abs(count(*) - 1 - $2), root LIMIT 1`,
    [orgId, size],
  );
  return manager;
}

/**
 * Learns the SQL of each read scenario: a short-lived API process with SQL capture on answers the
 * operation once (a second apart, so each answer looks its session up as the baseline does), and
 * the statements of that request are what the baseline replays.
 */
export async function captureSql(c: ReplayContext, scenarios: ReadScenario[]): Promise<Record<string, CapturedStatement[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'pillars-capture-'));
  const file = join(dir, 'sql.jsonl');
  writeFileSync(file, '');
  const port = c.apiPort + 2;
  const api = spawn(process.execPath, [...NODE_FLAGS, c.main], { env: { ...c.apiEnv, PORT: String(port), [SQL_CAPTURE_ENV]: file }, stdio: 'ignore' });
  try {
    await waitFor(`http://127.0.0.1:${port}/graphql`);
    const captured: Record<string, CapturedStatement[]> = {};
    for (const s of scenarios) {
      await new Promise((r) => setTimeout(r, 1500)); // past the one-second session cache
      const before = readFileSync(file, 'utf8').length;
      await gql(port, s.cookie, s.body.query, s.body.variables);
      const statements = readFileSync(file, 'utf8').slice(before).split('\n').filter(Boolean).map((l) => JSON.parse(l) as CapturedStatement);
      if (!statements.some((st) => /\bFROM "?sessions"?/.test(st.sql))) throw new Error(`${s.name}: the capture holds no session lookup`);
      if (statements.some((st) => /^(START TRANSACTION|BEGIN|COMMIT)/i.test(st.sql.trim()))) throw new Error(`${s.name}: a read that opens a transaction cannot be replayed statement by statement`);
      captured[s.name] = statements;
    }
    return captured;
  } finally {
    api.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

export type RunResult = Awaited<ReturnType<typeof run>>;

/** One table row: the API, the unnamed and the named baseline, and the two ratios (the named one in bold). */
export const resultLine = (name: string, connections: number, a: RunResult, b: RunResult, p: RunResult) =>
  `| ${name} | ${connections} | ${a.rps.toFixed(0)} | ${a.p50} | ${a.p99} | ${a.cpu} | ${b.rps.toFixed(0)} | ${b.p50} | ${b.p99} | ${p.rps.toFixed(0)} | ${p.p50} | ${p.p99} | ${(a.rps / b.rps).toFixed(2)} | **${(a.rps / p.rps).toFixed(2)}** |`;
/** The rows of a results table, and `line` to print and add one. */
export function resultTable() {
  const rows: string[] = [];
  const line = (name: string, connections: number, a: RunResult, b: RunResult, p: RunResult) => {
    const text = resultLine(name, connections, a, b, p);
    console.log(text);
    rows.push(text);
  };
  return { rows, line };
}
export const RESULT_HEADER = `| scenario | conns | API req/s | API p50 ms | API p99 ms | API CPU µs/req | unprepared req/s | unprepared p50 ms | unprepared p99 ms | prepared req/s | prepared p50 ms | prepared p99 ms | API / unprepared | API / prepared |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n`;

/**
 * Captures the reads' SQL and starts the bare baseline replaying it (`extraEnv`: what else the
 * baseline needs, e.g. BENCH_ACK). `runReads` times each read against the API and the baseline's
 * unnamed and named replay of it, at each connection count; `stop` ends the baseline.
 */
export async function replayBaseline(c: ReplayContext, reads: ReadScenario[], log: (m: string) => void, extraEnv: Record<string, string> = {}) {
  const captured = await captureSql(c, reads);
  const replayFile = join(mkdtempSync(join(tmpdir(), 'pillars-replay-')), 'replay.json');
  const replayNames = Object.fromEntries(reads.map((s, i) => [s.name, `read${i}`]));
  writeFileSync(replayFile, JSON.stringify(Object.fromEntries(Object.entries(captured).map(([name, sts]) => [replayNames[name], sts]))));
  for (const s of reads) log(`${s.name}: ${captured[s.name].length} statements`);

  const basePort = c.apiPort + 100;
  const baseline = spawn(process.execPath, [...NODE_FLAGS, ...process.execArgv, join(__dirname, 'baseline.ts')], {
    env: { ...process.env, DATABASE_URL: c.databaseUrl, PORT: String(basePort), BENCH_REPLAY: replayFile, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve) => baseline.once('message', resolve));
  const gqlUrl = `http://127.0.0.1:${c.apiPort}/graphql`;
  const runReads = async (connectionCounts: number[], line: (name: string, connections: number, a: RunResult, b: RunResult, p: RunResult) => void) => {
    for (const connections of connectionCounts) {
      for (const s of reads) {
        const request = { method: 'POST' as const, body: JSON.stringify(s.body), cookie: s.cookie };
        await run(gqlUrl, connections, c.api, request); // warm-up
        const a = await run(gqlUrl, connections, c.api, request);
        const b = await run(`http://127.0.0.1:${basePort}/replay/${replayNames[s.name]}`, connections, baseline, { method: 'POST', cookie: s.cookie });
        const p = await run(`http://127.0.0.1:${basePort}/prepared/replay/${replayNames[s.name]}`, connections, baseline, { method: 'POST', cookie: s.cookie });
        line(s.name, connections, a, b, p);
      }
    }
  };
  return { baseline, basePort, gqlUrl, captured, runReads, stop: () => baseline.kill('SIGTERM') };
}
