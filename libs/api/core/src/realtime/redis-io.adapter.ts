import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';

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
    const server: Server = super.createIOServer(port, { ...options, allowRequest: this.allowRequest });
    if (this.adapter) server.adapter(this.adapter);
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all(this.clients.map((c) => c.quit().catch(() => undefined)));
  }
}

/** Same-origin check for the socket handshake (cookies alone would let another site connect). */
export const sameOriginOnly =
  (allowed: string[]): ServerOptions['allowRequest'] =>
  (req, callback) => {
    const origin = req.headers.origin;
    if (!origin) return callback(null, true);
    const host = req.headers.host;
    const ok = allowed.includes(origin) || (host !== undefined && new URL(origin).host === host);
    callback(ok ? null : 'origin not allowed', ok);
  };

export class OriginCheckedIoAdapter extends IoAdapter {
  constructor(app: INestApplicationContext, private readonly allowRequest: ServerOptions['allowRequest']) {
    super(app);
  }
  override createIOServer(port: number, options?: ServerOptions): Server {
    return super.createIOServer(port, { ...options, allowRequest: this.allowRequest });
  }
}
