import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { Pool, QueryResult } from 'pg';
import { evidenceHash, PoliciesEvents, type EvidenceFields } from '@pillars/api/policies';
import { DB_SESSION_OPTIONS, type CapturedStatement } from '@pillars/api/core';
import { FEED_SQL, homeFeedSql, POLICY_SQL, SCENARIO_SQL } from './scenario-sql';

const ALL_SQL = { ...SCENARIO_SQL, ...FEED_SQL, ...POLICY_SQL };
type Sql = keyof typeof ALL_SQL;

/** What the bench's createPost sends: a plain company post (no mentions), rendered once. */
export const BENCH_POST = { body: 'Benchmark post: **hello** #bench', html: '<p>Benchmark post: <strong>hello</strong> <a href="/topics/bench" class="topic">#bench</a></p>', topics: ['bench'] };

const encodeCursor = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const decodeCursor = (c: string) => JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as [number, string, string];

/** The SQL an API operation sent, captured by the policies suite (BENCH_REPLAY: a JSON file of name → statements). */
const REPLAY: Record<string, CapturedStatement[]> = process.env['BENCH_REPLAY'] ? JSON.parse(readFileSync(process.env['BENCH_REPLAY'], 'utf8')) : {};
/** The acknowledge scenario's version (BENCH_ACK: JSON { versionId, policyId, textHash }). */
const ACK: { versionId: string; policyId: string; textHash: string } | null = process.env['BENCH_ACK'] ? JSON.parse(process.env['BENCH_ACK']) : null;

const cookieToken = (req: IncomingMessage) => /pillars_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';

/**
 * The floor to compare against: node:http + pg running the same SQL the API runs for each
 * scenario (session lookup, then the scenario's queries), with no framework, GraphQL or auth layer.
 * Under `/prepared/…` the same statements are named, so PostgreSQL parses and plans them once per
 * connection: the reference for what this stack could do; the plain paths send unnamed statements.
 */
export function startBaseline(pool: Pool, port: number): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      const prepared = req.url?.startsWith('/prepared/') ?? false;
      const q = (sql: Sql, values: unknown[]): Promise<QueryResult> =>
        prepared ? pool.query({ name: `bench-${sql}`, text: ALL_SQL[sql], values }) : pool.query(ALL_SQL[sql], values);
      const replay = /^\/replay\/([\w-]+)$/.exec((req.url ?? '/').replace(/^\/prepared\//, '/'))?.[1];
      if (replay) {
        // The operation's own statements in the order the API sent them (its session lookup first), one after the other.
        let rows: unknown[] = [];
        for (const [i, st] of REPLAY[replay].entries()) {
          rows = (prepared ? await pool.query({ name: `replay-${replay}-${i}`, text: st.sql, values: st.params }) : await pool.query(st.sql, st.params)).rows;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows }));
        return;
      }
      const hash = createHash('sha256').update(cookieToken(req)).digest('hex');
      const session = (await q('session', [hash, 3600])).rows[0];
      if (!session) {
        res.writeHead(401).end();
        return;
      }
      const url = new URL((req.url ?? '/').replace(/^\/prepared\//, '/'), 'http://x');
      let body: unknown;
      if (url.pathname === '/me') {
        body = (await q('user', [session.organization_id, [session.user_id]])).rows[0];
      } else if (url.pathname === '/user') {
        const id = url.searchParams.get('id');
        const user = (await q('user', [session.organization_id, [id]])).rows[0];
        const [manager, teams] = await Promise.all([
          q('user', [session.organization_id, [user.managerId]]),
          q('memberships', [session.organization_id, [id]]),
        ]);
        body = { ...user, manager: manager.rows[0], teams: teams.rows };
      } else if (url.pathname === '/search') {
        body = (await q('search', [session.organization_id, url.searchParams.get('q'), 21])).rows;
      } else if (url.pathname === '/home') {
        // homeFeed(first, after): the page, then its field resolvers' batches (author, reactionCounts, myReaction, commentCount).
        const first = Number(url.searchParams.get('first') ?? 20);
        const after = url.searchParams.get('after');
        // The API's own statement for this actor and cursor (scenario-sql homeFeedSql); named by its text when prepared.
        const st = homeFeedSql(session, first, after ? decodeCursor(after) : null);
        const rows = (prepared ? await pool.query({ name: `bench-home-${createHash('sha1').update(st.text).digest('hex').slice(0, 16)}`, text: st.text, values: st.values }) : await pool.query(st.text, st.values)).rows;
        const page = rows.slice(0, first);
        const ids = page.map((r) => r.id);
        const [authors, counts, mine, comments] = await Promise.all([
          q('user', [session.organization_id, [...new Set(page.map((r) => r.authorId))]]),
          q('reactionCounts', [session.organization_id, ids]),
          q('myReaction', [session.organization_id, session.user_id, ids]),
          q('commentCount', [session.organization_id, ids]),
        ]);
        const by = <T extends { postId?: string; id?: string }>(list: T[], key: 'postId' | 'id') => new Map(list.map((r) => [r[key] as string, r]));
        const a = by(authors.rows, 'id');
        const c = by(counts.rows, 'postId');
        const m = by(mine.rows, 'postId');
        const n = by(comments.rows, 'postId');
        body = {
          edges: page.map((r) => ({
            cursor: encodeCursor([r.pin, r.sortAt, r.id]),
            node: { id: r.id, bodyHtml: r.bodyHtml, createdAt: r.createdAt, author: a.get(r.authorId) ?? null, reactionCounts: c.get(r.id)?.counts ?? [], myReaction: m.get(r.id)?.kind ?? null, commentCount: n.get(r.id)?.n ?? 0 },
          })),
          pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor([page.at(-1).pin, page.at(-1).sortAt, page.at(-1).id]) : null },
        };
      } else if (url.pathname === '/create') {
        // The rows createPost writes (a company post without mentions: no team or mention lookups), one transaction.
        const client = await pool.connect();
        try {
          const cq = (sql: Sql, values: unknown[]) => (prepared ? client.query({ name: `bench-${sql}`, text: ALL_SQL[sql], values }) : client.query(ALL_SQL[sql], values));
          await client.query('BEGIN');
          const [row] = (await cq('insertPost', [session.organization_id, session.user_id, null, BENCH_POST.body, BENCH_POST.html, 'en', BENCH_POST.topics, [], [], 'PUBLISHED'])).rows;
          const payload = { postId: row.id, authorId: session.user_id, teamId: null, version: 1, mentionedUserIds: [], mentionedTeamIds: [] };
          await cq('insertEvent', [session.organization_id, 'feeds.post.created', JSON.stringify(payload), session.user_id]);
          await client.query('COMMIT');
          body = { id: row.id };
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        } finally {
          client.release();
        }
      }
      if (url.pathname === '/ack' && ACK) body = await appendAcknowledgement(pool, prepared, session, ACK, req.headers['user-agent'] ?? null);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: body }));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/**
 * What acknowledgePolicy writes once its checks pass, by hand: the chain head locked, the row
 * hashed onto it, inserted and the head moved (one statement), the outbox event, in one transaction.
 */
