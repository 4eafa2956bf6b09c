import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../config';

type Handler<T> = (data: T) => Promise<void>;

/**
 * pg-boss for scheduled and heavy work (fan-out, reminders, digests). Started lazily by the first
 * domain that registers a worker, so processes and tests that need no jobs do not poll. Sends made
 * inside a command must go after commit (PGlite serialises transactions across connections).
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private readonly queues = new Map<string, Promise<void>>();
  /** The last createQueue: each waits for the one before, whatever its name. */
  private creating: Promise<unknown> = Promise.resolve();
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({ connectionString: this.config.databaseUrl, schema: 'pgboss', max: 4 });
      boss.on('error', (e: Error) => this.logger.error(e.message));
      await boss.start();
      this.boss = boss;
      return boss;
    })();
    return this.starting;
  }

  /**
   * Creates a queue once per process, one creation at a time: concurrent createQueue calls
   * deadlock on PostgreSQL, for two different queues too (several domains' workers start together
   * at bootstrap).
   */
  private async queue(name: string): Promise<PgBoss> {
    const boss = await this.start();
    let created = this.queues.get(name);
    if (!created) {
      created = this.creating.catch(() => undefined).then(() => boss.createQueue(name));
      this.creating = created;
      this.queues.set(name, created);
    }
    await created;
    return boss;
  }

  /** `pollingIntervalSeconds` (pg-boss's default 2, at least 0.5) for queues someone waits on. */
  async work<T extends object>(queue: string, handler: Handler<T>, options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
    const boss = await this.queue(queue);
    await boss.work<T>(queue, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  async send<T extends object>(queue: string, data: T, options: { singletonKey?: string; startAfter?: Date } = {}): Promise<string | null> {
    const boss = await this.queue(queue);
    return boss.send(queue, data, options);
  }

  /** A cron schedule (UTC) for a queue; pg-boss makes sure one process sends each tick. */
  async schedule(queue: string, cron: string): Promise<void> {
    const boss = await this.queue(queue);
    await boss.schedule(queue, cron, {}, { tz: 'UTC' });
  }

  /** Whether this process runs workers and schedules (JOBS=off disables them, as in tests). */
  get enabled(): boolean {
    return process.env['JOBS'] !== 'off';
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: false, timeout: 2000 }).catch(() => undefined);
  }
}
