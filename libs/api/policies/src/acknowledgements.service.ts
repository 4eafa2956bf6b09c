import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, AppError, authorize, Db, decodeCursor, EventsService, pageSize, runSql, SqlParams, toConnection, type Connection, type Tx } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import { PeopleDirectory } from '@pillars/api/directory';
import { evidenceHash, GENESIS_HASH, rowIntact, type EvidenceRow } from './evidence-chain';
import { EVIDENCE_COLUMNS, verifyEvidenceChain, type ChainReport } from './evidence-verifier';
import { PoliciesErrorCode } from './policies.errors';
import { PoliciesEvents, type PolicyAcknowledgedPayload } from './policies.events';
import type { AcknowledgePolicyInput } from './policy.inputs';
import { PolicyAcknowledgementMethod, PolicyVersionStatus } from './policy.model';
import { policyPolicy, visibleEvidenceSql } from './policy.policy';
import { shownTextHash, versionLabel } from './policy.presenter';
import { PoliciesService } from './policies.service';
import { PolicyQueriesService } from './policy-queries.service';
import { PolicyQuizService, type QuizGrade } from './policy-quiz.service';

export interface RequestFacts {
  ip: string | null;
  userAgent: string | null;
}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (e: unknown, constraint: string) => {
  const driver = (e as { driverError?: { code?: string; constraint?: string } }).driverError ?? (e as { code?: string; constraint?: string });
  return driver?.code === UNIQUE_VIOLATION && driver.constraint === constraint;
};

/**
 * Acknowledgements: append-only evidence in one hash chain per organisation. Appending locks the
 * organisation's chain head row (SELECT … FOR UPDATE) for the rest of the transaction, so
 * concurrent acknowledgements queue up on it and each links to the one before.
 */
