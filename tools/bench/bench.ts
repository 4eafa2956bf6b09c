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
 *
 * `--suite feed` runs the feed scenarios instead (PostgreSQL and Redis): it seeds BENCH_POSTS
 * posts (default 1,000,000) with comments and reactions into the organisation once (feed-seed.ts),
 * then home feed page 1 and a page `--deep-pages` (5000) pages deep by cursor, createPost against
 * a bare insert of the same rows, and the fan-out of a company invalidation to `--fanout-clients`
 * (1000) sockets split across two API processes on one Redis (`--fanout-source post|announcement`).
 *
 * `--suite policies` (PostgreSQL) seeds `--policies` (10) policies × `--majors` (5) versions, each
 * acknowledged by most of the 10k people (about 480k rows in the evidence chain), then times the
 * compliance dashboard's roll-ups (`--read-connections 1,10`) against the baseline replaying the
 * SQL the API sent for them (captured once, PILLARS_SQL_CAPTURE), acknowledgePolicy against a bare
 * chain append (`--write-connections 10,50`, `--ack-requests` per run) and verify (policies-suite.ts).
 *
 * `--suite wiki` (PostgreSQL) seeds, in set-based SQL, `--pages` (100,000) wiki pages with
 * `--revisions-per-page` (10) revisions in `--spaces` (100) spaces, in en/it/ar/he (wiki-seed.ts,
 * timed), then the page view against the baseline replaying its captured SQL (`--read-connections
 * 1,10`), searches of known sizes and "already done?" one at a time (`--samples` 200: p50/p95/p99),
 * the candidate cap against the uncapped statement, and saves by `--editors` (10) editors, each
 * save searched for right after it returns (wiki-suite.ts). `--seed-only` stops after the seed.
 * `--suite training` (PostgreSQL) seeds `--courses` (20) required courses with enrolments for the
 * 10k people (training-seed.ts), then times the manager matrix of the line closest to `--line`
 * (500) people and HR's organisation roll-up (`--read-connections 1,10`) against the baseline
 * replaying the SQL the API sent for them (training-suite.ts).
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createClient } from 'redis';
import { inPoolTransaction, startEmbeddedPostgres } from '@pillars/api/core';
import { seedOrganization } from '@pillars/api/demo';
import { summariseProfile } from './profile-summary';
import { seedLargeFeed } from './feed-seed';
import { runFanout, type FanoutSource } from './fanout';
import { FEED_SQL } from './scenario-sql';
import { runPoliciesSuite } from './policies-suite';
import { runWikiSuite } from './wiki-suite';
import { runTrainingSuite } from './training-suite';
import { arg, connectionCounts, duration, NODE_FLAGS, run, sessionsFor, waitFor } from './load';

const users = Number(process.env['BENCH_USERS'] ?? 10000);
const teams = process.env['BENCH_TEAMS'] ? Number(process.env['BENCH_TEAMS']) : undefined;
const posts = Number(process.env['BENCH_POSTS'] ?? 1_000_000);
const suite = arg('suite', 'directory');
const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const root = join(__dirname, '../..');

