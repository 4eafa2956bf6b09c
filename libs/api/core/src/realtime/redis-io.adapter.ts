import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';

const logger = new Logger('Realtime');

/**
 * The largest socket message accepted. Clients send only `{ room }` (a few dozen bytes); anything
 * bigger is closed at the transport before it is parsed (socket.io's default is 1 MB).
 */
export const SOCKET_MAX_MESSAGE_BYTES = 16 * 1024;

/** socket.io across processes: rooms and emits fan out through Redis pub/sub. */
export class RedisIoAdapter extends IoAdapter {
  private adapter: ReturnType<typeof createAdapter> | null = null;
  private clients: { quit(): Promise<unknown> }[] = [];

  constructor(app: INestApplicationContext, private readonly redisUrl: string, private readonly allowRequest?: ServerOptions['allowRequest']) {
    super(app);
  }

  async connect(): Promise<void> {
    const pub = createClient({ url: this.redisUrl });
    const sub = createClient({ url: this.redisUrl });
    await Promise.all([pub.connect(), sub.connect()]);
    this.clients = [pub, sub];
    this.adapter = createAdapter(pub, sub);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = guardEngine(super.createIOServer(port, serverOptions(options, this.allowRequest)));
    if (this.adapter) server.adapter(this.adapter);
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(this.clients.map((c) => c.quit().catch(() => undefined)));
  }
}

/** The host of an http(s) origin, or null for `null`, other schemes and anything unparsable. */
const originHost = (origin: string): string | null => {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null;
  } catch {
    return null;
  }
};

/**
 * Same-origin check for the socket handshake (cookies alone would let another site connect).
 * `Origin: null` (sandboxed frames, file:// pages) and malformed origins are refused, never thrown.
 */
export const sameOriginOnly =
  (allowed: string[]): ServerOptions['allowRequest'] =>
  (req, callback) => {
    const origin = req.headers.origin;
    if (!origin) return callback(null, true);
    const host = req.headers.host;
    const ok = allowed.includes(origin) || (host !== undefined && originHost(origin) === host);
    callback(ok ? null : 'origin not allowed', ok);
  };

const serverOptions = (options: ServerOptions | undefined, allowRequest: ServerOptions['allowRequest']): Partial<ServerOptions> => ({
  ...options,
  maxHttpBufferSize: SOCKET_MAX_MESSAGE_BYTES,
  allowRequest: allowRequest && guardAllowRequest(allowRequest),
});

/** A throwing origin check refuses the handshake instead of escaping into the HTTP server. */
const guardAllowRequest =
  (check: NonNullable<ServerOptions['allowRequest']>): NonNullable<ServerOptions['allowRequest']> =>
  (req, callback) => {
    let answered = false;
    const once: typeof callback = (err, ok) => {
      if (answered) return;
      answered = true;
      callback(err, ok);
    };
    try {
      check(req, once);
    } catch (e) {
      logger.warn(`handshake refused, origin check failed: ${(e as Error).message}`);
      once('bad request', false);
    }
  };

/**
 * engine.io handles handshakes inside the HTTP server's `request` and `upgrade` listeners, where a
 * synchronous throw would end the process. Any such throw refuses that one request instead.
 */
const guardEngine = (server: Server): Server => {
  const engine = server.engine as unknown as {
    handleRequest(req: IncomingMessage, res: ServerResponse): void;
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  };
  const handleRequest = engine.handleRequest.bind(engine);
  const handleUpgrade = engine.handleUpgrade.bind(engine);
  engine.handleRequest = (req, res) => {
    try {
      handleRequest(req, res);
    } catch (e) {
      logger.warn(`socket request refused: ${(e as Error).message}`);
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 3, message: 'Bad request' }));
    }
  };
  engine.handleUpgrade = (req, socket, head) => {
    try {
      handleUpgrade(req, socket, head);
    } catch (e) {
      logger.warn(`socket upgrade refused: ${(e as Error).message}`);
      socket.destroy();
    }
  };
  return server;
};

export class OriginCheckedIoAdapter extends IoAdapter {
  constructor(app: INestApplicationContext, private readonly allowRequest: ServerOptions['allowRequest']) {
    super(app);
  }
  override createIOServer(port: number, options?: ServerOptions): Server {
    return guardEngine(super.createIOServer(port, serverOptions(options, this.allowRequest)));
  }
}
