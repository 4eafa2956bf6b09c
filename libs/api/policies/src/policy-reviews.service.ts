import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, AppError, authorize, can, Db, decodeCursor, defineLoader, EventsService, pageSize, runSql, toConnection, type Connection, type LoaderDef, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { NotificationChannel, NotificationKinds, NotificationsService, NotificationTargets } from '@pillars/api/notifications';
import { UserStatus } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { PoliciesErrorCode } from './policies.errors';
import { PoliciesEvents } from './policies.events';
import { PolicyVersionStatus, type PolicyKind } from './policy.model';
import { policyPolicy } from './policy.policy';
import { presentVersion, VERSION_COLUMNS, type VersionRow } from './policy.presenter';
import { PolicyReviewDecision, type PolicyReviewModel, type PolicyReviewRequestModel } from './policy-review.model';
import type { RequestPolicyReviewInput, ReviewPolicyVersionInput } from './policy-review.inputs';
import { PoliciesService } from './policies.service';

export const POLICY_REVIEW_REQUESTED_KIND = 'policies.review_requested';
export const POLICY_REVIEW_DECIDED_KIND = 'policies.review_decided';
/** A reviewer's notification points at `policy_review:<versionId>`: open to the people asked to review it. */
export const POLICY_REVIEW_TARGET = 'policy_review';
/** The author's points at `policy_draft:<versionId>` (data `policyId`): open to those who manage the policy. */
export const POLICY_DRAFT_TARGET = 'policy_draft';

const REVIEW_COLUMNS = `r.version_id AS "versionId", r.reviewer_id AS "reviewerId", r.requested_by AS "requestedById", r.requested_at AS "requestedAt",
  r.decision, r.comment, r.decided_at AS "decidedAt"`;

type RequestRow = VersionRow & PolicyReviewModel & { policyTitle: string; policyKind: PolicyKind; policyCategory: string; sortAt: string };

const presentReview = (r: PolicyReviewModel): PolicyReviewModel => ({
  versionId: r.versionId, reviewerId: r.reviewerId, requestedById: r.requestedById, requestedAt: r.requestedAt, decision: r.decision, comment: r.comment, decidedAt: r.decidedAt,
});
const presentRequest = (r: RequestRow): PolicyReviewRequestModel => ({
  policyId: r.policyId, policyTitle: r.policyTitle, policyKind: r.policyKind, policyCategory: r.policyCategory, version: presentVersion(r, false), review: presentReview(r),
});

/**
 * Review of a draft by named reviewers. Whoever may edit the draft (HR, admins, the owner) asks
 * active people of the organisation; each reviewer may read that draft (and only it), and approves
 * or comments until it is published. Asking again adds reviewers and keeps the decisions already
 * given (a draft's text cannot change once drafted). Publishing does not wait for reviews: HR
 * decides with the review state in front of them (docs/decisions.md).
 */
