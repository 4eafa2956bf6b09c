import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, Db, EventsService, renderMarkdown, runSql, type Tx } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import { PeopleDirectory } from '@pillars/api/directory';
import { checkText } from '@pillars/shared/validation';
import { PoliciesErrorCode } from './policies.errors';
import { PoliciesEvents, type PolicyVersionPublishedPayload } from './policies.events';
import type { CreatePolicyInput, DraftPolicyVersionInput } from './policy.inputs';
import { PolicyAcknowledgementMethod, PolicyChange, PolicyVersionStatus } from './policy.model';
import { policyPolicy } from './policy.policy';
import { copyQuiz, saveQuiz } from './policy-quiz.questions';
import { contentHashOf, POLICY_COLUMNS, VERSION_COLUMNS, type PolicyRow, type VersionRow } from './policy.presenter';

const DEFAULT_DUE_DAYS = 14;

/**
 * Authoring (HR, admins, a policy's owner): policies, draft versions, publication, retirement.
 * Each command validates, authorizes, writes in one transaction and appends its outbox event;
 * asking the audience (assignments, notifications) follows in jobs (PolicyFanoutJobs).
 */
@Injectable()
export class PoliciesService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly audiences: AudienceDirectory,
    private readonly people: PeopleDirectory,
  ) {}

  async createPolicy(actor: Actor, input: CreatePolicyInput): Promise<string> {
    authorize(policyPolicy, actor, 'create', { organizationId: actor.organizationId, ownerId: actor.userId });
    const tags = this.cleanTags(input.tags ?? []);
    const ownerId = input.ownerId ?? actor.userId;
    return this.db.transaction(async (tx) => {
      if (ownerId !== actor.userId && !(await this.people.existing(tx, actor.organizationId, { userIds: [ownerId], teamIds: [] })).has(ownerId)) {
        throw AppError.badInput([{ field: 'ownerId', rule: 'exists' }], 'Unknown owner');
      }
      const [row] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO policies (organization_id, kind, category, title, owner_id, tags, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [actor.organizationId, input.kind, input.category, input.title, ownerId, tags, actor.userId],
      );
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: PoliciesEvents.policyCreated, payload: { policyId: row.id } });
      return row.id;
    });
  }

  /**
   * A new draft: MAJOR numbers it (current major + 1).0 with its own audience, method and due
   * period; MINOR numbers it current.(minor + 1) and keeps the current version's terms, since
   * it asks nobody again. Bodies are rendered now, through the app's one Markdown pipeline.
   */
  async draftVersion(actor: Actor, input: DraftPolicyVersionInput): Promise<string> {
    const languages = input.bodies.map((b) => b.language);
    if (new Set(languages).size !== languages.length) throw AppError.badInput([{ field: 'bodies', rule: 'uniqueLanguage' }], 'One body per language');
    if (!languages.includes(input.fallbackLanguage)) throw AppError.badInput([{ field: 'fallbackLanguage', rule: 'oneOfBodies' }], 'The fallback language needs a body');
    const major = input.change === PolicyChange.MAJOR;
    const majorOnly = (['audience', 'acknowledgementMethod', 'dueInDays', 'quiz', 'gate'] as const).find((f) => input[f] != null);
    if (!major && majorOnly) throw AppError.badInput([{ field: majorOnly, rule: 'majorOnly' }], 'A minor version keeps the terms of the version it amends');
    if (major && (input.acknowledgementMethod === PolicyAcknowledgementMethod.QUIZ) !== (input.quiz != null)) {
      throw AppError.badInput([{ field: 'quiz', rule: input.quiz ? 'quizMethodOnly' : 'required' }], 'A quiz goes with the QUIZ method, and QUIZ needs a quiz');
    }
    const { rules, audienceId } = input.audience ?? {};
    if (major && (rules == null) === (audienceId == null)) throw AppError.badInput([{ field: 'audience', rule: 'exactlyOne' }], 'Give either audience rules or an audienceId');
    return this.db.transaction(async (tx) => {
      const policy = await this.lockPolicy(tx, actor, input.policyId);
      authorize(policyPolicy, actor, 'manage', policy);
      if (policy.retiredAt) throw new AppError(PoliciesErrorCode.POLICY_RETIRED, {}, 'The policy is retired');
      const [draft] = await runSql<{ id: string }>(tx, `SELECT id FROM policy_versions WHERE policy_id = $1 AND status = 'DRAFT'`, [policy.id]);
      if (draft) throw new AppError(PoliciesErrorCode.POLICY_DRAFT_EXISTS, { draftVersionId: draft.id }, 'The policy already has a draft');
      const [latest] = await runSql<{ major: number; minor: number }>(tx, `SELECT major, minor FROM policy_versions WHERE policy_id = $1 ORDER BY major DESC, minor DESC LIMIT 1`, [policy.id]);
      const current = policy.currentVersionId ? await this.versionRow(tx, policy.currentVersionId) : null;
      let terms: { audienceId: string; method: string; dueDays: number; major: number; minor: number; gate: boolean };
      if (major) {
        const audience = audienceId
          ? await this.existingAudience(tx, actor, audienceId)
          : (await this.audiences.createForOwner(tx, actor, rules, 'audience.rules')).id;
        terms = { audienceId: audience, method: input.acknowledgementMethod ?? PolicyAcknowledgementMethod.CHECKBOX, dueDays: input.dueInDays ?? DEFAULT_DUE_DAYS, major: (latest?.major ?? 0) + 1, minor: 0, gate: input.gate ?? false };
      } else {
        if (!current) throw new AppError(PoliciesErrorCode.POLICY_NOT_PUBLISHED, {}, 'A minor version amends a published version');
        terms = { audienceId: current.audienceId, method: current.ackMethod, dueDays: current.dueDays, major: current.major, minor: current.minor + 1, gate: current.gate };
      }
      const [version] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO policy_versions (organization_id, policy_id, major, minor, change_summary, audience_id, ack_method, due_days, fallback_language, content_hash, created_by, gate)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [actor.organizationId, policy.id, terms.major, terms.minor, input.changeSummary ?? null, terms.audienceId, terms.method, terms.dueDays, input.fallbackLanguage,
          contentHashOf({ ...terms, fallbackLanguage: input.fallbackLanguage }, input.bodies.map((b) => ({ ...b, ackText: b.acknowledgementText }))), actor.userId, terms.gate],
      );
      if (input.quiz) await saveQuiz(tx, actor.organizationId, version.id, input.quiz, languages);
      else if (!major && current && terms.method === PolicyAcknowledgementMethod.QUIZ) {
        await copyQuiz(tx, current.id, version.id);
        const missing = languages.filter((l) => !current.languages.includes(l));
        if (missing.length) throw AppError.badInput([{ field: 'bodies', rule: 'quizLanguages' }], 'A minor version of a quiz keeps its languages');
      }
      await runSql(
        tx,
        `INSERT INTO policy_version_bodies (version_id, organization_id, language, title, body, body_html, ack_text)
         SELECT $1, $2, b->>'language', b->>'title', b->>'body', b->>'html', b->>'ack' FROM jsonb_array_elements($3::jsonb) b`,
        [version.id, actor.organizationId, JSON.stringify(input.bodies.map((b) => ({ language: b.language, title: b.title, body: b.body, html: renderMarkdown(b.body).html, ack: b.acknowledgementText })))],
      );
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: PoliciesEvents.versionDrafted, payload: { policyId: policy.id, versionId: version.id } });
      return version.id;
    });
  }

  /** Publishes a draft now: it becomes current (effective now), the previous one superseded. */
  async publishVersion(actor: Actor, versionId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const version = await this.versionRow(tx, versionId, actor, true);
      authorize(policyPolicy, actor, 'manage', version);
      await this.publishLocked(tx, version, actor.userId, null);
      return version.id;
    });
  }

  /**
   * Schedules a draft for publication at `publishAt` (in the future), or unschedules it (null).
   * The minute's sweep (PolicyScheduleJobs) publishes it then, as its scheduler.
   */
  async scheduleVersion(actor: Actor, versionId: string, publishAt: Date | null): Promise<string> {
    if (publishAt && publishAt.getTime() <= Date.now()) throw AppError.badInput([{ field: 'publishAt', rule: 'future' }], 'Schedule a time in the future');
    return this.db.transaction(async (tx) => {
      const version = await this.versionRow(tx, versionId, actor, true);
      authorize(policyPolicy, actor, 'manage', version);
      if (version.retiredAt) throw new AppError(PoliciesErrorCode.POLICY_RETIRED, {}, 'The policy is retired');
      if (version.status !== PolicyVersionStatus.DRAFT) throw new AppError(PoliciesErrorCode.POLICY_NOT_DRAFT, { status: version.status }, 'Only a draft is scheduled');
      await runSql(tx, `UPDATE policy_versions SET publish_at = $2, scheduled_by = $3 WHERE id = $1`, [version.id, publishAt, publishAt ? actor.userId : null]);
      return version.id;
    });
  }

  /**
   * Publishes a locked draft: superseding the current version, effective `at` (a schedule's time)
   * or now, appending `policies.version.published` (its fan-out follows commit).
   */
  async publishLocked(tx: Tx, version: VersionRow, actorId: string, at: Date | null): Promise<void> {
    if (version.retiredAt) throw new AppError(PoliciesErrorCode.POLICY_RETIRED, {}, 'The policy is retired');
    if (version.status !== PolicyVersionStatus.DRAFT) throw new AppError(PoliciesErrorCode.POLICY_NOT_DRAFT, { status: version.status }, 'Only a draft is published');
    await runSql(tx, `UPDATE policy_versions SET status = 'SUPERSEDED' WHERE policy_id = $1 AND status = 'PUBLISHED'`, [version.policyId]);
    await runSql(tx, `UPDATE policy_versions SET status = 'PUBLISHED', published_at = coalesce($2, now()), effective_at = coalesce($2, now()), publish_at = NULL WHERE id = $1`, [version.id, at]);
    await runSql(tx, `UPDATE policies SET updated_at = now() WHERE id = $1`, [version.policyId]);
    const payload: PolicyVersionPublishedPayload = { policyId: version.policyId, versionId: version.id, audienceId: version.audienceId, major: version.major, minor: version.minor, asks: version.minor === 0 };
    await this.events.append(tx, { organizationId: version.organizationId, actorId, type: PoliciesEvents.versionPublished, payload: { ...payload } });
  }

  /** Retired: history and evidence kept, nobody is asked or reminded any more. */
  async retirePolicy(actor: Actor, policyId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const policy = await this.lockPolicy(tx, actor, policyId);
      authorize(policyPolicy, actor, 'manage', policy);
      if (policy.retiredAt) throw new AppError(PoliciesErrorCode.POLICY_RETIRED, {}, 'The policy is already retired');
      await runSql(tx, `UPDATE policies SET retired_at = now(), updated_at = now() WHERE id = $1`, [policy.id]);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: PoliciesEvents.policyRetired, payload: { policyId: policy.id } });
      return policy.id;
    });
  }

  /** A version of the actor's organisation (NOT_FOUND otherwise); `lock` takes it FOR UPDATE. */
  async versionRow(tx: Tx, versionId: string, actor?: Actor, lock = false): Promise<VersionRow> {
    const [row] = await this.db.prepared<VersionRow>(
      lock ? 'policies-version-lock' : 'policies-version',
      `SELECT ${VERSION_COLUMNS} FROM policy_versions v JOIN policies p ON p.id = v.policy_id
        WHERE v.id = $1 AND ($2::uuid IS NULL OR v.organization_id = $2)${lock ? ' FOR UPDATE OF v' : ''}`,
      [versionId, actor?.organizationId ?? null],
      tx,
    );
    if (!row) throw AppError.notFound('policy version');
    return row;
  }

  private async lockPolicy(tx: Tx, actor: Actor, policyId: string): Promise<PolicyRow> {
    const [row] = await runSql<PolicyRow>(tx, `SELECT ${POLICY_COLUMNS} FROM policies p WHERE p.id = $1 AND p.organization_id = $2 FOR UPDATE OF p`, [policyId, actor.organizationId]);
    if (!row) throw AppError.notFound('policy');
    return row;
  }

  private async existingAudience(tx: Tx, actor: Actor, audienceId: string): Promise<string> {
    if (!(await this.audiences.exists(tx, actor.organizationId, audienceId))) throw AppError.badInput([{ field: 'audience.audienceId', rule: 'exists' }], 'Unknown audience');
    return audienceId;
  }

  private cleanTags(tags: unknown[]): string[] {
    const clean = tags.map((tag, i) => {
      const result = checkText(tag, { max: 50, multiline: false });
      if (!result.ok) throw AppError.badInput([{ field: `tags.${i}`, rule: result.rule }], 'Invalid tag');
      return result.value.toLowerCase();
    });
    return [...new Set(clean)];
  }
}