async function main() {
  const embedded = process.env['DATABASE_URL'] ? null : await startEmbeddedPostgres({ maxConnections: 64 });
  const databaseUrl = embedded?.url ?? (process.env['DATABASE_URL'] as string);
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const main = join(root, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error('build the API first: npx nx build api');

  // Start the API (it migrates); then find or seed the large organisation.
  const apiPort = 3900 + Math.floor(Math.random() * 50);
  const profileDir = arg('profile', '');
  if ((suite === 'feed' || suite === 'policies' || suite === 'wiki' || suite === 'training') && embedded) throw new Error(`--suite ${suite} needs DATABASE_URL (PostgreSQL server)`);
  const apiEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', SEED_DEMO: 'false', ...(suite === 'feed' ? { REDIS_URL: redisUrl } : {}) };
  const api = spawn(process.execPath, [...NODE_FLAGS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), main], { env: { ...apiEnv, PORT: String(apiPort) }, stdio: 'ignore' });
  let apiB: ChildProcess | null = null;
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/graphql`);
    const slug = teams === undefined ? `bench-${users}` : `bench-${users}-${teams}`;
    let org = (await pool.query(`SELECT id FROM organizations WHERE slug = $1`, [slug])).rows[0];
    if (!org) {
      const seeded = await inPoolTransaction(pool, (client) => seedOrganization(client, { users, teams, slug, name: `Bench ${users}`, seed: 99 }));
      org = { id: seeded.organizationId };
    }
    const [viewer] = (await pool.query(`SELECT id FROM users WHERE organization_id = $1 AND manager_id IS NOT NULL ORDER BY name LIMIT 1`, [org.id])).rows;
    const [target] = (await pool.query(`SELECT id FROM users u WHERE organization_id = $1 AND manager_id IS NOT NULL AND EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id) OFFSET 500 LIMIT 1`, [org.id])).rows;
    const token = randomBytes(32).toString('base64url');
    await pool.query(`INSERT INTO sessions (organization_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`, [org.id, viewer.id, createHash('sha256').update(token).digest('hex')]);
    const cookie = `pillars_session=${token}`;
    if (suite === 'feed') {
      await seedLargeFeed(pool, org.id, { posts, commentsPerPost: 0.5, reactionsPerPost: 3, log: (m) => console.log(m) });
      // `--seed-only`: migrate and seed (minutes at 1M posts), then stop (EXPLAIN the feed on it).
      if (process.argv.includes('--seed-only')) return;
      await runFeedSuite(pool, { orgId: org.id, viewerId: viewer.id, cookie, apiPort, api, databaseUrl, apiEnv, main, setApiB: (p) => (apiB = p) });
      return;
    }
    if (suite === 'policies') {
      await runPoliciesSuite(pool, { orgId: org.id, users, apiPort, api, databaseUrl, apiEnv, main, root });
      return;
    }
    if (suite === 'wiki') {
      await runWikiSuite(pool, { orgId: org.id, apiPort, api, databaseUrl, apiEnv, main, root });
      return;
    }
    if (suite === 'training') {
      await runTrainingSuite(pool, { orgId: org.id, users, apiPort, api, databaseUrl, apiEnv, main, root });
      return;
    }

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
    const b = apiB as ChildProcess | null;
    if (b && b.exitCode === null) b.kill('SIGTERM');
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
/** Waits (at most a minute) until an announcement's fan-out has delivered and notified everyone. */
async function announcementSettled(pool: Pool, postId: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { rows: [r] } = await pool.query<{ done: boolean }>(
      `SELECT a.delivered_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM announcement_receipts r WHERE r.post_id = a.post_id AND r.notified_at IS NULL) AS done
         FROM announcements a WHERE a.post_id = $1`,
      [postId],
    );
    if (r?.done) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface FeedSuiteContext {
  orgId: string;
  viewerId: string;
  cookie: string;
  apiPort: number;
  api: ChildProcess;
  databaseUrl: string;
  apiEnv: Record<string, string | undefined>;
  main: string;
  setApiB: (p: ChildProcess) => void;
}

const HOME_QUERY = `query($after: String) { homeFeed(first: 20, after: $after) { edges { cursor node { id bodyHtml createdAt author { id name title } reactionCounts { kind count } myReaction commentCount } } pageInfo { hasNextPage endCursor } } }`;

/**
 * The feed scenarios (issue 13, criterion 5): each against the baseline running the same SQL
 * (scenario-sql.ts FEED_SQL) in the same run, then the two-process fan-out.
 */
async function runFeedSuite(pool: Pool, c: FeedSuiteContext) {
  const deepPages = Number(arg('deep-pages', '5000'));
  const fanoutClients = Number(arg('fanout-clients', '1000'));
  const fanoutRounds = Number(arg('fanout-rounds', '10'));
  const fanoutSource = arg('fanout-source', 'post') as FanoutSource;
  const { rows: [viewer] } = await pool.query<{ led: string[] }>(`SELECT coalesce(array_agg(team_id) FILTER (WHERE role = 'LEAD'), '{}') AS led FROM team_memberships WHERE user_id = $1`, [c.viewerId]);
  const head = [c.viewerId, c.orgId, c.viewerId, viewer.led];
  // What earlier runs wrote (createPost, fan-out rounds) goes, so every run reads the seeded feed.
  const cleanUp = () => pool.query(`DELETE FROM posts WHERE organization_id = $1 AND (body LIKE 'Benchmark post:%' OR body LIKE 'Fan-out round %')`, [c.orgId]);
  await cleanUp();
  const { rows: [{ n: homeSize }] } = await pool.query<{ n: number }>(FEED_SQL.homeCount, head);
  // The cursor `deepPages` pages of 20 deep (bench setup only: OFFSET, once); clamped to the feed's length.
  const depth = Math.max(0, Math.min(deepPages * 20, homeSize - 21));
  const { rows: [at] } = await pool.query<{ pin: number; sortAt: string; id: string }>(FEED_SQL.homeCursorAt, [...head, Math.max(0, depth - 1)]);
  const deepCursor = Buffer.from(JSON.stringify([at.pin, at.sortAt, at.id])).toString('base64url');
  console.log(`home feed of the viewer: ${homeSize} posts; deep page after row ${depth} (page ${Math.floor(depth / 20) + 1} of 20)`);
  const writers = await sessionsFor(pool, c.orgId, 5000);

  const basePort = c.apiPort + 100;
  const baseline = spawn(process.execPath, [...NODE_FLAGS, ...process.execArgv, join(__dirname, 'baseline.ts')], {
    env: { ...process.env, DATABASE_URL: c.databaseUrl, PORT: String(basePort) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve) => baseline.once('message', resolve));
  const gqlUrl = `http://127.0.0.1:${c.apiPort}/graphql`;
  const scenarios = [
    { name: 'homeFeed first=20 (page 1)', api: { query: HOME_QUERY }, base: '/home?first=20' },
    { name: `homeFeed first=20, ${Math.floor(depth / 20) + 1} pages deep by cursor`, api: { query: HOME_QUERY, variables: { after: deepCursor } }, base: `/home?first=20&after=${deepCursor}` },
    { name: 'createPost vs bare insert (post + outbox event)', api: { query: 'mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }', variables: { input: { body: 'Benchmark post: **hello** #bench', language: 'en' } } }, base: '/create', write: true },
  ];
  const rows: string[] = [];
  const p50s: Record<string, { api: number; base: number }> = {};
  const loadBefore = loadavg()[0];
  // `--fanout-only`: the fan-out scenario alone (its tuning runs), no HTTP scenarios.
  const fanoutOnly = process.argv.includes('--fanout-only');
  for (const connections of fanoutOnly ? [] : connectionCounts) {
    for (const s of scenarios) {
      const cookies = s.write ? writers : undefined;
      const request = { method: 'POST' as const, body: JSON.stringify(s.api), cookie: c.cookie, cookies };
      await run(gqlUrl, connections, c.api, request); // warm-up
      const a = await run(gqlUrl, connections, c.api, request);
      const b = await run(`http://127.0.0.1:${basePort}${s.base}`, connections, baseline, { method: 'POST', cookie: c.cookie, cookies });
      const p = await run(`http://127.0.0.1:${basePort}/prepared${s.base}`, connections, baseline, { method: 'POST', cookie: c.cookie, cookies });
      p50s[`${s.name}@${connections}`] = { api: a.p50, base: p.p50 };
      const line = `| ${s.name} | ${connections} | ${a.rps.toFixed(0)} | ${a.p50} | ${a.p99} | ${a.cpu} | ${b.rps.toFixed(0)} | ${b.p99} | ${p.rps.toFixed(0)} | ${p.p99} | ${p.cpu} | ${(a.rps / b.rps).toFixed(2)} | **${(a.rps / p.rps).toFixed(2)}** |`;
      console.log(line);
      rows.push(line);
    }
  }
  baseline.kill('SIGTERM');
  const deepLines = (fanoutOnly ? [] : connectionCounts).map((n) => {
    const one = p50s[`${scenarios[0].name}@${n}`];
    const deep = p50s[`${scenarios[1].name}@${n}`];
    return `| deep page / page 1, p50 latency | ${n} | API ${(deep.api / one.api).toFixed(2)}× (${deep.api} / ${one.api} ms) | prepared baseline ${(deep.base / one.base).toFixed(2)}× (${deep.base} / ${one.base} ms) |`;
  });

  // Fan-out: a second API process on the same database and Redis. Announcements come from HR
  // people or admins, one per round (publishing is rate-limited per author).
  const authorCookies = fanoutSource === 'announcement' ? await sessionsFor(pool, c.orgId, fanoutRounds, `('HR' = ANY(roles) OR 'ADMIN' = ANY(roles))`) : [];
  if (fanoutSource === 'announcement') {
    // Publishing is rate-limited per author (10 per 10 min, in Redis): earlier runs' rounds would count.
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    for (const key of await redis.keys('pillars:rl:feeds:announce:*')) await redis.del(key);
    await redis.quit();
  }
  const portB = c.apiPort + 1;
  const apiB = spawn(process.execPath, [...NODE_FLAGS, c.main], { env: { ...c.apiEnv, PORT: String(portB) }, stdio: 'ignore' });
  c.setApiB(apiB);
  await waitFor(`http://127.0.0.1:${portB}/graphql`);
  const fan = await runFanout({
    urls: [`http://127.0.0.1:${c.apiPort}`, `http://127.0.0.1:${portB}`], cookies: writers, organizationId: c.orgId,
    clients: fanoutClients, rounds: fanoutRounds, source: fanoutSource, authorCookies, log: (m) => console.log(m),
    // One company-wide announcement at a time: the next round starts when this one's receipts and
    // notifications are all written (10 back-to-back fan-outs of 10k people would time the backlog).
    settle: fanoutSource === 'announcement' ? (id) => announcementSettled(pool, id) : undefined,
  });
  apiB.kill('SIGTERM');
  const fanLine = `| fan-out (${fanoutSource}) | ${fan.sockets} sockets on 2 processes × ${fan.rounds} rounds | received ${fan.received}, missed ${fan.missed} | p50 ${fan.p50.toFixed(0)} ms | p95 ${fan.p95.toFixed(0)} ms | max ${fan.max.toFixed(0)} ms |`;
  await cleanUp();
  const { rows: [{ n: postCount }] } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM posts WHERE organization_id = $1`, [c.orgId]);
  const header = `\n### ${new Date().toISOString().slice(0, 10)} — feed: ${users} people, ${teams ?? 'default'} teams, ${postCount} posts, PostgreSQL server, ${connectionCounts.join(' and ')} connections × ${duration} s, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (1 min)\n\n| scenario | conns | API req/s | API p50 ms | API p99 ms | API CPU µs/req | unprepared req/s | unprepared p99 ms | prepared req/s | prepared p99 ms | prepared CPU µs/req | API / unprepared | API / prepared |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n`;
  const text = `${header}${rows.join('\n')}\n\n| depth | conns | API | baseline |\n|---|---|---|---|\n${deepLines.join('\n')}\n\n| fan-out | clients | delivery | p50 | p95 | max |\n|---|---|---|---|---|---|\n${fanLine}\n`;
  console.log(text);
  if (process.argv.includes('--write')) appendFileSync(join(root, 'docs/benchmarks.md'), text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
