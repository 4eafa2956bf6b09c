import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The pglite-socket release whose private queue this patch was written against and tested with. */
export const PATCHED_PGLITE_SOCKET_VERSION = '0.2.17';

interface QueuedMessage { handlerId: number; message: Uint8Array; resolve(bytes: number): void; reject(e: unknown): void; onData(d: Uint8Array): void }
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
  clearTransactionIfNeeded(handlerId: number): Promise<void>;
}
interface RawDb { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(m: Uint8Array, o: { onRawData(d: Uint8Array): void }): Promise<unknown> }

const EXPECTED_SHAPE =
  'server.queryQueue { queue: array, processing: boolean, lastHandlerId: number | null, processQueue(), clearQueueForHandler(), clearTransactionIfNeeded() } ' +
  'and server.db { isInTransaction(), runExclusive(), execProtocolRawStream() }';

export function installedPgliteSocketVersion(): string {
  try {
    // Resolved at run time from the working directory so that the bundler leaves it alone.
    const req = createRequire(join(process.cwd(), 'package.json'));
    const pkg = req(join(req.resolve('@electric-sql/pglite-socket'), '..', '..', 'package.json')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const isFn = (o: Record<string, unknown>, k: string) => typeof o[k] === 'function';

/**
 * The patch below replaces private members of pglite-socket's queue. Refuse to start, naming the
 * version and the shape expected, rather than run a patch that silently no longer applies.
 */
export function assertPatchableShape(server: object, version = installedPgliteSocketVersion()): { queue: QueryQueue; db: RawDb } {
  const s = server as { queryQueue?: unknown; db?: unknown };
  const q = (s.queryQueue ?? {}) as Record<string, unknown>;
  const db = (s.db ?? {}) as Record<string, unknown>;
  const missing = [
    ...(Array.isArray(q['queue']) ? [] : ['queryQueue.queue']),
    ...(typeof q['processing'] === 'boolean' ? [] : ['queryQueue.processing']),
    ...(q['lastHandlerId'] === null || typeof q['lastHandlerId'] === 'number' ? [] : ['queryQueue.lastHandlerId']),
    ...['processQueue', 'clearQueueForHandler', 'clearTransactionIfNeeded'].filter((k) => !isFn(q, k)).map((k) => `queryQueue.${k}()`),
    ...['isInTransaction', 'runExclusive', 'execProtocolRawStream'].filter((k) => !isFn(db, k)).map((k) => `db.${k}()`),
  ];
  if (missing.length > 0) {
    throw new Error(
      `@electric-sql/pglite-socket ${version}: cannot apply the extended-protocol patch (written for ${PATCHED_PGLITE_SOCKET_VERSION}). ` +
        `Expected ${EXPECTED_SHAPE}; missing or of another type: ${missing.join(', ')}. ` +
        'See docs/decisions.md (embedded database patch) before upgrading.',
    );
  }
  return { queue: s.queryQueue as QueryQueue, db: s.db as RawDb };
}

// Extended-protocol message types that belong to a sequence ended by Sync ('S').
const SEQUENCE = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

const message = (type: string, body: Buffer) => {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return new Uint8Array(Buffer.concat([head, body]));
};
// A Parse that always fails: the error aborts whatever implicit transaction the dropped client's
// Execute started, so the Sync after it ends the sequence with a rollback, not a commit.
const FAILING_PARSE = message('P', Buffer.from('\0SELECT FROM pillars_dropped_client_abort(\0\0\0', 'latin1'));
const SYNC = message('S', Buffer.alloc(0));

const P = 0x50, B = 0x42, E = 0x45, D = 0x44, C = 0x43;
const readCstr = (m: Buffer, at: number) => {
  const end = m.indexOf(0, at);
  return { value: m.toString('utf8', at, end), next: end + 1 };
};

/**
 * Gives a connection's named statements and portals a per-connection name on the shared session.
 * A real server keeps them per connection; PGlite has one session, so without this the second
 * connection to prepare "user-by-id" gets "prepared statement already exists", or runs another
 * connection's statement of that name. Returns the message (rewritten when it names something)
 * and the statement it creates or closes.
 */
export function scopeStatementNames(raw: Uint8Array, handlerId: number): { message: Uint8Array; parsed?: string; closed?: string } {
  const type = raw[0];
  if (type !== P && type !== B && type !== E && type !== D && type !== C) return { message: raw };
  const m = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const scoped = (name: string) => (name ? `h${handlerId}.${name}` : '');
  const names: { at: number; value: string; next: number }[] = [];
  let kind = 0;
  if (type === P || type === E) names.push({ at: 5, ...readCstr(m, 5) });
  else if (type === B) {
    const portal = { at: 5, ...readCstr(m, 5) };
    names.push(portal, { at: portal.next, ...readCstr(m, portal.next) });
  } else {
    kind = m[5];
    names.push({ at: 6, ...readCstr(m, 6) });
  }
  if (names.every((n) => !n.value)) return { message: raw };
  const parts: Buffer[] = [m.subarray(1, 5)]; // length, rewritten below
  let from = 5;
  for (const n of names) {
    parts.push(m.subarray(from, n.at), Buffer.from(`${scoped(n.value)}\0`, 'utf8'));
    from = n.next;
  }
  parts.push(m.subarray(from));
  const out = Buffer.concat([Buffer.from([type]), ...parts]);
  out.writeInt32BE(out.length - 1, 1);
  const statement = type === B ? names[1].value : names[0].value;
  return {
    message: new Uint8Array(out),
    parsed: type === P && statement ? scoped(statement) : undefined,
    closed: type === C && kind === 0x53 && statement ? scoped(statement) : undefined,
  };
}
const closeStatement = (name: string) => message('C', Buffer.concat([Buffer.from('S', 'latin1'), Buffer.from(`${name}\0`, 'utf8')]));

/**
 * pglite-socket 0.2.17 queues every protocol message on its own and, outside a transaction, takes
 * them in arrival order from all connections. Two clients' Parse/Bind/Execute sequences can then
 * interleave on PGlite's single session ("bind message supplies 2 parameters, but prepared
 * statement requires 1"). This keeps one connection's messages together until its Sync, as the
 * server already does for transactions, and scopes named statements to their connection
 * (`scopeStatementNames`), deallocating them when it closes. A connection that closes mid-sequence or mid-transaction
 * would leave the queue waiting for it forever: its sequence is ended (error + Sync) and its
 * transaction rolled back, and the queue moves on. An exception from PGlite rejects that one
 * message and the queue keeps going (0.2.17 returns with `processing` still true: a deadlock).
 */
export function keepExtendedQueriesTogether(server: object): void {
  const { queue, db } = assertPatchableShape(server);
  const closed = new Set<number>();
  const statements = new Map<number, Set<string>>();
  let midSequence = false;
  const run = (bytes: Uint8Array, onData: (d: Uint8Array) => void = () => undefined) =>
    db.runExclusive(() => db.execProtocolRawStream(bytes, { onRawData: onData }));

  // Ends what a closed connection left open on the shared session; its replies go nowhere.
  const releaseSession = async () => {
    if (midSequence) await run(FAILING_PARSE).then(() => run(SYNC));
    midSequence = false;
    if (db.isInTransaction()) await run(message('Q', Buffer.from('ROLLBACK\0', 'utf8')));
  };
  // Drops closed connections' prepared statements, at a point where no sequence is open.
  const forgetClosed = async () => {
    for (const id of closed) {
      for (const name of statements.get(id) ?? []) await run(closeStatement(name));
      if (statements.get(id)?.size) await run(SYNC);
      statements.delete(id);
      closed.delete(id);
    }
  };

  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || (this.queue.length === 0 && closed.size === 0)) return;
    this.processing = true;
    try {
      for (;;) {
        // Nothing is in flight here: a closed connection can no longer send or be answered.
        if (this.lastHandlerId !== null && closed.has(this.lastHandlerId)) {
          await releaseSession().catch(() => undefined);
          this.lastHandlerId = null;
        }
        if (closed.size > 0 && !midSequence && !db.isInTransaction()) await forgetClosed().catch(() => closed.clear());
        if (this.queue.length === 0) break;
        const sticky = (midSequence || db.isInTransaction()) && this.lastHandlerId !== null;
        const index = sticky ? this.queue.findIndex((q) => q.handlerId === this.lastHandlerId) : 0;
        if (index === -1) break; // wait for the same connection's next message
        const [item] = this.queue.splice(index, 1);
        const scoped = scopeStatementNames(item.message, item.handlerId);
        if (scoped.parsed) statements.set(item.handlerId, (statements.get(item.handlerId) ?? new Set<string>()).add(scoped.parsed));
        if (scoped.closed) statements.get(item.handlerId)?.delete(scoped.closed);
        let bytes = 0;
        try {
          await run(scoped.message, (d) => {
            bytes += d.length;
            item.onData(d);
          });
        } catch (e) {
          item.reject(e);
          continue;
        }
        midSequence = SEQUENCE.has(item.message[0]);
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    closed.add(handlerId);
    void queue.processQueue();
  };
  // The original rolls back behind the queue's back; processQueue does it in turn instead.
  queue.clearTransactionIfNeeded = async () => queue.processQueue();
}
