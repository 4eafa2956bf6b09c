import type { INestApplication } from '@nestjs/common';
import { SOCKET_MAX_MESSAGE_BYTES } from '@pillars/api/core';
import { appUrl, buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, TestUser } from '@pillars/api/testing';
import fc from 'fast-check';
import { connect as netConnect } from 'node:net';
import { io, Socket } from 'socket.io-client';
import { DOMAIN_MODULES } from '../app/app.module';

/**
 * Hostile input against a real server: socket handshakes (origins, headers, query strings, EIO
 * params), socket event payloads and frames, and /graphql request envelopes. Afterwards the process
 * must still answer GraphQL and signed-in sockets.
 * Runs are bounded and seeded, so a failure replays exactly (fast-check prints seed and path).
 */
const SEED = 1796;
const RUNS = { handshakes: 250, events: 300, frames: 40, envelopes: 200, connections: 60 };
// A hang detector, not a timing assertion: an unanswered request fails the case instead of the suite.
const NO_ANSWER_MS = 10_000;
// socket.io-parser refuses these names as events and closes the connection.
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);

let app: INestApplication;
let port: number;
let user: TestUser;
let teamId: string;
const sockets: Socket[] = [];
const escaped: unknown[] = [];
const record = (e: unknown) => escaped.push(e);

beforeAll(async () => {
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  app = await createTestApp(DOMAIN_MODULES);
  port = Number(new URL(appUrl(app)).port);
  const org = await buildOrganization();
  user = await buildUser(org);
  teamId = (await buildTeam(org)).id;
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(async () => {
  process.off('uncaughtException', record);
  process.off('unhandledRejection', record);
  await app.close();
  await closeTestDb();
});

const signedIn = (who: TestUser | null = user): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(appUrl(app), { transports: ['websocket'], extraHeaders: who ? { cookie: `pillars_session=${who.token}` } : {}, reconnection: false });
    sockets.push(socket);
    socket.once('ready', () => resolve(socket));
    socket.once('disconnect', () => reject(new Error('disconnected')));
    socket.once('connect_error', reject);
  });

