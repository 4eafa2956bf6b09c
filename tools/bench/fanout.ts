import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

/**
 * What triggers the company-wide invalidation whose fan-out is timed. `post`: a plain company
 * post (createPost), whose `{type: 'Post', id}` goes to the `org:<id>` room. `announcement`: a
 * company-wide must-read announcement (publishAnnouncement), whose `{type: 'Post', id}` goes to
 * each recipient's `user:<id>` room as its fan-out jobs deliver the receipts.
 */
export type FanoutSource = 'post' | 'announcement';

export interface FanoutOptions {
  /** The two API processes (same database, same Redis); clients alternate between them. */
  urls: [string, string];
  /** Session cookies for the clients (reused round-robin) and for the author (the first). */
  cookies: string[];
  organizationId: string;
  clients: number;
  rounds: number;
  source: FanoutSource;
  /** For `announcement`: sessions of HR people or admins, who publish in turn. */
  authorCookies?: string[];
  /** Resolves once a round's change has finished its background work (an announcement's fan-out), so rounds do not pile up. */
  settle?: (id: string) => Promise<void>;
  log?: (m: string) => void;
}

interface Trigger {
  /** Sends the change through process A; resolves with the id the invalidation will carry. */
  (url: string, cookie: string, round: number): Promise<string>;
}

const postTrigger: Trigger = async (url, cookie, round) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: 'mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }', variables: { input: { body: `Fan-out round ${round} #bench`, language: 'en' } } }),
  });
  const json = (await res.json()) as { data?: { createPost: { post: { id: string } } }; errors?: unknown[] };
  if (!json.data) throw new Error(`createPost failed: ${JSON.stringify(json.errors)}`);
  return json.data.createPost.post.id;
};

/**
 * A must-read announcement to the whole company (an `ALL` audience) through publishAnnouncement,
 * by an HR person or admin (`authorCookies`, one per round: publishing is rate-limited per
 * author). Its `{type: 'Post', id}` leaves for the organisation's room as the publishing
 * transaction commits (receipts and notifications follow after it).
 */
const announcementTrigger = (authorCookies: string[]): Trigger => async (url, _cookie, round) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: authorCookies[(((round - 1) % authorCookies.length) + authorCookies.length) % authorCookies.length] },
    body: JSON.stringify({
      query: 'mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { post { id } } }',
      variables: { input: { body: `Fan-out round ${round} #bench`, language: 'en', mustRead: true, audience: { rules: { include: [{ kind: 'ALL' }] } } } },
    }),
  });
  const json = (await res.json()) as { data?: { publishAnnouncement: { post: { id: string } } }; errors?: unknown[] };
  if (!json.data) throw new Error(`publishAnnouncement failed: ${JSON.stringify(json.errors)}`);
  return json.data.publishAnnouncement.post.id;
};

const connect = (url: string, cookie: string): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, timeout: 20000 });
    socket.once('ready', () => resolve(socket));
    socket.once('connect_error', reject);
  });

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/**
 * `clients` sockets split across two API processes, all in the organisation's room; each round
 * one change goes in through process A, and every socket's delay from the request being sent to
 * its invalidation arriving is recorded (so it includes the commit, the outbox dispatch, the Redis
 * adapter hop to process B and the socket write).
 */
export async function runFanout(o: FanoutOptions) {
  const log = o.log ?? (() => undefined);
  if (o.source === 'announcement' && !o.authorCookies?.length) throw new Error('--fanout-source announcement needs HR or admin sessions');
  const trigger = o.source === 'announcement' ? announcementTrigger(o.authorCookies ?? []) : postTrigger;
  const sockets: Socket[] = [];
  try {
    for (let i = 0; i < o.clients; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, o.clients - i) }, (_, k) => connect(o.urls[(i + k) % 2], o.cookies[(i + k) % o.cookies.length])),
      );
      sockets.push(...batch);
    }
    const acks = await Promise.all(sockets.map((s) => s.emitWithAck('subscribe', { room: `org:${o.organizationId}` }) as Promise<{ ok: boolean }>));
    if (acks.some((a) => !a.ok)) throw new Error('a socket could not join the organisation room');
    log(`fan-out: ${sockets.length} sockets connected (${o.clients / 2} per process)`);
    // Every socket notes when each id first reached it: the invalidation may arrive before the
    // mutation's HTTP answer does (it is emitted after commit).
    const seen = sockets.map(() => new Map<string, number>());
    sockets.forEach((s, i) => s.on('invalidate', (e: { id: string }) => {
      if (!seen[i].has(e.id)) seen[i].set(e.id, performance.now());
    }));
    const latencies: number[] = [];
    let missed = 0;
    // Round 0 is a warm-up, not recorded, as every HTTP scenario has one: JIT, pools, prepared
    // statements, and the organisation's shared "everyone" audience made on its first use.
    for (let round = 0; round <= o.rounds; round++) {
      const t0 = performance.now();
      const target = await trigger(o.urls[0], o.cookies[0], round);
      const answered = performance.now();
      const deadline = performance.now() + 10000;
      while (seen.some((m) => !m.has(target)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      const round_: number[] = [];
      for (const m of seen) {
        const t = m.get(target);
        if (t !== undefined) round_.push(t - t0);
      }
      if (round === 0) {
        log(`fan-out warm-up: ${round_.length} sockets heard it, the last after ${round_.length ? Math.max(...round_).toFixed(0) : '–'} ms`);
        await o.settle?.(target);
        continue;
      }
      missed += seen.length - round_.length;
      latencies.push(...round_);
      round_.sort((a, b) => a - b);
      // Per round: the request's own answer against the first, median and last socket, to tell server time from the clients' event loop.
      log(`fan-out round ${round}: answered ${(answered - t0).toFixed(0)} ms; first ${round_[0]?.toFixed(0)} ms, p50 ${percentile(round_, 50).toFixed(0)} ms, last ${round_.at(-1)?.toFixed(0)} ms`);
      await o.settle?.(target);
      await new Promise((r) => setTimeout(r, 300));
    }
    latencies.sort((a, b) => a - b);
    return { sockets: sockets.length, rounds: o.rounds, received: latencies.length, missed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1) ?? NaN };
  } finally {
    for (const s of sockets) s.disconnect();
  }
}
