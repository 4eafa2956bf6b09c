import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';

/** What every suite shares: the command line, the load runner, sessions. */
export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
export const duration = Number(arg('duration', '10'));
export const connectionCounts = arg('connections', '10,50').split(',').map(Number);
// As `npm start` runs the API (a larger young generation: fewer scavenges); the baseline gets the same.
export const NODE_FLAGS = ['--max-semi-space-size=64'];

/** CPU time (user + system) a process has used, in ms; null where /proc is missing. */
export function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ ticks
  } catch {
    return null;
  }
}

/**
 * Load on `url`, and the server's CPU time per answered request: unlike req/s, that barely moves
 * when other work shares the machine (it is the number to trust on a busy box).
 */
export async function run(url: string, connections: number, server: ChildProcess, opts: { method?: 'GET' | 'POST'; body?: string; cookie: string; cookies?: string[]; amount?: number }) {
  const before = cpuMs(server.pid);
  let next = 0;
  let failed = 0;
  let firstFailure = '';
  const result = await autocannon({
    url, connections, ...(opts.amount ? { amount: opts.amount } : { duration }), method: opts.method ?? 'GET', body: opts.body,
    headers: { cookie: opts.cookie, 'content-type': 'application/json' },
    requests: [{
      // Writes rotate over many people's sessions (createPost is rate-limited per person).
      setupRequest: (req: { headers?: Record<string, string> }) => (opts.cookies ? { ...req, headers: { ...req.headers, cookie: opts.cookies[next++ % opts.cookies.length] } } : req),
      // A GraphQL error is an HTTP 200: count it as a failure, not as throughput.
      onResponse: (_status: number, body: string) => {
        if (body.startsWith('{"errors"') || body.includes('"errors":[')) {
          failed++;
          firstFailure ||= body.slice(0, 300);
        }
      },
    } as never],
  });
  const after = cpuMs(server.pid);
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  if (failed) throw new Error(`${url}: ${failed} answers with GraphQL errors, e.g. ${firstFailure}`);
  const cpuUs = before === null || after === null ? null : ((after - before) * 1000) / result.requests.total;
  // A fixed-count run is short: its rate is the total over its duration, not an average of few one-second samples.
  const rps = opts.amount ? result.requests.total / result.duration : result.requests.average;
  return { rps, p50: result.latency.p50, p99: result.latency.p99, cpu: cpuUs === null ? '–' : cpuUs.toFixed(0) };
}

export async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`${url} did not come up`);
}


/** Sessions for `n` people of the organisation (writes and sockets rotate over them). */
export async function sessionsFor(pool: Pool, orgId: string, n: number, where = 'true'): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND status = 'ACTIVE' AND ${where} ORDER BY id LIMIT $2`, [orgId, n]);
  const tokens = rows.map(() => randomBytes(32).toString('base64url'));
  await pool.query(
    `INSERT INTO sessions (organization_id, user_id, token_hash, expires_at) SELECT $1, u, h, now() + interval '1 day' FROM unnest($2::uuid[], $3::text[]) AS x(u, h)`,
    [orgId, rows.map((r) => r.id), tokens.map((t) => createHash('sha256').update(t).digest('hex'))],
  );
  return tokens.map((t) => `pillars_session=${t}`);
}