@Injectable()
export class AcknowledgementsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly audiences: AudienceDirectory,
    private readonly people: PeopleDirectory,
    private readonly policies: PoliciesService,
    private readonly queries: PolicyQueriesService,
    private readonly quiz: PolicyQuizService,
  ) {}

  async acknowledge(actor: Actor, input: AcknowledgePolicyInput, facts: RequestFacts): Promise<EvidenceRow> {
    const version = await this.policies.versionRow(this.db.manager, input.versionId, actor);
    // Hidden policies are missing, like everywhere else.
    await this.queries.getPolicy(actor, version.policyId);
    if (version.retiredAt) throw new AppError(PoliciesErrorCode.POLICY_RETIRED, {}, 'The policy is retired');
    if (version.status !== PolicyVersionStatus.PUBLISHED) {
      const current = (await this.queries.getPolicy(actor, version.policyId)).currentVersionId;
      throw new AppError(PoliciesErrorCode.POLICY_VERSION_NOT_CURRENT, { currentVersionId: current }, 'Only the current version is acknowledged');
    }
    if (!(await this.audiences.isMember(this.db.manager, actor.organizationId, version.audienceId, actor.userId))) {
      throw new AppError(PoliciesErrorCode.POLICY_NOT_IN_AUDIENCE, {}, 'This version is not addressed to you');
    }
    const [body] = await this.db.prepared<{ title: string; body: string; ackText: string }>(
      'policies-ack-body',
      `SELECT title, body, ack_text AS "ackText" FROM policy_version_bodies WHERE version_id = $1 AND language = $2`,
      [version.id, input.language],
    );
    if (!body || shownTextHash(body) !== input.textHash) throw new AppError(PoliciesErrorCode.POLICY_TEXT_MISMATCH, {}, 'That is not the text of this version in that language');
    let typedName: string | null = null;
    if (version.ackMethod === PolicyAcknowledgementMethod.TYPED_NAME) {
      const [me] = await this.people.usersByIds(actor, [actor.userId]);
      const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
      if (!input.typedName || !me || fold(input.typedName) !== fold(me.name)) throw new AppError(PoliciesErrorCode.POLICY_TYPED_NAME_MISMATCH, {}, 'Type your full name as in the directory');
      typedName = input.typedName;
    }
    const already = await this.db.prepared('policies-ack-already', `SELECT 1 FROM policy_acknowledgements WHERE version_id = $1 AND user_id = $2`, [version.id, actor.userId]);
    if (already.length) throw this.alreadyAcknowledged();
    const quiz = version.ackMethod === PolicyAcknowledgementMethod.QUIZ;
    let outcome: { row: EvidenceRow } | { failed: QuizGrade };
    try {
      outcome = await this.db.transaction(async (tx) => {
        // The quiz is graded first; a failed attempt commits alone (it counts), a pass is written with its evidence.
        let quizScore: number | null = null;
        if (quiz) {
          const grade = await this.quiz.grade(tx, actor, version, input.language, input.quiz);
          if (!grade.passed) return { failed: grade };
          quizScore = grade.score;
        }
        const head = await this.lockHead(tx, actor.organizationId);
        const row: EvidenceRow = {
          seq: 0, id: randomUUID(), organizationId: actor.organizationId, position: head.position + 1,
          policyId: version.policyId, versionId: version.id, userId: actor.userId, versionLabel: versionLabel(version), language: input.language,
          textHash: input.textHash, method: version.ackMethod, typedName, quizScore, acknowledgedAt: new Date(), ip: facts.ip, userAgent: facts.userAgent,
          prevHash: head.hash, hash: '',
        };
        row.hash = evidenceHash(head.hash, row);
        // The row and the head move in one statement: the head stays locked for as few round trips as possible.
        await this.db.prepared(
          'policies-ack-append',
          `WITH appended AS (
             INSERT INTO policy_acknowledgements (id, organization_id, position, policy_id, version_id, user_id, version_label, language, text_hash, method,
               typed_name, quiz_score, acknowledged_at, ip, user_agent, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING organization_id, position, hash)
           UPDATE policy_evidence_heads h SET position = appended.position, hash = appended.hash FROM appended WHERE h.organization_id = appended.organization_id`,
          [row.id, row.organizationId, row.position, row.policyId, row.versionId, row.userId, row.versionLabel, row.language, row.textHash, row.method,
            row.typedName, row.quizScore, row.acknowledgedAt, row.ip, row.userAgent, row.prevHash, row.hash],
          tx,
        );
        const payload: PolicyAcknowledgedPayload = { policyId: row.policyId, versionId: row.versionId, userId: row.userId, acknowledgementId: row.id, position: row.position };
        await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: PoliciesEvents.acknowledged, payload: { ...payload } });
        return { row };
      });
    } catch (e) {
      // A second attempt racing the first: the unique key refused it and the transaction rolled back.
      if (isUniqueViolation(e, 'policy_acknowledgements_once_key')) throw this.alreadyAcknowledged();
      throw e;
    }
    if ('failed' in outcome) {
      const { score, passMark, attemptsLeft } = outcome.failed;
      throw new AppError(PoliciesErrorCode.POLICY_QUIZ_FAILED, { score, passMark, attemptsLeft }, 'Below the pass mark');
    }
    return outcome.row;
  }

  /**
   * Evidence of one policy (optionally one version) that the reader may see, newest first: their
   * own; as a manager their line's; HR everyone's. Filtered in SQL; each row's hash re-checked.
   */
  async evidence(actor: Actor, policyId: string, args: { versionId?: string; first?: number; after?: string }): Promise<Connection<EvidenceRow & { intact: boolean }>> {
    await this.queries.getPolicy(actor, policyId);
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['number']) as [number] | null;
    const p = new SqlParams();
    const visible = visibleEvidenceSql(actor, p, () => this.people.selectionSql({ include: { linesOf: [actor.userId] } }, actor.organizationId, p));
    const rows = await this.db.query<EvidenceRow>(
      `SELECT ${EVIDENCE_COLUMNS} FROM policy_acknowledgements a
        WHERE a.organization_id = ${p.add(actor.organizationId)} AND a.policy_id = ${p.add(policyId)}
          AND (${p.add(args.versionId ?? null)}::uuid IS NULL OR a.version_id = ${p.add(args.versionId ?? null)}::uuid)
          AND (${p.add(after?.[0] ?? null)}::bigint IS NULL OR a.position < ${p.add(after?.[0] ?? null)}::bigint)
          AND ${visible}
        ORDER BY a.position DESC LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.position], (r) => ({ ...r, intact: rowIntact(r) }));
  }

  /** HR and admins: the organisation's whole chain recomputed (read-only). */
  async verify(actor: Actor): Promise<ChainReport> {
    authorize(policyPolicy, actor, 'verifyEvidence', { organizationId: actor.organizationId, ownerId: actor.userId });
    return verifyEvidenceChain((sql, params) => this.db.query(sql, params), actor.organizationId);
  }

  /** The organisation's chain head, created at genesis on first use, locked until commit. */
  private async lockHead(tx: Tx, organizationId: string): Promise<{ position: number; hash: string }> {
    const lock = () => this.db.prepared<{ position: string; hash: string }>('policies-head-lock', `SELECT position, hash FROM policy_evidence_heads WHERE organization_id = $1 FOR UPDATE`, [organizationId], tx);
    let [head] = await lock();
    if (!head) {
      // The organisation's first acknowledgement: the genesis head (a racing first one inserts nothing and both lock it).
      await runSql(tx, `INSERT INTO policy_evidence_heads (organization_id, position, hash) VALUES ($1, 0, $2) ON CONFLICT (organization_id) DO NOTHING`, [organizationId, GENESIS_HASH]);
      [head] = await lock();
    }
    return { position: Number(head.position), hash: head.hash };
  }

  private alreadyAcknowledged(): AppError {
    return new AppError(PoliciesErrorCode.POLICY_ALREADY_ACKNOWLEDGED, {}, 'You already acknowledged this version');
  }
}
