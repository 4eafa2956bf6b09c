import { mkdirSync } from 'node:fs';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) behind pglite-socket so that the ordinary `pg`
 * driver, TypeORM and pg-boss talk to it exactly as to a server. All connections share one
 * PGlite session: queries are serialised and an open transaction holds the others back.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; maxConnections?: number; port?: number } = {}): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm, unaccent, btree_gin } });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 64,
  });
  keepExtendedQueriesTogether(server);
  await server.start();
  return {
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

interface QueuedMessage { handlerId: number; message: Uint8Array; resolve(bytes: number): void; reject(e: unknown): void; onData(d: Uint8Array): void }
interface QueryQueue { queue: QueuedMessage[]; processing: boolean; lastHandlerId: number | null; processQueue(): Promise<void> }
interface RawDb { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(m: Uint8Array, o: { onRawData(d: Uint8Array): void }): Promise<unknown> }

// Extended-protocol message types that belong to a sequence ended by Sync ('S').
const SEQUENCE = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/**
 * pglite-socket 0.2.17 queues every protocol message on its own and, outside a transaction, takes
 * them in arrival order from all connections. Two clients' Parse/Bind/Execute sequences can then
 * interleave on PGlite's single session ("bind message supplies 2 parameters, but prepared
 * statement requires 1"). This keeps one connection's messages together until its Sync, as the
 * server already does for transactions.
 */
function keepExtendedQueriesTogether(server: object): void {
  const queue = (server as { queryQueue: QueryQueue }).queryQueue;
  const db = (server as { db: RawDb }).db;
  let midSequence = false;
  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const sticky = (midSequence || db.isInTransaction()) && this.lastHandlerId !== null;
        const index = sticky ? this.queue.findIndex((q) => q.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break; // wait for the same connection's next message
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await db.runExclusive(() => db.execProtocolRawStream(item.message, { onRawData: (d) => { bytes += d.length; item.onData(d); } }));
        } catch (e) {
          item.reject(e);
          return;
        }
        midSequence = SEQUENCE.has(item.message[0]);
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}
