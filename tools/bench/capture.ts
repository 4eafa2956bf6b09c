import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SQL_CAPTURE_ENV, type CapturedStatement } from '@pillars/api/core';
import { NODE_FLAGS, waitFor } from './load';

/** What the suites that replay the API's SQL share: their context, a GraphQL call, the capture of a request's statements. */
export interface ReplaySuiteContext {
  orgId: string;
  apiPort: number;
  api: ChildProcess;
  databaseUrl: string;
  apiEnv: Record<string, string | undefined>;
  main: string;
  root: string;
}

export const gql = async <T>(port: number, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data?: T; errors?: unknown[] };
  if (json.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(json.errors).slice(0, 300)}`);
  return json.data as T;
};
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Learns the SQL of each read scenario: a short-lived API process with SQL capture on answers the
 * operation once (a second apart, so each answer looks its session up as the baseline does), and
 * the statements of that request are what the baseline replays.
 */
export async function captureSql(c: { apiPort: number; main: string; apiEnv: Record<string, string | undefined> }, scenarios: { name: string; cookie: string; body: { query: string; variables: Record<string, unknown> } }[]): Promise<Record<string, CapturedStatement[]>> {
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

