import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Db, JobsService, runSql } from '@pillars/api/core';
import { PoliciesService } from './policies.service';

/** Every minute: drafts whose scheduled time has come are published (and their fan-out starts). */
export const POLICY_SCHEDULE_SWEEP_QUEUE = 'policies.version.schedule-sweep';
/** Publications per sweep (each its own transaction); the next minute takes the rest. */
const SWEEP_BATCH = 100;

/**
 * Scheduled publication. No job per schedule: the state is the draft's `publish_at`, and a
 * minute's pg-boss cron sweep publishes what is due, so a restart, a moved schedule or a cancelled
 * one needs no job to be found and removed. Idempotent: each version is re-read under its lock and
 * published only while it is still a due draft; two sweeps racing skip each other's rows.
 */
@Injectable()
export class PolicyScheduleJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('PolicySchedule');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobsService,
    private readonly policies: PoliciesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work<object>(POLICY_SCHEDULE_SWEEP_QUEUE, async () => {
      await this.sweep();
    });
    await this.jobs.schedule(POLICY_SCHEDULE_SWEEP_QUEUE, '* * * * *');
  }

  /** Publishes the drafts due at `now`; tests pass their clock and scope it to their organisation. Returns the versions published. */
  async sweep(now: Date = new Date(), organizationId?: string): Promise<string[]> {
    const due = await this.db.query<{ id: string }>(
      `SELECT v.id FROM policy_versions v JOIN policies p ON p.id = v.policy_id
        WHERE v.status = 'DRAFT' AND v.publish_at <= $1 AND p.retired_at IS NULL AND ($2::uuid IS NULL OR v.organization_id = $2)
        ORDER BY v.publish_at, v.id LIMIT ${SWEEP_BATCH}`,
      [now, organizationId ?? null],
    );
    const published: string[] = [];
    for (const { id } of due) {
      try {
        const done = await this.db.transaction(async (tx) => {
          const [locked] = await runSql<{ id: string }>(tx, `SELECT id FROM policy_versions WHERE id = $1 AND status = 'DRAFT' AND publish_at <= $2 FOR UPDATE SKIP LOCKED`, [id, now]);
          if (!locked) return false;
          const version = await this.policies.versionRow(tx, id);
          const [{ scheduledBy, publishAt }] = await runSql<{ scheduledBy: string; publishAt: Date }>(tx, `SELECT scheduled_by AS "scheduledBy", publish_at AS "publishAt" FROM policy_versions WHERE id = $1`, [id]);
          // Effective at its scheduled time, not at the minute the sweep came by.
          await this.policies.publishLocked(tx, version, scheduledBy, publishAt);
          return true;
        });
        if (done) published.push(id);
      } catch (e) {
        // A review still open or a retired policy: the draft stays scheduled and is tried again; others go on.
        this.logger.warn(`scheduled publication of ${id} not done: ${(e as Error).message}`);
      }
    }
    return published;
  }
}
