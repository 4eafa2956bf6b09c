import type { Logger } from '@nestjs/common';
import type { JobsService } from './jobs.service';

export interface FanoutChainOptions<S extends { after: string | null }> {
  queue: string;
  logger: Logger;
  /** One idempotent step in its own transaction; returns the cursor of the next step, or null when done. */
  run: (step: S) => Promise<string | null>;
  /** pg-boss singleton key of a step, so a step is queued once. */
  key: (step: S) => string;
  pollingIntervalSeconds?: number;
}

/**
 * A fan-out as a chain of keyset steps (announcements, policy asks): the first step runs
 * in-process right after the commit that started it, so its people hear without waiting for a
 * worker to poll; the rest are pg-boss jobs (retried; steps are idempotent). If the first step
 * fails it becomes a job too. With jobs off (tests, JOBS=off) every step runs in-process.
 */
export class FanoutChain<S extends { after: string | null }> {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly jobs: JobsService,
    private readonly options: FanoutChainOptions<S>,
  ) {}

  /** Registers the queue's worker (call from onApplicationBootstrap). */
  async work(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work<S>(this.options.queue, (step) => this.step(step), { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 0.5 });
  }

  /** Starts a chain (call after commit); the request that committed has already answered. */
  begin(first: S): void {
    const p = this.start(first).catch((e: Error) => this.options.logger.error(`${this.options.queue} failed: ${e.message}`)).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Runs one step and queues the next; public for tests that re-run a step. */
  async step(step: S): Promise<void> {
    const next = await this.options.run(step);
    if (next) await this.enqueue({ ...step, after: next });
  }

  /** Resolves when in-process steps started so far are done (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private async start(step: S): Promise<void> {
    await new Promise((r) => setImmediate(r));
    if (!this.jobs.enabled) return this.step(step);
    try {
      await this.step(step);
    } catch (e) {
      this.options.logger.warn(`${this.options.queue}: first step failed in-process, queued as a job (${(e as Error).message})`);
      await this.enqueue(step);
    }
  }

  private async enqueue(step: S): Promise<void> {
    if (this.jobs.enabled) {
      await this.jobs.send(this.options.queue, step, { singletonKey: this.options.key(step) });
      return;
    }
    await new Promise((r) => setImmediate(r));
    await this.step(step);
  }
}