async function appendAcknowledgement(pool: Pool, prepared: boolean, session: { organization_id: string; user_id: string }, ack: { versionId: string; policyId: string; textHash: string }, userAgent: string | null) {
  const client = await pool.connect();
  const cq = (sql: Sql, values: unknown[]) => (prepared ? client.query({ name: `bench-${sql}`, text: ALL_SQL[sql], values }) : client.query(ALL_SQL[sql], values));
  try {
    await client.query('BEGIN');
    const [head] = (await cq('headLock', [session.organization_id])).rows as { position: string; hash: string }[];
    const row: EvidenceFields = {
      id: randomUUID(), organizationId: session.organization_id, position: Number(head.position) + 1, policyId: ack.policyId, versionId: ack.versionId, userId: session.user_id,
      versionLabel: '1.0', language: 'en', textHash: ack.textHash, method: 'CHECKBOX', typedName: null, quizScore: null, acknowledgedAt: new Date(), ip: '127.0.0.1', userAgent,
    };
    const hash = evidenceHash(head.hash, row);
    await cq('append', [row.id, row.organizationId, row.position, row.policyId, row.versionId, row.userId, row.versionLabel, row.language, row.textHash, row.method,
      row.typedName, row.quizScore, row.acknowledgedAt, row.ip, row.userAgent, head.hash, hash]);
    const payload = { policyId: row.policyId, versionId: row.versionId, userId: row.userId, acknowledgementId: row.id, position: row.position };
    await cq('insertEvent', [session.organization_id, PoliciesEvents.acknowledged, JSON.stringify(payload), session.user_id]);
    await client.query('COMMIT');
    return { id: row.id, position: row.position };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

// Run as its own process (like the API) so neither competes with autocannon's event loop.
if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Pool: PgPool } = require('pg') as typeof import('pg');
  // The API's session settings (JIT off): the same SQL in the same kind of session.
  const pool = new PgPool({ connectionString: process.env['DATABASE_URL'], max: 10, options: DB_SESSION_OPTIONS });
  startBaseline(pool, Number(process.env['PORT'])).then(() => process.send?.('ready'));
}
