import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Db, EventsService, FanoutChain, JobsService, RealtimeService } from '@pillars/api/core';
import { AudienceEvents, type AudienceMembersChangedPayload, AudienceUsages } from '@pillars/api/audiences';
import { NotificationChannel, NotificationKinds, NotificationTargets } from '@pillars/api/notifications';
import { ANNOUNCEMENT_KIND, ANNOUNCEMENT_TARGET, AnnouncementsService, MUST_READ_REMINDER_KIND, type AnnouncementPublishedPayload } from './announcements.service';
import { FeedsEvents } from './feeds.events';

export const ANNOUNCEMENT_FANOUT_QUEUE = 'feeds.announcement.fanout';
/** Every minute: fan-outs a process left half-way (it ended mid-chain) are resumed. */
export const ANNOUNCEMENT_SWEEP_QUEUE = 'feeds.announcement.sweep';
/** Audience members per receipt step: one INSERT … SELECT each, so 10k people are one step. */
export const RECEIPT_BATCH = 10_000;
/** Notifications per notification step (one transaction each). */
export const NOTIFY_BATCH = 1000;
/** A fan-out untouched for this long is taken to have stopped (its process ended). */
const STALLED_SECONDS = 120;

export type FanoutPhase = 'receipts' | 'notify';
export interface FanoutStep {
  organizationId: string;
  postId: string;
  /** Jobs queued before the two phases carry none: they are receipt steps. */
  phase?: FanoutPhase;
  after: string | null;
}

/**
 * Delivery of announcements, never in the request (the audience heard of it as the publishing
 * transaction committed: AnnouncementsService.publish). On `feeds.announcement.published`, two phases: the receipts ("delivered"), RECEIPT_BATCH
 * audience members per step, one set-based statement each, run in-process one after another;
 * then the notifications: NOTIFY_BATCH receipts per step, the first in-process
 * and the rest pg-boss jobs any process may take (SKIP LOCKED). Every step is its own transaction
 * and idempotent (receipts ON CONFLICT DO NOTHING; notifications mark their receipts). A minute's
 * sweep resumes a fan-out whose process ended half-way. `audience.members.changed` delivers to
 * late joiners in the outbox handler's transaction; people who leave keep their receipts. With
 * jobs off (tests, JOBS=off) every step runs in-process after commit.
 */
@Injectable()
export class AnnouncementFanoutJobs implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('AnnouncementFanout');
  /** Step sizes; tests make them small to see several steps without tens of thousands of people. */
  batches = { receipts: RECEIPT_BATCH, notify: NOTIFY_BATCH };
  private readonly chain: FanoutChain<FanoutStep>;

  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly announcements: AnnouncementsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
    private readonly realtime: RealtimeService,
    private readonly audienceUsages: AudienceUsages,
  ) {
    this.chain = new FanoutChain<FanoutStep>(jobs, {
      queue: ANNOUNCEMENT_FANOUT_QUEUE,
      logger: this.logger,
      run: (step) => this.runStep(step),
      // Every receipt step and the first notification step run here, right after the publishing
      // commit, so recipients hear without waiting for a worker to poll; later notification steps are jobs.
      inProcess: (next, done) => next.phase !== 'notify' || done.phase !== 'notify',
    });
  }

  onModuleInit(): void {
    // A saved audience lists the announcements (not deleted) that were sent to it.
    this.audienceUsages.register({ kind: 'ANNOUNCEMENT', count: (manager, organizationId, ids) => this.announcements.countByAudience(manager, organizationId, ids) });
    this.kinds.register({ kind: ANNOUNCEMENT_KIND, defaultChannel: NotificationChannel.IN_APP }, { kind: MUST_READ_REMINDER_KIND, defaultChannel: NotificationChannel.IN_APP });
    // Deleted or not (any longer) readable: "no longer available".
    this.targets.register(ANNOUNCEMENT_TARGET, (actor, ids) => this.announcements.visibleIds(actor, ids));
    this.realtime.registerRoom('announcement', (actor, id) => this.announcements.canTrack(actor, id));
    this.events.on('feeds.announcement-fanout', [FeedsEvents.announcementPublished], async (event, tx) => {
      const payload = event.payload as unknown as AnnouncementPublishedPayload;
      this.db.afterCommit(tx, () => this.chain.begin({ organizationId: event.organizationId, postId: payload.postId, after: null }));
    });
    this.events.on('feeds.announcement-joiners', [AudienceEvents.membersChanged], async (event, tx) => {
      const payload = event.payload as unknown as AudienceMembersChangedPayload;
      await this.announcements.deliverToJoiners(tx, event.organizationId, payload.audienceId, payload.added ?? []);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    // People are waiting for the next batches: the chain polls at pg-boss's shortest interval, not its 2 s.
    await this.chain.work();
    await this.jobs.work<object>(ANNOUNCEMENT_SWEEP_QUEUE, async () => {
      await this.sweep();
    });
    await this.jobs.schedule(ANNOUNCEMENT_SWEEP_QUEUE, '* * * * *');
  }

  /** Runs one step and queues the next (as a job); exported for tests that re-run a step. */
  step(step: FanoutStep): Promise<void> {
    return this.chain.step(step);
  }

  /** One step; returns the step that follows it, if any. */
  private async runStep(step: FanoutStep): Promise<FanoutStep | null> {
    if ((step.phase ?? 'receipts') === 'receipts') {
      const after = await this.announcements.deliverReceipts(step.organizationId, step.postId, step.after, this.batches.receipts);
      return after ? { ...step, phase: 'receipts', after } : { ...step, phase: 'notify', after: null };
    }
    return (await this.announcements.notifyBatch(step.organizationId, step.postId, this.batches.notify)) ? step : null;
  }

  /** Resumes stalled fan-outs from the start of their phase (every step is idempotent, so that is safe); tests scope it to their organisation. */
  async sweep(organizationId?: string): Promise<number> {
    const stalled = await this.announcements.stalledFanouts(STALLED_SECONDS, organizationId);
    for (const s of stalled) {
      const phase: FanoutPhase = s.receipts ? 'receipts' : 'notify';
      this.logger.warn(`announcement fan-out of ${s.postId} stalled in its ${phase} phase: resuming`);
      // Here, one after another (queued steps would pile up behind a slow tick); only further notification steps become jobs.
      await this.chain.resume({ organizationId: s.organizationId, postId: s.postId, phase, after: null });
    }
    return stalled.length;
  }

  /** Resolves when in-process steps started so far are done (tests and shutdown). */
  settled(): Promise<void> {
    return this.chain.settled();
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }
}
