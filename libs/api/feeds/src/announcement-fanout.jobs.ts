import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Db, EventsService, JobsService, RealtimeService } from '@pillars/api/core';
import { AudienceEvents, type AudienceMembersChangedPayload } from '@pillars/api/audiences';
import { NotificationChannel, NotificationKinds, NotificationTargets } from '@pillars/api/notifications';
import { ANNOUNCEMENT_KIND, ANNOUNCEMENT_TARGET, AnnouncementsService, MUST_READ_REMINDER_KIND, type AnnouncementPublishedPayload } from './announcements.service';
import { FeedsEvents } from './feeds.events';

export const ANNOUNCEMENT_FANOUT_QUEUE = 'feeds.announcement.fanout';
/** Receipts and notifications per job step (one transaction each). */
export const FANOUT_BATCH = 1000;

interface FanoutStep {
  organizationId: string;
  postId: string;
  after: string | null;
}

/**
 * Delivery of announcements, never in the request: `feeds.announcement.published` (after commit)
 * starts a chain of steps of FANOUT_BATCH audience members each (the first in-process, the rest
 * pg-boss jobs), every step in its own
 * transaction and idempotent (receipts ON CONFLICT DO NOTHING; only new receipts notify).
 * `audience.members.changed` delivers to late joiners in the outbox handler's transaction; people
 * who leave keep their receipts. With jobs off (tests, JOBS=off) the steps run in-process after commit.
 */
@Injectable()
export class AnnouncementFanoutJobs implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AnnouncementFanout');
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly announcements: AnnouncementsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit(): void {
    this.kinds.register({ kind: ANNOUNCEMENT_KIND, defaultChannel: NotificationChannel.IN_APP }, { kind: MUST_READ_REMINDER_KIND, defaultChannel: NotificationChannel.IN_APP });
    // Deleted or not (any longer) readable: "no longer available".
    this.targets.register(ANNOUNCEMENT_TARGET, (actor, ids) => this.announcements.visibleIds(actor, ids));
    this.realtime.registerRoom('announcement', (actor, id) => this.announcements.canTrack(actor, id));
    this.events.on('feeds.announcement-fanout', [FeedsEvents.announcementPublished], async (event, tx) => {
      const payload = event.payload as unknown as AnnouncementPublishedPayload;
      this.db.afterCommit(tx, () => this.track(this.start({ organizationId: event.organizationId, postId: payload.postId, after: null })));
    });
    this.events.on('feeds.announcement-joiners', [AudienceEvents.membersChanged], async (event, tx) => {
      const payload = event.payload as unknown as AudienceMembersChangedPayload;
      await this.announcements.deliverToJoiners(tx, event.organizationId, payload.audienceId, payload.added ?? []);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    // People are waiting for the next batches: poll at pg-boss's shortest interval, not its 2 s.
    await this.jobs.work<FanoutStep>(ANNOUNCEMENT_FANOUT_QUEUE, (step) => this.step(step), { pollingIntervalSeconds: 0.5 });
  }

  /** Runs one step and queues the next; exported for tests that re-run a step. */
  async step(step: FanoutStep): Promise<void> {
    const next = await this.announcements.deliverBatch(step.organizationId, step.postId, step.after, FANOUT_BATCH);
    if (next) await this.enqueue({ ...step, after: next });
  }

  /** Resolves when in-process steps started so far are done (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /**
   * The first batch runs here, right after the publishing commit, so its recipients hear of the
   * announcement without waiting for a worker to poll; later batches are jobs. If the first batch
   * fails it becomes a job too (retried by pg-boss; the step is idempotent).
   */
  private async start(step: FanoutStep): Promise<void> {
    await new Promise((r) => setImmediate(r));
    if (!this.jobs.enabled) return this.step(step);
    try {
      await this.step(step);
    } catch (e) {
      this.logger.warn(`announcement fan-out: first batch failed in-process, queued as a job (${(e as Error).message})`);
      await this.enqueue(step);
    }
  }

  private async enqueue(step: FanoutStep): Promise<void> {
    if (this.jobs.enabled) {
      await this.jobs.send(ANNOUNCEMENT_FANOUT_QUEUE, step, { singletonKey: `${step.postId}:${step.after ?? ''}` });
      return;
    }
    // In-process: yield first so the request that published has answered.
    await new Promise((r) => setImmediate(r));
    await this.step(step);
  }

  private track(work: Promise<unknown>): void {
    const p = work.catch((e: Error) => this.logger.error(`announcement fan-out failed: ${e.message}`)).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }
}
