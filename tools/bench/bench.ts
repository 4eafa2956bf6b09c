/**
 * Benchmarks the running API against a bare node:http + pg baseline doing the same SQL, in the
 * same run, on a large seeded organisation (10k people, 500 teams unless BENCH_USERS says otherwise).
 *
 *   DATABASE_URL=postgres://… npx nx run api:bench [-- --duration 10 --connections 10,50 --write]
 *
 * Each scenario runs against the API, the bare baseline with unnamed statements and the bare
 * baseline with named (prepared) statements, the reference: all three at each connection count.
 *
 * `--profile <dir>` runs the API under `node --cpu-prof` and prints its top self-time frames at the
 * end (profile-summary.ts); the numbers of such a run are not for the record.
 *
 * Without DATABASE_URL it uses a throw-away embedded PGlite. Needs `nx build api` first (the
 * target depends on it). --write appends the results to docs/benchmarks.md.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { startEmbeddedPostgres } from '@pillars/api/core';
import { seedOrganization } from '@pillars/api/demo';
import { summariseProfile } from './profile-summary';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const duration = Number(arg('duration', '10'));
const connectionCounts = arg('connections', '10,50').split(',').map(Number);
const users = Number(process.env['BENCH_USERS'] ?? 10000);
const root = join(__dirname, '../..');
// As `npm start` runs the API (a larger young generation: fewer scavenges); the baseline gets the same.
const NODE_FLAGS = ['--max-semi-space-size=64'];

/** CPU time (user + system) a process has used, in ms; null where /proc is missing. */
function cpuMs(pid: number | undefined): number | null {
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
async function run(url: string, connections: number, server: ChildProcess, opts: { method?: 'GET' | 'POST'; body?: string; cookie: string }) {
  const before = cpuMs(server.pid);
  const result = await autocannon({
    url, connections, duration, method: opts.method ?? 'GET', body: opts.body,
    headers: { cookie: opts.cookie, 'content-type': 'application/json' },
  });
  const after = cpuMs(server.pid);
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const cpuUs = before === null || after === null ? null : ((after - before) * 1000) / result.requests.total;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpu: cpuUs === null ? '–' : cpuUs.toFixed(0) };
}

async function waitFor(url: string) {
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

async function main() {
  const embedded = process.env['DATABASE_URL'] ? null : await startEmbeddedPostgres({ maxConnections: 64 });
  const databaseUrl = embedded?.url ?? (process.env['DATABASE_URL'] as string);
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error('build the API first: npx nx build api');

  // Start the API (it migrates); then find or seed the large organisation.
  const apiPort = 3900 + Math.floor(Math.random() * 50);
  const profileDir = arg('profile', '');
  const api = spawn(process.execPath, [...NODE_FLAGS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), main], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(apiPort), NODE_ENV: 'production', SEED_DEMO: 'false' }, stdio: 'ignore' });
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/graphql`);
    const slug = `bench-${users}`;
    let org = (await pool.query(`SELECT id FROM organizations WHERE slug = $1`, [slug])).rows[0];
    if (!org) {
      const client = await pool.connect();
      await client.query('BEGIN');
      const seeded = await seedOrganization(client, { users, slug, name: `Bench ${users}`, seed: 99 });
      await client.query('COMMIT');
      client.release();
      org = { id: seeded.organizationId };
    }
    const [viewer] = (await pool.query(`SELECT id FROM users WHERE organization_id = $1 AND manager_id IS NOT NULL ORDER BY name LIMIT 1`, [org.id])).rows;
    const [target] = (await pool.query(`SELECT id FROM users u WHERE organization_id = $1 AND manager_id IS NOT NULL AND EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id) OFFSET 500 LIMIT 1`, [org.id])).rows;
    const token = randomBytes(32).toString('base64url');
    await pool.query(`INSERT INTO sessions (organization_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`, [org.id, viewer.id, createHash('sha256').update(token).digest('hex')]);
    const cookie = `pillars_session=${token}`;

    const basePort = apiPort + 100;
    const baseline = spawn(process.execPath, [...NODE_FLAGS, ...process.execArgv, join(__dirname, 'baseline.ts')], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(basePort) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise((resolve) => baseline.once('message', resolve));
    const gqlUrl = `http://127.0.0.1:${apiPort}/graphql`;
    const scenarios = [
      { name: 'me', api: { query: '{ me { id name email title } }' }, base: '/me' },
      { name: 'user(id) + team + manager', api: { query: `{ user(id: "${target.id}") { id name title manager { id name } teams { role team { id name } } } }` }, base: `/user?id=${target.id}` },
      { name: 'directory search "mar"', api: { query: '{ people(query: "mar", first: 20) { edges { node { id name title } } } }' }, base: '/search?q=mar' },
      // No resolver, no database: what Express + Apollo + the middleware cost by themselves, set
      // against the baseline's `me` (two queries) to show the ceiling of the `me` ratio.
      { name: 'floor: `{ __typename }` vs baseline me', api: { query: '{ __typename }' }, base: '/me' },
    ];
    const rows: string[] = [];
    const loadBefore = loadavg()[0];
    for (const connections of connectionCounts) {
      for (const s of scenarios) {
        const request = { method: 'POST' as const, body: JSON.stringify(s.api), cookie };
        await run(gqlUrl, connections, api, request); // warm-up: JIT, pools, prepared statements
        const a = await run(gqlUrl, connections, api, request);
        const b = await run(`http://127.0.0.1:${basePort}${s.base}`, connections, baseline, { cookie });
        const p = await run(`http://127.0.0.1:${basePort}/prepared${s.base}`, connections, baseline, { cookie });
        const line = `| ${s.name} | ${connections} | ${a.rps.toFixed(0)} | ${a.p50} | ${a.p99} | ${a.cpu} | ${b.rps.toFixed(0)} | ${b.p99} | ${p.rps.toFixed(0)} | ${p.p99} | ${p.cpu} | ${(a.rps / b.rps).toFixed(2)} | **${(a.rps / p.rps).toFixed(2)}** |`;
        console.log(line);
        rows.push(line);
      }
    }
    baseline.kill('SIGTERM');
    const db = embedded ? 'embedded PGlite' : 'PostgreSQL server';
    const header = `\n### ${new Date().toISOString().slice(0, 10)} — ${users} people, ${db}, ${connectionCounts.join(' and ')} connections × ${duration} s, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (1 min)\n\n| scenario | conns | API req/s | API p50 ms | API p99 ms | API CPU µs/req | unprepared req/s | unprepared p99 ms | prepared req/s | prepared p99 ms | prepared CPU µs/req | API / unprepared | API / prepared |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n`;
    console.log(header + rows.join('\n'));
    if (process.argv.includes('--write')) appendFileSync(join(root, 'docs/benchmarks.md'), header + rows.join('\n') + '\n');
  } finally {
    if (api.exitCode === null && api.signalCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await exited; // --cpu-prof writes its file on exit
    }
    if (profileDir) {
      const file = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).sort().pop();
      if (file) console.log(summariseProfile(join(profileDir, file), 40));
    }
    await pool.end();
    await embedded?.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
