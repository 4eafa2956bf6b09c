import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Db, EventsService, JobsService } from '@pillars/api/core';
import { AudienceEvents, type AudienceMembersChangedPayload } from '@pillars/api/audiences';
import { NotificationChannel, NotificationKinds, NotificationTargets } from '@pillars/api/notifications';
import { PoliciesEvents, type PolicyVersionPublishedPayload } from './policies.events';
import { ACKNOWLEDGEMENT_REQUESTED_KIND, POLICY_TARGET, PolicyAssignmentsService } from './policy-assignments.service';

export const POLICY_FANOUT_QUEUE = 'policies.version.fanout';
/** Asks and notifications per job step (one transaction each). */
export const POLICY_FANOUT_BATCH = 1000;

interface FanoutStep {
  organizationId: string;
  versionId: string;
  after: string | null;
}

/**
 * Asking a major version's audience, never in the request (like the announcement fan-out):
 * `policies.version.published` (after commit, major versions only) starts a chain of steps of
 * POLICY_FANOUT_BATCH members each, the first in-process right after the commit and the rest
 * pg-boss jobs, each step its own idempotent transaction. `audience.members.changed` asks late
 * joiners in the outbox handler's transaction, due from their join. With jobs off (tests,
 * JOBS=off) the steps run in-process after commit.
 */
@Injectable()
export class PolicyFanoutJobs implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PolicyFanout');
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly assignments: PolicyAssignmentsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {}

  onModuleInit(): void {
    this.kinds.register({ kind: ACKNOWLEDGEMENT_REQUESTED_KIND, defaultChannel: NotificationChannel.IN_APP });
    this.targets.register(POLICY_TARGET, (actor, ids) => this.assignments.visibleIds(actor, ids));
    this.events.on('policies.version-fanout', [PoliciesEvents.versionPublished], async (event, tx) => {
      const payload = event.payload as unknown as PolicyVersionPublishedPayload;
      if (!payload.asks) return;
      this.db.afterCommit(tx, () => this.track(this.start({ organizationId: event.organizationId, versionId: payload.versionId, after: null })));
    });
    this.events.on('policies.audience-joiners', [AudienceEvents.membersChanged], async (event, tx) => {
      const payload = event.payload as unknown as AudienceMembersChangedPayload;
      await this.assignments.askJoiners(tx, event.organizationId, payload.audienceId, payload.added ?? []);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work<FanoutStep>(POLICY_FANOUT_QUEUE, (step) => this.step(step), { pollingIntervalSeconds: 0.5 });
  }

  /** Runs one step and queues the next; exported for tests that re-run a step. */
  async step(step: FanoutStep): Promise<void> {
    const next = await this.assignments.askBatch(step.organizationId, step.versionId, step.after, POLICY_FANOUT_BATCH);
    if (next) await this.enqueue({ ...step, after: next });
  }

  /** Resolves when in-process steps started so far are done (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  private async start(step: FanoutStep): Promise<void> {
    await new Promise((r) => setImmediate(r));
    if (!this.jobs.enabled) return this.step(step);
    try {
      await this.step(step);
    } catch (e) {
      this.logger.warn(`policy fan-out: first batch failed in-process, queued as a job (${(e as Error).message})`);
      await this.enqueue(step);
    }
  }

  private async enqueue(step: FanoutStep): Promise<void> {
    if (this.jobs.enabled) {
      await this.jobs.send(POLICY_FANOUT_QUEUE, step, { singletonKey: `${step.versionId}:${step.after ?? ''}` });
      return;
    }
    await new Promise((r) => setImmediate(r));
    await this.step(step);
  }

  private track(work: Promise<unknown>): void {
    const p = work.catch((e: Error) => this.logger.error(`policy fan-out failed: ${e.message}`)).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }
}
