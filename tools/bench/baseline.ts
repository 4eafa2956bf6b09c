import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { Pool } from 'pg';
import { SCENARIO_SQL } from './scenario-sql';

const cookieToken = (req: IncomingMessage) => /pillars_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';

/**
 * The floor to compare against: node:http + pg running the same SQL the API runs for each
 * scenario (session lookup, then the scenario's queries), with no framework, GraphQL or auth layer.
 */
export function startBaseline(pool: Pool, port: number): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      const hash = createHash('sha256').update(cookieToken(req)).digest('hex');
      const session = (await pool.query(SCENARIO_SQL.session, [hash])).rows[0];
      if (!session) {
        res.writeHead(401).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://x');
      let body: unknown;
      if (url.pathname === '/me') {
        body = (await pool.query(SCENARIO_SQL.user, [session.organization_id, [session.user_id]])).rows[0];
      } else if (url.pathname === '/user') {
        const id = url.searchParams.get('id');
        const user = (await pool.query(SCENARIO_SQL.user, [session.organization_id, [id]])).rows[0];
        const [manager, teams] = await Promise.all([
          pool.query(SCENARIO_SQL.user, [session.organization_id, [user.managerId]]),
          pool.query(SCENARIO_SQL.memberships, [session.organization_id, [id]]),
        ]);
        body = { ...user, manager: manager.rows[0], teams: teams.rows };
      } else if (url.pathname === '/search') {
        body = (await pool.query(SCENARIO_SQL.search, [session.organization_id, url.searchParams.get('q'), 21])).rows;
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
