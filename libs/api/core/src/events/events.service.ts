import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Db, runSql, Tx } from '../database/db.service';

export interface DomainEvent<P = Record<string, unknown>> {
  id: string;
  seq: string;
  organizationId: string;
  type: string;
  payload: P;
  actorId: string | null;
  createdAt: Date;
}
export type EventHandler = (event: DomainEvent, tx: Tx) => Promise<void>;
interface Registration { name: string; types: Set<string> | '*'; handle: EventHandler }

const BATCH = 100;
const POLL_MS = 1000;
const CLAIM_SECONDS = 60;
const MAX_ATTEMPTS = 10;

/**
 * Transactional outbox. `append` writes the event with the command's transaction; after commit
 * the dispatcher claims pending events (SKIP LOCKED, so several processes share the work) and runs
 * each handler in its own transaction together with a `processed_events` row: a retry after a
 * crash skips handlers that already ran, so side effects happen once.
 */
@Injectable()
export class EventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Events');
  private readonly handlers: Registration[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** Without polling: events this process committed and has not dispatched yet. */
  private readonly committed = new Set<string>();
  private readonly polling = process.env['EVENTS_POLL'] !== 'off';

  constructor(private readonly db: Db) {
    db.onCommit(() => this.kick());
  }

  async append(tx: Tx, event: { organizationId: string; type: string; payload: Record<string, unknown>; actorId?: string | null }): Promise<void> {
    // An event no handler wants is recorded (the audit trail) but born dispatched.
    const handled = this.handles(event.type);
    // Every command appends: a named statement, planned once per connection.
    const [row] = await this.db.prepared<{ id: string }>(
      'events-append',
      `INSERT INTO domain_events (organization_id, type, payload, actor_id, dispatched_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [event.organizationId, event.type, JSON.stringify(event.payload), event.actorId ?? null, handled ? null : new Date()],
      tx,
    );
    if (handled && !this.polling) this.db.afterCommit(tx, () => this.committed.add(row.id));
  }

  private handles(type: string): boolean {
    return this.handlers.some((h) => h.types === '*' || h.types.has(type));
  }

  /** The types this process handles, or null for all; a process only claims what it can handle. */
  private handledTypes(): string[] | null {
    if (this.handlers.some((h) => h.types === '*')) return null;
    return [...new Set(this.handlers.flatMap((h) => [...(h.types as Set<string>)]))];
  }

  /** Handlers must be idempotent in effect; the processed_events row makes them run once. */
  on(name: string, types: string[] | '*', handle: EventHandler): void {
    this.handlers.push({ name, types: types === '*' ? '*' : new Set(types), handle });
  }

  onModuleInit(): void {
    if (!this.polling) return;
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
  }

  /** First of the shutdown hooks: finish the running dispatch while sockets and Redis are still up. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Dispatches these (pending) events again, e.g. after a crash left them undelivered. */
  retry(eventIds: string[]): Promise<void> {
    for (const id of eventIds) this.committed.add(id);
    return this.kick();
  }

  /** Runs the dispatcher now (coalescing concurrent calls); resolves when the outbox is drained. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          // Until a batch comes back empty: handlers may append events of their own.
          while (!this.stopped && (await this.dispatchBatch()) > 0);
        } while (this.again && !this.stopped);
      } catch (e) {
        this.logger.error(`dispatch failed: ${(e as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async dispatchBatch(): Promise<number> {
    const rows: DomainEvent[] = await this.db.query(
      `UPDATE domain_events SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1
        WHERE id IN (SELECT id FROM domain_events
                      WHERE dispatched_at IS NULL AND attempts < $3 AND (claimed_until IS NULL OR claimed_until < now())
                        AND ($4::text[] IS NULL OR type = ANY($4::text[]))
                        AND ($5::uuid[] IS NULL OR id = ANY($5::uuid[]))
                      ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, seq, organization_id AS "organizationId", type, payload, actor_id AS "actorId", created_at AS "createdAt"`,
      // Without polling (tests) a process dispatches only its own events, so each test app's
      // handlers see exactly what that app did; with polling any process takes any pending event.
      [BATCH, CLAIM_SECONDS, MAX_ATTEMPTS, this.handledTypes(), this.polling ? null : [...this.committed]],
    );
    rows.sort((a, b) => Number(a.seq) - Number(b.seq));
    for (const row of rows) this.committed.delete(row.id);
    for (const event of rows) await this.deliver(event);
    return rows.length;
  }

  private async deliver(event: DomainEvent): Promise<void> {
    try {
      for (const h of this.handlers) {
        if (h.types !== '*' && !h.types.has(event.type)) continue;
        await this.db.transaction(async (tx) => {
          const inserted = await runSql(tx, 
            `INSERT INTO processed_events (handler, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
            [h.name, event.id],
          );
          if (inserted.length) await h.handle(event, tx);
        });
      }
      await this.db.query(`UPDATE domain_events SET dispatched_at = now(), last_error = NULL WHERE id = $1`, [event.id]);
    } catch (e) {
      this.logger.error(`event ${event.type} ${event.id}: ${(e as Error).stack}`);
      this.committed.add(event.id);
      await this.db.query(`UPDATE domain_events SET claimed_until = now() + interval '5 seconds', last_error = $2 WHERE id = $1`, [event.id, String((e as Error).message).slice(0, 2000)]);
    }
  }
}