@Injectable()
export class PolicyReviewsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly authoring: PoliciesService,
    private readonly notifications: NotificationsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {}

  onModuleInit(): void {
    this.kinds.register(
      { kind: POLICY_REVIEW_REQUESTED_KIND, defaultChannel: NotificationChannel.EMAIL_NOW },
      { kind: POLICY_REVIEW_DECIDED_KIND, defaultChannel: NotificationChannel.EMAIL_NOW },
    );
    this.targets.register(POLICY_REVIEW_TARGET, async (actor, ids) => {
      const rows = await this.db.query<{ id: string }>(
        `SELECT version_id AS id FROM policy_version_reviews WHERE organization_id = $1 AND reviewer_id = $2 AND version_id = ANY($3::uuid[])`,
        [actor.organizationId, actor.userId, ids],
      );
      return new Set(rows.map((r) => r.id));
    });
    this.targets.register(POLICY_DRAFT_TARGET, async (actor, ids) => {
      const rows = await this.db.query<{ id: string; ownerId: string; organizationId: string }>(
        `SELECT v.id, p.owner_id AS "ownerId", v.organization_id AS "organizationId" FROM policy_versions v JOIN policies p ON p.id = v.policy_id
          WHERE v.organization_id = $1 AND v.id = ANY($2::uuid[])`,
        [actor.organizationId, ids],
      );
      return new Set(rows.filter((r) => can(policyPolicy, actor, 'manage', r)).map((r) => r.id));
    });
  }

  /**
   * Asks these people to review a draft. Unknown, inactive or other organisations' ids are
   * BAD_USER_INPUT (`reviewerIds.<i>`, rule `exists`) and nothing is written; at most
   * LIMITS.policyReviewers per draft. Only the newly asked are notified.
   */
  async requestReview(actor: Actor, input: RequestPolicyReviewInput): Promise<string> {
    const ids = [...new Set(input.reviewerIds.map((id) => id.toLowerCase()))];
    const self = input.reviewerIds.findIndex((id) => id.toLowerCase() === actor.userId);
    if (self >= 0) throw AppError.badInput([{ field: `reviewerIds.${self}`, rule: 'notSelf' }], 'Authors do not review their own draft');
    return this.db.transaction(async (tx) => {
      const version = await this.authoring.versionRow(tx, input.versionId, actor, true);
      authorize(policyPolicy, actor, 'manage', version);
      this.assertOpen(version);
      const active = new Set((await this.people.usersByIds(actor, ids, tx)).filter((u) => u.status === UserStatus.ACTIVE).map((u) => u.id));
      const unknown = input.reviewerIds.findIndex((id) => !active.has(id.toLowerCase()));
      if (unknown >= 0) throw AppError.badInput([{ field: `reviewerIds.${unknown}`, rule: 'exists' }], 'Unknown or inactive reviewer');
      const [{ n }] = await runSql<{ n: number }>(tx, `SELECT count(*)::int AS n FROM policy_version_reviews WHERE version_id = $1 AND NOT (reviewer_id = ANY($2::uuid[]))`, [version.id, ids]);
      if (n + ids.length > LIMITS.policyReviewers) throw AppError.badInput([{ field: 'reviewerIds', rule: 'maxReviewers' }], `At most ${LIMITS.policyReviewers} reviewers per draft`);
      const added = await runSql<{ reviewerId: string }>(
        tx,
        `INSERT INTO policy_version_reviews (version_id, reviewer_id, organization_id, requested_by)
         SELECT $1, r.id, $2, $3 FROM unnest($4::uuid[]) AS r(id)
         ON CONFLICT (version_id, reviewer_id) DO NOTHING RETURNING reviewer_id AS "reviewerId"`,
        [version.id, actor.organizationId, actor.userId, ids],
      );
      if (added.length === 0) return version.id;
      const reviewerIds = added.map((r) => r.reviewerId);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: PoliciesEvents.reviewRequested, payload: { policyId: version.policyId, versionId: version.id, reviewerIds } });
      await this.notifications.notify(tx, {
        organizationId: actor.organizationId, kind: POLICY_REVIEW_REQUESTED_KIND, recipientIds: reviewerIds, actorId: actor.userId,
        target: { type: POLICY_REVIEW_TARGET, id: version.id }, data: { policyId: version.policyId, versionId: version.id },
      });
      return version.id;
    });
  }

  /**
   * A requested reviewer approves or comments (their latest word replaces the earlier one) while
   * the version is a draft; the person who asked them is notified. Anyone not asked: NOT_FOUND,
   * or POLICY_REVIEW_NOT_REQUESTED for those who manage the policy (they can see the draft).
   */
  async review(actor: Actor, input: ReviewPolicyVersionInput): Promise<PolicyReviewRequestModel> {
    const comment = input.comment ?? null;
    if (input.decision === PolicyReviewDecision.COMMENTED && !comment) throw AppError.badInput([{ field: 'comment', rule: 'required' }], 'A comment says what to change');
    return this.db.transaction(async (tx) => {
      const [mine] = await runSql<{ requestedById: string }>(
        tx,
        `SELECT requested_by AS "requestedById" FROM policy_version_reviews WHERE version_id = $1 AND reviewer_id = $2 AND organization_id = $3 FOR UPDATE`,
        [input.versionId, actor.userId, actor.organizationId],
      );
      const version = await this.authoring.versionRow(tx, input.versionId, actor, true);
      if (!mine) {
        if (can(policyPolicy, actor, 'manage', version)) throw new AppError(PoliciesErrorCode.POLICY_REVIEW_NOT_REQUESTED, {}, 'You were not asked to review this draft');
        throw AppError.notFound('policy version');
      }
      if (version.retiredAt || version.status !== PolicyVersionStatus.DRAFT) {
        throw new AppError(PoliciesErrorCode.POLICY_REVIEW_CLOSED, { status: version.retiredAt ? 'RETIRED' : version.status }, 'Reviewing ended with the draft');
      }
      await runSql(tx, `UPDATE policy_version_reviews SET decision = $3, comment = $4, decided_at = now() WHERE version_id = $1 AND reviewer_id = $2`, [version.id, actor.userId, input.decision, comment]);
      await this.events.append(tx, {
        organizationId: actor.organizationId, actorId: actor.userId, type: PoliciesEvents.reviewDecided,
        payload: { policyId: version.policyId, versionId: version.id, reviewerId: actor.userId, decision: input.decision },
      });
      await this.notifications.notify(tx, {
        organizationId: actor.organizationId, kind: POLICY_REVIEW_DECIDED_KIND, recipientIds: [mine.requestedById], actorId: actor.userId,
        target: { type: POLICY_DRAFT_TARGET, id: version.id }, data: { policyId: version.policyId, versionId: version.id },
      });
      return this.requestOf(actor, version.id, tx);
    });
  }

  /** The drafts waiting for the viewer's review, latest request first (keyset by request time). */
  async myRequests(actor: Actor, args: { first?: number; after?: string }): Promise<Connection<PolicyReviewRequestModel>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.db.query<RequestRow>(
      `SELECT * FROM (${this.requestSql()} AND v.status = 'DRAFT' AND p.retired_at IS NULL) x
        WHERE ($3::text IS NULL OR (x."sortAt", x.id) < ($3::text, $4::uuid))
        ORDER BY x."sortAt" DESC, x.id DESC LIMIT $5`,
      [actor.organizationId, actor.userId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return toConnection(rows, first, (r) => [r.sortAt, r.id], presentRequest);
  }

  /** One version the viewer was asked to review (any status: the page says when reviewing closed); NOT_FOUND otherwise. */
  async requestOf(actor: Actor, versionId: string, manager: Tx = this.db.manager): Promise<PolicyReviewRequestModel> {
    const [row] = await runSql<RequestRow>(manager, `${this.requestSql()} AND r.version_id = $3`, [actor.organizationId, actor.userId, versionId]);
    if (!row) throw AppError.notFound('policy review');
    return presentRequest(row);
  }

  /** Every review of each version (filtered by organisation); the field resolver decides who sees which. */
  readonly reviewsOfVersion: LoaderDef<string, PolicyReviewModel[]> = defineLoader('policies.reviewsOfVersion', async (actor, ids) => {
    if (!actor) return ids.map(() => []);
    const rows = await this.db.query<PolicyReviewModel>(
      `SELECT ${REVIEW_COLUMNS} FROM policy_version_reviews r WHERE r.organization_id = $1 AND r.version_id = ANY($2::uuid[]) ORDER BY r.requested_at, r.reviewer_id`,
      [actor.organizationId, ids],
    );
    return ids.map((id) => rows.filter((r) => r.versionId === id).map(presentReview));
  });

  /** Who sees a version's reviews: those who manage the policy all of them, a reviewer their own, anyone else none (null). */
  visibleReviews(actor: Actor, version: { organizationId: string; ownerId: string }, reviews: PolicyReviewModel[]): PolicyReviewModel[] | null {
    if (can(policyPolicy, actor, 'manage', version)) return reviews;
    const own = reviews.filter((r) => r.reviewerId === actor.userId);
    return own.length ? own : null;
  }

  private requestSql(): string {
    return `SELECT ${VERSION_COLUMNS}, ${REVIEW_COLUMNS}, p.title AS "policyTitle", p.kind AS "policyKind", p.category AS "policyCategory",
        to_char(r.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "sortAt"
      FROM policy_version_reviews r JOIN policy_versions v ON v.id = r.version_id JOIN policies p ON p.id = v.policy_id
     WHERE r.organization_id = $1 AND r.reviewer_id = $2::uuid`;
  }

  private assertOpen(version: VersionRow): void {
    if (version.retiredAt) throw new AppError(PoliciesErrorCode.POLICY_RETIRED, {}, 'The policy is retired');
    if (version.status !== PolicyVersionStatus.DRAFT) throw new AppError(PoliciesErrorCode.POLICY_NOT_DRAFT, { status: version.status }, 'Only a draft is reviewed');
  }
}
