import type { Logger } from '@nestjs/common';
import type { JobsService } from './jobs.service';

export interface FanoutChainOptions<S extends object> {
  queue: string;
  logger: Logger;
  /** One idempotent step in its own transaction; returns the step that follows it, or null when the chain is done. */
  run: (step: S) => Promise<S | null>;
  /**
   * Whether `next`, which follows `done`, runs here too rather than as a job. Default: only the
   * first step runs in-process. A multi-phase chain (announcements: every receipt step, then the
   * first notification step) says which of its steps are worth not waiting for a worker.
   */
  inProcess?: (next: S, done: S) => boolean;
  pollingIntervalSeconds?: number;
}

/** `run` for a single-phase keyset chain: the step's work returns the next cursor, or null at the end. */
export function keysetSteps<S extends { after: string | null }>(work: (step: S) => Promise<string | null>): (step: S) => Promise<S | null> {
  return async (step) => {
    const after = await work(step);
    return after ? { ...step, after } : null;
  };
}

/**
 * A fan-out as a chain of idempotent steps (announcement receipts and notifications, policy
 * asks): the first steps run in-process right after the commit that started the chain, so its
 * people hear without waiting for a worker to poll; the rest are pg-boss jobs any process may
 * take (retried; steps are idempotent, so a step that runs twice does no harm and jobs carry no
 * singleton key: on pg-boss's standard queues it would not deduplicate anyway). A step that
 * fails in-process becomes a job. With jobs off (tests, JOBS=off) every step runs in-process.
 */
export class FanoutChain<S extends object> {
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

  /** Starts a chain (call after commit) without waiting for it; the request that committed has already answered. */
  begin(first: S): void {
    const p = this.resume(first).catch((e: Error) => this.options.logger.error(`${this.options.queue} failed: ${e.message}`)).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  /** Runs a chain's in-process part here and resolves when it is done or handed to jobs (a sweep resuming chains one after another). */
  async resume(first: S): Promise<void> {
    let step: S | null = first;
    while (step) {
      await new Promise((r) => setImmediate(r));
      if (!this.jobs.enabled) return this.step(step);
      const current: S = step;
      try {
        step = await this.options.run(current);
      } catch (e) {
        this.options.logger.warn(`${this.options.queue}: a step failed in-process, queued as a job (${(e as Error).message})`);
        return this.enqueue(current);
      }
      if (step && !(this.options.inProcess?.(step, current) ?? false)) return this.enqueue(step);
    }
  }

  /** Runs one step and queues the next (a job's handler); public for tests that re-run a step. */
  async step(step: S): Promise<void> {
    const next = await this.options.run(step);
    if (next) await this.enqueue(next);
  }

  /** Resolves when in-process steps started so far are done (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private async enqueue(step: S): Promise<void> {
    if (this.jobs.enabled) {
      await this.jobs.send(this.options.queue, step);
      return;
    }
    // In-process: yield first so the request that started the chain has answered.
    await new Promise((r) => setImmediate(r));
    await this.step(step);
  }
}
