import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { Pool, QueryResult } from 'pg';
import { SCENARIO_SQL } from './scenario-sql';

type Sql = keyof typeof SCENARIO_SQL;

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
        prepared ? pool.query({ name: `bench-${sql}`, text: SCENARIO_SQL[sql], values }) : pool.query(SCENARIO_SQL[sql], values);
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
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: body }));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// Run as its own process (like the API) so neither competes with autocannon's event loop.
if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Pool: PgPool } = require('pg') as typeof import('pg');
  const pool = new PgPool({ connectionString: process.env['DATABASE_URL'], max: 10 });
  startBaseline(pool, Number(process.env['PORT'])).then(() => process.send?.('ready'));
}
