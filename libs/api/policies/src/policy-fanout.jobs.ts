import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Db, EventsService, FanoutChain, JobsService, keysetSteps } from '@pillars/api/core';
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
 * Asking a major version's audience, never in the request: `policies.version.published` (after
 * commit, major versions only) starts a FanoutChain of POLICY_FANOUT_BATCH members per step, each
 * step its own idempotent transaction. `audience.members.changed` asks late joiners in the outbox
 * handler's transaction, due from their join.
 */
@Injectable()
export class PolicyFanoutJobs implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly chain: FanoutChain<FanoutStep>;

  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    jobs: JobsService,
    private readonly assignments: PolicyAssignmentsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {
    this.chain = new FanoutChain<FanoutStep>(jobs, {
      queue: POLICY_FANOUT_QUEUE,
      logger: new Logger('PolicyFanout'),
      run: keysetSteps((s) => this.assignments.askBatch(s.organizationId, s.versionId, s.after, POLICY_FANOUT_BATCH)),
    });
  }

  onModuleInit(): void {
    this.kinds.register({ kind: ACKNOWLEDGEMENT_REQUESTED_KIND, defaultChannel: NotificationChannel.IN_APP });
    this.targets.register(POLICY_TARGET, (actor, ids) => this.assignments.visibleIds(actor, ids));
    this.events.on('policies.version-fanout', [PoliciesEvents.versionPublished], async (event, tx) => {
      const payload = event.payload as unknown as PolicyVersionPublishedPayload;
      if (!payload.asks) return;
      this.db.afterCommit(tx, () => this.chain.begin({ organizationId: event.organizationId, versionId: payload.versionId, after: null }));
    });
    this.events.on('policies.audience-joiners', [AudienceEvents.membersChanged], async (event, tx) => {
      const payload = event.payload as unknown as AudienceMembersChangedPayload;
      await this.assignments.askJoiners(tx, event.organizationId, payload.audienceId, payload.added ?? []);
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.chain.work();
  }

  /** Resolves when in-process steps started so far are done (tests and shutdown). */
  settled(): Promise<void> {
    return this.chain.settled();
  }

  onModuleDestroy(): Promise<void> {
    return this.chain.settled();
  }
}