/** Raw bytes to the server; resolves with the status line, or how the connection ended. */
const rawRequest = (bytes: Buffer): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = netConnect(port, '127.0.0.1');
    let seen = '';
    const finish = (answer: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to ${JSON.stringify(bytes.toString('latin1').slice(0, 300))}`));
    }, NO_ANSWER_MS);
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1');
      const end = seen.indexOf('\r\n');
      if (end >= 0) finish(seen.slice(0, end));
    });
    socket.on('close', () => finish(seen.split('\r\n')[0] || 'closed'));
    socket.on('error', () => finish('reset'));
    socket.write(bytes);
  });

const safeParse = (text: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** Every byte percent-encoded, so any string (lone surrogates included) makes a valid query. */
const percent = (value: string) => [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const noLineBreaks = (value: string) => value.replace(/[\r\n]/g, '');

const handshakeCase = () => {
  const here = `127.0.0.1:${port}`;
  const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
  const origin = fc.oneof(
    fc.constantFrom('null', 'file://', 'http://[::1', 'http://[::1]', `http://[::1]:${port}`, 'http://[fe80::1%25eth0]:80', 'http://[::ffff:127.0.0.1]', 'http://127.0.0.1:99999', 'http://%', 'http://a b', 'javascript:alert(1)', 'data:,x', 'http://', '://', 'http:///', `http://${here}`, `https://${here}`, `HTTP://${here.toUpperCase()}`, `ws://${here}`, `http://${here}@evil.example`),
    fc.webUrl(),
    fc.ipV6().map((ip) => `http://[${ip}]:${port}`),
    fc.string({ unit: printable, maxLength: 64 }),
    fc.string({ unit: 'binary-ascii', maxLength: 64 }),
    fc.string({ unit: 'binary', maxLength: 64 }),
    fc.integer({ min: 2_000, max: 12_000 }).map((n) => `http://${'a'.repeat(n)}.example`),
  );
  const param = fc.oneof(fc.constantFrom('EIO', 'transport', 'sid', 't', 'j', 'b64', '__proto__', 'constructor'), fc.string({ maxLength: 12 }));
  const paramValue = fc.oneof(
    fc.constantFrom('4', '3', '5', '0', '-1', '', 'polling', 'websocket', 'webtransport', 'x'.repeat(5_000), '__proto__', 'undefined'),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  const extras = fc.dictionary(param, paramValue, { maxKeys: 4 }).map((params) => Object.entries(params).map(([k, v]) => `${percent(k)}=${percent(v)}`));
  // Mostly a handshake engine.io accepts as such, so the origin check and the handlers are reached.
  const valid = fc
    .tuple(fc.constantFrom('4', '4', '4', '3', '5'), fc.constantFrom('polling', 'polling', 'websocket', 'webtransport'), extras)
    .map(([eio, transport, rest]) => [`EIO=${eio}`, `transport=${transport}`, ...rest].join('&'));
  const query = fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 2, arbitrary: extras.map((rest) => rest.join('&')) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '&&&', '=', 'EIO=4&transport=polling&sid=%ff', 'EIO=4&EIO=3&transport=websocket', 'EIO=4&transport=polling&j=', 'EIO=4&transport=polling&b64=1') },
  );
  const headerName = fc.stringMatching(/^[a-zA-Z0-9!#$%&'*+.^_`|~-]{1,24}$/).filter((name) => !['content-length', 'transfer-encoding', 'host'].includes(name.toLowerCase()));
  const headerValue = fc.oneof(fc.string({ unit: printable, maxLength: 200 }), fc.string({ unit: 'binary-ascii', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('websocket', 'Upgrade', '13', '8', 'dGhlIHNhbXBsZSBub25jZQ==')).map(noLineBreaks);
  return fc.record({
    method: fc.oneof({ weight: 6, arbitrary: fc.constant('GET') }, fc.constantFrom('POST', 'OPTIONS', 'PUT', 'DELETE', 'HEAD', 'PATCH')),
    path: fc.oneof({ weight: 6, arbitrary: fc.constant('/socket.io/') }, fc.constantFrom('/socket.io//', '/socket.io/x/../', '/socket.io/%2e%2e/')),
    query,
    origin: fc.option(origin.map(noLineBreaks), { nil: undefined }),
    host: fc.option(fc.oneof({ weight: 4, arbitrary: fc.constant(here) }, fc.constantFrom('', '[::1]', `[::1]:${port}`, 'localhost'), fc.string({ unit: 'binary-ascii', maxLength: 40 }).map(noLineBreaks)), { nil: undefined }),
    upgrade: fc.boolean(),
    cookie: fc.constantFrom('none', 'valid', 'garbage'),
    headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 8 }),
  });
};

type Handshake = ReturnType<typeof handshakeCase> extends fc.Arbitrary<infer T> ? T : never;
const requestBytes = (c: Handshake): Buffer => {
  const lines = [`${c.method} ${c.path}?${c.query} HTTP/1.1`];
  if (c.host !== undefined) lines.push(`Host: ${c.host}`);
  if (c.origin !== undefined) lines.push(`Origin: ${c.origin}`);
  if (c.upgrade) lines.push('Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==');
  if (c.cookie === 'valid') lines.push(`Cookie: pillars_session=${user.token}`);
  if (c.cookie === 'garbage') lines.push('Cookie: pillars_session=%%%; =;;');
  for (const [name, value] of c.headers) lines.push(`${name}: ${value}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
};

/** Sends one socket.io event packet as raw text and waits for its acknowledgement or the hang-up. */
let nextAck = 1_000_000;
const rawEvent = (socket: Socket, eventJson: string, argsJson: string[]): Promise<{ ack: unknown } | { closed: true }> =>
  new Promise((resolve, reject) => {
    const id = nextAck++;
    const engine = socket.io.engine;
    const timer = setTimeout(() => reject(new Error(`no acknowledgement for [${eventJson}, ${argsJson.join(', ').slice(0, 300)}]`)), NO_ANSWER_MS);
    const onMessage = (data: unknown) => {
      const text = String(data);
      if (!text.startsWith(`3${id}[`)) return;
      cleanup();
      resolve({ ack: (JSON.parse(text.slice(`3${id}`.length)) as unknown[])[0] });
    };
    const onClose = () => {
      cleanup();
      resolve({ closed: true });
    };
    const cleanup = () => {
      clearTimeout(timer);
      engine.off('message', onMessage);
      engine.off('close', onClose);
    };
    engine.on('message', onMessage);
    engine.on('close', onClose);
    engine.send(`2${id}[${[eventJson, ...argsJson].join(',')}]`);
  });

const isValidRoomPayload = (argsJson: string[]): boolean => {
  if (argsJson.length !== 1) return false;
  const value: unknown = JSON.parse(argsJson[0]);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const room = (value as { room?: unknown }).room;
  return keys.length === 1 && keys[0] === 'room' && typeof room === 'string' && room.length > 0 && room.length <= 80;
};

const eventCase = () => {
  const roomLike = fc.oneof(
    fc.constantFrom(`user:${user.id}`, `team:${teamId}`, 'team:------------------------------------', `org:${'0'.repeat(36)}`, 'session:x', 'nonsense', ''),
    fc.uuid().map((id) => `team:${id}`),
    fc.string({ maxLength: 90 }),
  );
  const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null');
  const arg = fc.oneof(
    json,
    roomLike.map((room) => JSON.stringify({ room })),
    fc.tuple(roomLike, fc.jsonValue({ maxDepth: 2 })).map(([room, extra]) => JSON.stringify({ room, extra })),
    fc.jsonValue({ maxDepth: 2 }).map((room) => JSON.stringify({ room })),
    fc.constantFrom('null', '42', '"team:x"', '[]', '{}', '{"room":42}', '{"room":null}', '{"room":["a"]}', '{"room":{"toString":"x"}}', '{"__proto__":{"room":"x"}}', '{"room":"x","__proto__":{}}', 'true', '1e309', '-0'),
    fc.integer({ min: 1_000, max: 12_000 }).map((n) => JSON.stringify({ room: 'x'.repeat(n) })),
    fc.integer({ min: 100, max: 2_000 }).map((n) => JSON.stringify(Array.from({ length: n }, (_, i) => i))),
  );
  const event = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('subscribe', 'unsubscribe') },
    { weight: 2, arbitrary: fc.constantFrom('error', 'ready', 'invalidate', 'exception', '__proto__', 'constructor', 'hasOwnProperty', 'toString', '', ...RESERVED) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.integer() },
  );
  return fc.record({ event: event.map((e) => JSON.stringify(e)), args: fc.array(arg, { maxLength: 3 }) });
};

describe('hostile input', () => {
  it('answers every fuzzed socket handshake and stays up', async () => {
    await fc.assert(
      fc.asyncProperty(handshakeCase(), async (c) => {
        const status = await rawRequest(requestBytes(c));
        expect(status).not.toMatch(/^HTTP\/1\.1 5/);
      }),
      { seed: SEED, numRuns: RUNS.handshakes, endOnFailure: true },
    );
    expect(escaped).toEqual([]);
  }, 180_000);

  it('refuses or accepts every fuzzed socket.io connection (cookies, auth payloads, query) and stays up', async () => {
    const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
    const cookie = fc.oneof(fc.constantFrom('valid', '%', '%E0%A4%A', '%zz', '', 'a'.repeat(4_000)), fc.string({ unit: printable, maxLength: 80 }).map((v) => v.replace(/;/g, '')));
    const connection = fc.record({ cookie, auth: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), query: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 30 }), { maxKeys: 3 }) });
    await fc.assert(
      fc.asyncProperty(connection, async (c) => {
        const socket = io(appUrl(app), { transports: ['websocket'], reconnection: false, extraHeaders: { cookie: `pillars_session=${c.cookie === 'valid' ? user.token : c.cookie}` }, auth: c.auth, query: c.query });
        sockets.push(socket);
        const outcome = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no answer to ${JSON.stringify(c).slice(0, 300)}`)), NO_ANSWER_MS);
          const done = (how: string) => {
            clearTimeout(timer);
            resolve(how);
          };
          socket.once('ready', () => done('ready'));
          socket.once('disconnect', () => done('refused'));
          socket.once('connect_error', () => done('refused'));
        });
        socket.disconnect();
        expect(outcome).toBe(c.cookie === 'valid' ? 'ready' : 'refused');
      }),
      { seed: SEED, numRuns: RUNS.connections, endOnFailure: true },
    );
    expect(escaped).toEqual([]);
  }, 180_000);

  it('refuses `Origin: null` and malformed origins with 403, never an exit', async () => {
    for (const origin of ['null', 'http://[::1', 'http://%', 'x'.repeat(10_000)]) {
      const status = await rawRequest(Buffer.from(`GET /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\n\r\n`));
      expect(status).toBe('HTTP/1.1 403 Forbidden');
    }
    expect(escaped).toEqual([]);
  });

  it('answers a client event named `error` instead of throwing it on the socket', async () => {
    const socket = await signedIn();
    expect(await rawEvent(socket, '"error"', ['{"message":"boom"}'])).toEqual({ ack: { ok: false, code: 'BAD_USER_INPUT' } });
    expect(socket.connected).toBe(true);
    expect(escaped).toEqual([]);
  });

  it('acknowledges every fuzzed event with ok or an error code, and BAD_USER_INPUT for the wrong shape', async () => {
    let socket = await signedIn();
    await fc.assert(
      fc.asyncProperty(eventCase(), async ({ event, args }) => {
        const packet = `${event}${args.join('')}`;
        fc.pre(Buffer.byteLength(packet) < SOCKET_MAX_MESSAGE_BYTES - 64);
        const outcome = await rawEvent(socket, event, args);
        const name: unknown = JSON.parse(event);
        if ('closed' in outcome) {
          expect(RESERVED.has(String(name))).toBe(true);
          socket = await signedIn();
          return;
        }
        expect(outcome.ack).toMatchObject({ ok: expect.any(Boolean) });
        const known = name === 'subscribe' || name === 'unsubscribe';
        if (!known || !isValidRoomPayload(args)) expect(outcome.ack).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
        expect(outcome.ack).not.toMatchObject({ code: 'INTERNAL' });
      }),
      { seed: SEED, numRuns: RUNS.events, endOnFailure: true },
    );
    expect(socket.connected).toBe(true);
    expect(escaped).toEqual([]);
  }, 180_000);

  it('closes a connection that sends garbage frames or a message over the size limit, and nothing else', async () => {
    const bystander = await signedIn();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('2', '21', '2[', '2["subscribe"', '2-1["x"]', '5', '6', '9', '4', '0', '1', '2/evil,["subscribe",{}]', '3999[]')), async (frame) => {
        const socket = await signedIn();
        socket.io.engine.send(frame);
        // The server either ignores the frame and still answers, or closes this one connection;
        // a frame starting with 1 is a socket.io DISCONNECT, which the client itself asked for.
        if (!frame.startsWith('1')) {
          const answered = await socket.timeout(NO_ANSWER_MS).emitWithAck('subscribe', { room: `user:${user.id}` }).then(() => true, () => false);
          if (!answered) expect(socket.connected).toBe(false);
        }
        expect(await bystander.emitWithAck('subscribe', { room: `user:${user.id}` })).toEqual({ ok: true, room: `user:${user.id}` });
        socket.disconnect();
      }),
      { seed: SEED, numRuns: RUNS.frames, endOnFailure: true },
    );
    const big = await signedIn();
    const closed = new Promise((resolve) => big.once('disconnect', resolve));
    big.emit('subscribe', { room: 'x'.repeat(SOCKET_MAX_MESSAGE_BYTES + 1) });
    await expect(closed).resolves.toBeDefined();
    expect(bystander.connected).toBe(true);
    expect(escaped).toEqual([]);
  }, 180_000);

  it('answers every fuzzed /graphql request envelope in GraphQL shape with a 4xx or 200, never a 5xx', async () => {
    const anything = fc.jsonValue({ maxDepth: 3 });
    const envelope = fc.record(
      {
        query: fc.oneof(fc.constantFrom('{ me { id } }', '{ __typename }', 'query Q($x: String) { __typename }', '{', '', 'mutation { signOut { ok } }', 'subscription { x }'), fc.string({ maxLength: 200 }), anything),
        variables: fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), anything, { maxKeys: 4 }), anything),
        operationName: fc.oneof(fc.constantFrom('Q', ''), fc.string({ maxLength: 20 }), anything),
        extensions: fc.oneof(fc.record({ persistedQuery: fc.record({ version: anything, sha256Hash: anything }, { requiredKeys: [] }) }), anything),
      },
      { requiredKeys: [] },
    );
    const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
    const cookie = fc.oneof(fc.constantFrom(null, 'valid', '%', '%E0%A4%A', '%zz', ''), fc.string({ unit: printable, maxLength: 60 }).map((v) => v.replace(/;/g, '')));
    const body = fc.oneof({ weight: 6, arbitrary: envelope.map((e) => JSON.stringify(e)) }, anything.map((v) => JSON.stringify(v) ?? 'null'), fc.string({ maxLength: 100 }));
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('POST', 'GET'), cookie, async (text, method, session) => {
        const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': '1' };
        if (session !== null) headers['cookie'] = `pillars_session=${session === 'valid' ? user.token : session}`;
        const url = method === 'GET' ? `${appUrl(app)}/graphql?${new URLSearchParams(Object.entries(safeParse(text)).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? ''])).toString()}` : `${appUrl(app)}/graphql`;
        const res = await fetch(url, { method, headers, body: method === 'POST' ? text : undefined, signal: AbortSignal.timeout(NO_ANSWER_MS) });
        expect(res.status).toBeLessThan(500);
        const answer = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
        for (const error of answer.errors ?? []) expect(error.extensions?.code).toEqual(expect.any(String));
        expect(answer.errors?.some((e) => e.extensions?.code === 'INTERNAL')).not.toBe(true);
      }),
      { seed: SEED, numRuns: RUNS.envelopes, endOnFailure: true },
    );
    expect(escaped).toEqual([]);
  }, 180_000);

  it('still serves GraphQL and signed-in sockets afterwards', async () => {
    const me = await gql(app).as(user).send<{ me: { id: string } }>(`{ me { id } }`);
    expect(me.data?.me.id).toBe(user.id);
    const socket = await signedIn();
    expect(await socket.emitWithAck('subscribe', { room: `team:${teamId}` })).toEqual({ ok: true, room: `team:${teamId}` });
    await expect(signedIn(null)).rejects.toThrow();
    expect(escaped).toEqual([]);
  });
});

// Needs a Redis server: runs in CI (REDIS_URL set) and skips on a machine without services.
(process.env['REDIS_URL'] ? describe : describe.skip)('hostile handshakes with the Redis adapter', () => {
  it('refuses `Origin: null` with 403 and keeps serving', async () => {
    const redisApp = await createTestApp(DOMAIN_MODULES, { redisUrl: process.env['REDIS_URL'] as string });
    try {
      const redisPort = new URL(appUrl(redisApp)).port;
      const refused = await new Promise<number | undefined>((resolve, reject) => {
        const req = netConnect(Number(redisPort), '127.0.0.1', () => req.write(`GET /socket.io/?EIO=4&transport=polling HTTP/1.1\r\nHost: 127.0.0.1:${redisPort}\r\nOrigin: null\r\n\r\n`));
        req.once('data', (chunk) => {
          req.destroy();
          resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(chunk.toString('latin1'))?.[1]));
        });
        req.once('error', reject);
      });
      expect(refused).toBe(403);
      const me = await gql(redisApp).as(user).send<{ me: { id: string } }>(`{ me { id } }`);
      expect(me.data?.me.id).toBe(user.id);
      expect(escaped).toEqual([]);
    } finally {
      await redisApp.close();
    }
  });
});
