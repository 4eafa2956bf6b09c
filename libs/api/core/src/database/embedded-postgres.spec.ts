import { ChildProcess, spawn } from 'node:child_process';
import { connect, Socket } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { assertPatchableShape } from './pglite-socket-patch';

/** A fresh startEmbeddedPostgres in its own process (PGlite's WASM loader does not run inside Jest's VM). */
async function startFreshInstance(): Promise<{ url: string; child: ChildProcess }> {
  const script = `require(${JSON.stringify(join(__dirname, 'embedded-postgres.ts'))}).startEmbeddedPostgres({ maxConnections: 64 }).then((db) => {
    process.stdout.write('ready ' + db.url + '\\n');
    process.once('SIGTERM', () => db.stop().finally(() => process.exit(0)));
  });`;
  const child = spawn(process.execPath, ['-r', require.resolve('@swc-node/register'), '-e', script], {
    env: { ...process.env, SWC_NODE_PROJECT: join(__dirname, '../../../../../tools/tsconfig.run.json') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /ready (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`embedded database exited (${code})`)));
  });
  return { url, child };
}

/** Raw frontend protocol, to stop a client at points no driver would. */
const frame = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
};
const cstr = (s: string) => Buffer.from(`${s}\0`, 'utf8');
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const startup = () => {
  const body = Buffer.concat([int32(196608), cstr('user'), cstr('postgres'), cstr('database'), cstr('postgres'), Buffer.from([0])]);
  return Buffer.concat([int32(body.length + 4), body]);
};
const parse = (sql: string) => frame('P', cstr(''), cstr(sql), int16(0));
const bind = (...values: string[]) =>
  frame('B', cstr(''), cstr(''), int16(0), int16(values.length), ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]), int16(0));
const execute = () => frame('E', cstr(''), int32(0));
const flush = () => frame('H');

/** A raw connection that resolves once the server has sent a message of each of `types`. */
async function rawClient(url: string) {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  let seen = Buffer.alloc(0);
  const types = new Set<string>();
  let waiter: (() => void) | null = null;
  socket.on('data', (chunk) => {
    seen = Buffer.concat([seen, chunk]);
    while (seen.length >= 5 && seen.length >= 1 + seen.readInt32BE(1)) {
      types.add(String.fromCharCode(seen[0]));
      seen = seen.subarray(1 + seen.readInt32BE(1));
    }
    waiter?.();
  });
  const sendAndWait = async (bytes: Buffer, ...want: string[]) => {
    for (const t of want) types.delete(t);
    socket.write(bytes);
    await new Promise<void>((resolve, reject) => {
      const check = () => (want.every((t) => types.has(t)) ? resolve() : types.has('E') ? reject(new Error('server error')) : undefined);
      waiter = check;
      check();
    });
  };
  await sendAndWait(startup(), 'Z');
  return { socket, sendAndWait };
}

describe('embedded database (PGlite behind the patched pglite-socket)', () => {
  let pg: { url: string; child: ChildProcess };
  beforeAll(async () => {
    pg = await startFreshInstance();
  }, 120_000); // a fresh WASM PostgreSQL takes seconds, more on a busy machine
  afterAll(async () => {
    if (pg?.child.exitCode !== null) return;
    const exited = new Promise((resolve) => pg.child.once('exit', resolve));
    pg.child.kill('SIGTERM');
    await exited;
  });

  // A stalled queue would make these time out: query_timeout turns that into a failure.
  const client = async () => {
    const c = new Client({ connectionString: pg.url, query_timeout: 15000 });
    await c.connect();
    return c;
  };

  it('answers 40 concurrent connections running parameterised queries and named prepared statements, each with its own results', async () => {
    const clients = await Promise.all(Array.from({ length: 40 }, client));
    try {
      const results = await Promise.all(
        clients.map(async (c, i) => {
          const wrong: string[] = [];
          for (let k = 0; k < 8; k++) {
            const named = await c.query({ name: 'add-two', text: 'SELECT $1::int + $2::int AS sum', values: [i, k] });
            if (named.rows[0].sum !== i + k) wrong.push(`named ${i}+${k}=${named.rows[0].sum}`);
            const unnamed = await c.query('SELECT $1::text AS tag, $2::int * 2 AS twice, $3::text[] AS list', [`c${i}`, k, [`${i}`, `${k}`]]);
            const row = unnamed.rows[0];
            if (row.tag !== `c${i}` || row.twice !== k * 2 || row.list.join() !== `${i},${k}`) wrong.push(`unnamed ${i}/${k}: ${JSON.stringify(row)}`);
          }
          return wrong;
        }),
      );
      expect(results.flat()).toEqual([]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    // Each connection's statements live on the one shared session until that connection closes.
    const c = await client();
    try {
      const prepared = async () => (await c.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE '%add-two'`)).rows[0].n;
      for (let i = 0; i < 100 && (await prepared()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await prepared()).toBe(0);
    } finally {
      await c.end();
    }
  }, 90_000);

  it('keeps answering other clients after one drops between Parse/Bind and Sync', async () => {
    const others = await Promise.all(Array.from({ length: 5 }, client));
    try {
      const raw = await rawClient(pg.url);
      await raw.sendAndWait(Buffer.concat([parse('SELECT $1::int AS n'), bind('7'), flush()]), '1', '2');
      raw.socket.destroy();
      const answers = await Promise.all(others.map((c, i) => c.query({ name: 'echo', text: 'SELECT $1::int AS n', values: [i] })));
      expect(answers.map((a) => a.rows[0].n)).toEqual([0, 1, 2, 3, 4]);
    } finally {
      await Promise.all(others.map((c) => c.end()));
    }
  });

  it('keeps answering after a client whose Parse failed drops before Sync (no messages are skipped for the next client)', async () => {
    const raw = await rawClient(pg.url);
    await raw.sendAndWait(Buffer.concat([parse('SELEC broken'), flush()]), 'E');
    raw.socket.destroy();
    const c = await client();
    try {
      expect((await c.query('SELECT $1::text AS v', ['still here'])).rows).toEqual([{ v: 'still here' }]);
    } finally {
      await c.end();
    }
  });

  it('rolls back the transaction of a client that drops mid-sequence inside it, and moves on', async () => {
    const c = await client();
    try {
      await c.query('CREATE TABLE dropped_client_rows (n int)');
      const raw = await rawClient(pg.url);
      await raw.sendAndWait(frame('Q', cstr('BEGIN')), 'Z');
      await raw.sendAndWait(Buffer.concat([parse('INSERT INTO dropped_client_rows VALUES ($1::int)'), bind('1'), execute(), flush()]), 'C');
      raw.socket.destroy();
      expect((await c.query({ name: 'count-rows', text: 'SELECT count(*)::int AS n FROM dropped_client_rows' })).rows).toEqual([{ n: 0 }]);
      await c.query('INSERT INTO dropped_client_rows VALUES ($1)', [2]);
      expect((await c.query({ name: 'count-rows', text: 'SELECT count(*)::int AS n FROM dropped_client_rows' })).rows).toEqual([{ n: 1 }]);
    } finally {
      await c.end();
    }
  });

  it('refuses to start on a pglite-socket whose queue is not the shape the patch expects, naming the version and the shape', () => {
    const changed = { queryQueue: { queue: [], processQueue: () => undefined }, db: { isInTransaction: () => false } };
    expect(() => assertPatchableShape(changed, '0.3.0')).toThrow(
      /pglite-socket 0\.3\.0: cannot apply .*written for 0\.2\.17.*Expected server\.queryQueue .*missing or of another type: queryQueue\.processing, queryQueue\.lastHandlerId, queryQueue\.clearQueueForHandler\(\), queryQueue\.clearTransactionIfNeeded\(\), db\.runExclusive\(\), db\.execProtocolRawStream\(\)/,
    );
  });
});
