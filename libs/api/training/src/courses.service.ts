import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, AppError, authorize, Db, decodeCursor, EventsService, pageSize, renderMarkdown, runSql, toConnection, type Connection, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { PolicyAcknowledgementLookup } from '@pillars/api/policies';
import { TrainingErrorCode } from './training.errors';
import { TrainingEvents } from './training.events';
import type { TrainingCourseInput, TrainingModuleInput } from './training.inputs';
import { TrainingCourseStatus, TrainingModuleKind, type TrainingCourseModel, type TrainingModuleModel } from './training.model';
import { coursePolicy, governsTraining } from './training.policy';

export interface CourseRow {
  id: string;
  organizationId: string;
  ownerId: string;
  category: string;
  status: TrainingCourseStatus;
  selfEnrol: boolean;
  versionId: string;
  version: number;
  title: string;
  description: string;
  estimatedMinutes: number;
  languages: string[];
  validityMonths: number | null;
}
export const COURSE_COLUMNS = `c.id, c.organization_id AS "organizationId", c.owner_id AS "ownerId", c.category, c.status, c.self_enrol AS "selfEnrol",
  v.id AS "versionId", v.number AS version, v.title, v.description, v.estimated_minutes AS "estimatedMinutes", v.languages, v.validity_months AS "validityMonths"`;

/** A stored quiz question: the key (`correct`) never leaves the server for a learner. */
export interface StoredQuestion {
  id: string;
  prompt: string;
  multiple: boolean;
  options: { id: string; text: string }[];
  correct: string[];
}
export interface ModuleRow {
  id: string;
  versionId: string;
  position: number;
  kind: TrainingModuleKind;
  title: string;
  content: string | null;
  url: string | null;
  policyId: string | null;
  passMark: number | null;
  maxAttempts: number | null;
  drawCount: number | null;
  questions: StoredQuestion[] | null;
  /** ATTENDANCE: its sessions by start, with the seats booked (JSON: dates as ISO text); [] otherwise. */
  sessions: { id: string; startsAt: string; endsAt: string | null; place: string; capacity: number; booked: number }[];
  /** Kept by a module carried over into a new version (named by id, or an unchanged ATTENDANCE module): its sessions are those of every module of the lineage. */
  lineageId: string;
}
export const MODULE_COLUMNS = `m.id, m.version_id AS "versionId", m.position, m.kind, m.title, m.content, m.url, m.policy_id AS "policyId",
  m.pass_mark AS "passMark", m.max_attempts AS "maxAttempts", m.draw_count AS "drawCount", m.questions,
  (SELECT coalesce(json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at, 'place', s.place, 'capacity', s.capacity,
            'booked', (SELECT count(*) FROM training_session_bookings b WHERE b.session_id = s.id)) ORDER BY s.starts_at, s.id), '[]'::json)
     FROM training_sessions s JOIN training_modules sm ON sm.id = s.module_id WHERE sm.lineage_id = m.lineage_id) AS sessions, m.lineage_id AS "lineageId"`;

export const presentModule = (m: ModuleRow): TrainingModuleModel => ({
  id: m.id, position: m.position, kind: m.kind, title: m.title,
  content: m.kind === TrainingModuleKind.MARKDOWN || m.content ? m.content : null,
  contentHtml: m.content ? renderMarkdown(m.content).html : null,
  url: m.url, policyId: m.policyId, passMark: m.passMark, maxAttempts: m.maxAttempts, drawCount: m.drawCount, questionCount: m.questions ? m.questions.length : null,
  questionBank: null,
  sessions: m.sessions.map((x) => ({
    id: x.id, startsAt: new Date(x.startsAt), endsAt: x.endsAt ? new Date(x.endsAt) : null, place: x.place, capacity: x.capacity, seatsLeft: Math.max(0, x.capacity - Number(x.booked)),
  })),
});
/** The question bank with its key, for those who manage the course (the editor reloads it). */
const presentBank = (m: ModuleRow) =>
  m.questions?.map((q) => ({ prompt: q.prompt, multiple: q.multiple, options: q.options.map((o) => ({ text: o.text, correct: q.correct.includes(o.id) })) })) ?? null;
export const presentCourse = (c: CourseRow, modules: ModuleRow[], editor = false): TrainingCourseModel => ({
  id: c.id, status: c.status, category: c.category, ownerId: c.ownerId, selfEnrol: c.selfEnrol, versionId: c.versionId, version: c.version,
  title: c.title, description: c.description, estimatedMinutes: c.estimatedMinutes, languages: c.languages, validityMonths: c.validityMonths,
  modules: modules.map((m) => ({ ...presentModule(m), questionBank: editor ? presentBank(m) : null })),
});

/** A session of the lineage (`lineage`, a SQL uuid) at the start, end and place of `s` (a session input as jsonb). */
const SAME_SESSION_SQL = (lineage: string, s: string) => `SELECT 1 FROM training_sessions o JOIN training_modules om ON om.id = o.module_id
  WHERE om.lineage_id = ${lineage} AND ${sameTimes('o', s)} AND o.place = ${s}->>'place'`;
/** Session `o`'s start and end equal those of input `s` to the millisecond (what the API gives and takes; the seed's rows have microseconds). */
const sameTimes = (o: string, s: string) => `date_trunc('milliseconds', ${o}.starts_at) = (${s}->>'startsAt')::timestamptz
  AND date_trunc('milliseconds', ${o}.ends_at) IS NOT DISTINCT FROM (${s}->>'endsAt')::timestamptz`;

const bad = (field: string, rule: string, message: string) => AppError.badInput([{ field, rule }], message);

/**
 * The catalogue (HR, admins, a course's owner). A course's content lives in versions: a draft's
 * only version is edited in place; editing a published course writes version n+1, which becomes
 * current at once, while enrolments in progress keep the version they started.
 */
@Injectable()
export class CoursesService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly policies: PolicyAcknowledgementLookup,
  ) {}

  async createCourse(actor: Actor, input: TrainingCourseInput): Promise<string> {
    authorize(coursePolicy, actor, 'create', { organizationId: actor.organizationId, ownerId: actor.userId });
    const ownerId = input.ownerId ?? actor.userId;
    return this.db.transaction(async (tx) => {
      if (ownerId !== actor.userId && !(await this.people.existing(tx, actor.organizationId, { userIds: [ownerId], teamIds: [] })).has(ownerId)) {
        throw bad('ownerId', 'exists', 'Unknown owner');
      }
      const [course] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO training_courses (organization_id, owner_id, category, self_enrol, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [actor.organizationId, ownerId, input.category, input.selfEnrol ?? false, actor.userId],
      );
      const versionId = await this.writeVersion(tx, actor, course.id, 1, input, await this.lineagesOf(tx, actor, null, input));
      await runSql(tx, `UPDATE training_courses SET current_version_id = $2 WHERE id = $1`, [course.id, versionId]);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: TrainingEvents.courseCreated, payload: { courseId: course.id } });
      return course.id;
    });
  }

  /** A draft: its version rewritten. Published: a new version, current now. Archived: refused. */
  async updateCourse(actor: Actor, courseId: string, input: TrainingCourseInput): Promise<string> {
    return this.db.transaction(async (tx) => {
      const course = await this.lockCourse(tx, actor, courseId);
      authorize(coursePolicy, actor, 'manage', course);
      if (course.status === TrainingCourseStatus.ARCHIVED) throw new AppError(TrainingErrorCode.TRAINING_COURSE_STATUS, { status: course.status }, 'The course is archived');
      if (input.ownerId && input.ownerId !== course.ownerId && !(await this.people.existing(tx, actor.organizationId, { userIds: [input.ownerId], teamIds: [] })).has(input.ownerId)) {
        throw bad('ownerId', 'exists', 'Unknown owner');
      }
      // Before any write: a refused module id leaves the course as it was.
      const lineages = await this.lineagesOf(tx, actor, course, input);
      await runSql(tx, `UPDATE training_courses SET category = $2, self_enrol = $3, owner_id = $4, updated_at = now() WHERE id = $1`, [course.id, input.category, input.selfEnrol ?? course.selfEnrol, input.ownerId ?? course.ownerId]);
      if (course.status === TrainingCourseStatus.DRAFT) {
        await runSql(tx, `DELETE FROM training_course_versions WHERE id = $1`, [course.versionId]);
        const versionId = await this.writeVersion(tx, actor, course.id, course.version, input, lineages);
        await runSql(tx, `UPDATE training_courses SET current_version_id = $2 WHERE id = $1`, [course.id, versionId]);
      } else {
        const versionId = await this.writeVersion(tx, actor, course.id, course.version + 1, input, lineages);
        await runSql(tx, `UPDATE training_courses SET current_version_id = $2 WHERE id = $1`, [course.id, versionId]);
      }
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: TrainingEvents.courseUpdated, payload: { courseId: course.id } });
      return course.id;
    });
  }

  async setStatus(actor: Actor, courseId: string, to: TrainingCourseStatus.PUBLISHED | TrainingCourseStatus.ARCHIVED): Promise<string> {
    return this.db.transaction(async (tx) => {
      const course = await this.lockCourse(tx, actor, courseId);
      authorize(coursePolicy, actor, 'manage', course);
      const from = to === TrainingCourseStatus.PUBLISHED ? TrainingCourseStatus.DRAFT : TrainingCourseStatus.PUBLISHED;
      if (course.status !== from) throw new AppError(TrainingErrorCode.TRAINING_COURSE_STATUS, { status: course.status }, `Only a ${from.toLowerCase()} course can be ${to.toLowerCase()}`);
      await runSql(tx, `UPDATE training_courses SET status = $2, updated_at = now() WHERE id = $1`, [course.id, to]);
      // Archiving ends its assignments: nobody is enrolled or re-enrolled any more; history stays.
      if (to === TrainingCourseStatus.ARCHIVED) await runSql(tx, `UPDATE training_assignments SET ended_at = now() WHERE course_id = $1 AND ended_at IS NULL`, [course.id]);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: to === TrainingCourseStatus.PUBLISHED ? TrainingEvents.coursePublished : TrainingEvents.courseArchived, payload: { courseId: course.id } });
      return course.id;
    });
  }

  /**
   * A course as the viewer may read it: published (and archived) courses to anyone of the
   * organisation who is enrolled or may enrol, drafts to those who manage it. NOT_FOUND otherwise.
   */
  async getCourse(actor: Actor, courseId: string, manager: Tx = this.db.manager): Promise<TrainingCourseModel> {
    const course = await this.courseRow(manager, actor.organizationId, courseId);
    const manages = !!course && (governsTraining(actor) || course.ownerId === actor.userId);
    if (!course || (course.status === TrainingCourseStatus.DRAFT && !manages)) throw AppError.notFound('course');
    return presentCourse(course, await this.modules(manager, course.versionId), manages);
  }

  /**
   * The catalogue by title, a keyset page at a time: published courses for everyone; HR, admins
   * and owners also their drafts and archived ones; optionally one status.
   */
  async listCourses(actor: Actor, args: { first?: number; after?: string; status?: TrainingCourseStatus }): Promise<Connection<TrainingCourseModel>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.db.query<CourseRow>(
      `SELECT ${COURSE_COLUMNS} FROM training_courses c JOIN training_course_versions v ON v.id = c.current_version_id
        WHERE c.organization_id = $1 AND (c.status = 'PUBLISHED' OR $2 OR c.owner_id = $3) AND ($4::text IS NULL OR c.status = $4)
          AND ($5::text IS NULL OR (v.title, c.id) > ($5::text, $6::uuid))
        ORDER BY v.title, c.id LIMIT $7`,
      [actor.organizationId, governsTraining(actor), actor.userId, args.status ?? null, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    const modules = await this.db.query<ModuleRow>(`SELECT ${MODULE_COLUMNS} FROM training_modules m WHERE m.version_id = ANY($1::uuid[]) ORDER BY m.position`, [rows.map((r) => r.versionId)]);
    return toConnection(rows, first, (r) => [r.title, r.id], (r) => presentCourse(r, modules.filter((m) => m.versionId === r.versionId)));
  }

  async courseRow(manager: Tx, organizationId: string, courseId: string, lock = false): Promise<CourseRow | undefined> {
    const [row] = await runSql<CourseRow>(
      manager,
      `SELECT ${COURSE_COLUMNS} FROM training_courses c JOIN training_course_versions v ON v.id = c.current_version_id WHERE c.id = $1 AND c.organization_id = $2${lock ? ' FOR UPDATE OF c' : ''}`,
      [courseId, organizationId],
    );
    return row;
  }

  modules(manager: Tx, versionId: string): Promise<ModuleRow[]> {
    return runSql<ModuleRow>(manager, `SELECT ${MODULE_COLUMNS} FROM training_modules m WHERE m.version_id = $1 ORDER BY m.position`, [versionId]);
  }

  private async lockCourse(tx: Tx, actor: Actor, courseId: string): Promise<CourseRow> {
    const row = await this.courseRow(tx, actor.organizationId, courseId, true);
    if (!row) throw AppError.notFound('course');
    return row;
  }

  /**
   * The lineage each input module carries over (null: a new lineage), checked before anything is
   * written. A module with an `id` keeps the lineage of the module it names, which must be a module
   * of this course (any version) of the same kind, named once per edit (a second id of the same
   * lineage counts as a repeat); anything else is BAD_USER_INPUT on `modules.<i>.id`. An input
   * without any id (a client from before ids) falls back to the old match on a published course:
   * an ATTENDANCE module at the same position with the same title and instructions.
   */
  private async lineagesOf(tx: Tx, actor: Actor, course: CourseRow | null, input: TrainingCourseInput): Promise<(string | null)[]> {
    const ids = input.modules.map((m) => m.id ?? null);
    if (ids.every((id) => id === null)) {
      if (!course || course.status !== TrainingCourseStatus.PUBLISHED) return ids;
      const previous = await this.modules(tx, course.versionId);
      return input.modules.map((m, i) => {
        const before = previous.find((p) => p.position === i + 1);
        const same = before && before.kind === TrainingModuleKind.ATTENDANCE && m.kind === TrainingModuleKind.ATTENDANCE && before.title === m.title && (before.content ?? null) === (m.content || null);
        return same ? before.lineageId : null;
      });
    }
    const known = course
      ? await runSql<{ id: string; kind: TrainingModuleKind; lineageId: string }>(
          tx,
          `SELECT m.id, m.kind, m.lineage_id AS "lineageId" FROM training_modules m JOIN training_course_versions v ON v.id = m.version_id
            WHERE m.id = ANY($1::uuid[]) AND m.organization_id = $2 AND v.course_id = $3`,
          [ids.filter((id) => id !== null), actor.organizationId, course.id],
        )
      : [];
    const taken = new Map<string, number>();
    return input.modules.map((m, i) => {
      if (!m.id) return null;
      const path = `modules.${i}.id`;
      const found = known.find((k) => k.id === m.id);
      if (!found) throw bad(path, 'exists', 'Not a module of this course');
      if (found.kind !== m.kind) throw bad(path, 'sameKind', `The module is ${found.kind}, not ${m.kind}`);
      const first = taken.get(found.lineageId);
      if (first !== undefined) throw bad(path, 'unique', `The same module as modules.${first}`);
      taken.set(found.lineageId, i);
      return found.lineageId;
    });
  }

  /**
   * Writes a version with its modules and sessions. `lineages` (see lineagesOf): a module given
   * one is carried over, keeping its lineage and so its sessions, bookings and seats (see reconcileSessions).
   */
  private async writeVersion(tx: Tx, actor: Actor, courseId: string, number: number, input: TrainingCourseInput, lineages: (string | null)[]): Promise<string> {
    const languages = [...new Set(input.languages)];
    const [v] = await runSql<{ id: string }>(
      tx,
      `INSERT INTO training_course_versions (organization_id, course_id, number, title, description, estimated_minutes, languages, validity_months, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [actor.organizationId, courseId, number, input.title, input.description, input.estimatedMinutes, languages, input.validityMonths ?? null, actor.userId],
    );
    const modules: Record<string, unknown>[] = [];
    for (const [i, m] of input.modules.entries()) {
      const checked = await this.checkModule(tx, actor, m, `modules.${i}`);
      const lineageId = lineages[i];
      modules.push(lineageId ? { ...checked, lineageId } : checked);
    }
    // The modules, then the sessions of the ATTENDANCE ones (matched by position), in one statement.
    await runSql(
      tx,
      `WITH input AS (SELECT m FROM jsonb_array_elements($3::jsonb) m),
            added AS (INSERT INTO training_modules (organization_id, version_id, position, kind, title, content, url, policy_id, pass_mark, max_attempts, draw_count, questions, lineage_id)
                      SELECT $1, $2, (m->>'position')::int, m->>'kind', m->>'title', m->>'content', m->>'url', (m->>'policyId')::uuid,
                             (m->>'passMark')::int, (m->>'maxAttempts')::int, (m->>'drawCount')::int, CASE WHEN m ? 'questions' THEN m->'questions' END,
                             coalesce((m->>'lineageId')::uuid, gen_random_uuid())
                        FROM input RETURNING id, position, lineage_id)
       INSERT INTO training_sessions (organization_id, module_id, starts_at, ends_at, place, capacity)
       SELECT $1, a.id, (s->>'startsAt')::timestamptz, (s->>'endsAt')::timestamptz, s->>'place', (s->>'capacity')::int
         FROM added a JOIN input i ON (i.m->>'position')::int = a.position CROSS JOIN LATERAL jsonb_array_elements(coalesce(i.m->'sessions', '[]'::jsonb)) s
        WHERE NOT EXISTS (${SAME_SESSION_SQL('a.lineage_id', 's')})`,
      [actor.organizationId, v.id, JSON.stringify(modules.map((m, i) => ({ ...m, position: i + 1 })))],
    );
    await this.reconcileSessions(tx, v.id, modules.filter((m) => m['lineageId']));
    return v.id;
  }

  /**
   * A carried-over module's sessions stay one set: a session the edit names again (same start,
   * end and place) keeps its id, bookings and attendance and takes the edit's capacity (written
   * once, not copied); an upcoming one the edit leaves out goes unless someone holds a seat in it
   * (cancelling seats is not an edit's side effect); past ones stay as history.
   */
  private async reconcileSessions(tx: Tx, versionId: string, carried: Record<string, unknown>[]): Promise<void> {
    if (carried.length === 0) return;
    await runSql(
      tx,
      `WITH input AS (SELECT (x->>'lineageId')::uuid AS lineage_id, s FROM jsonb_array_elements($1::jsonb) x CROSS JOIN LATERAL jsonb_array_elements(x->'sessions') s),
            old AS (SELECT o.id, o.starts_at, o.ends_at, o.place, om.lineage_id FROM training_sessions o JOIN training_modules om ON om.id = o.module_id
                     WHERE om.lineage_id IN (SELECT lineage_id FROM input) AND om.version_id <> $2),
            kept AS (UPDATE training_sessions t SET capacity = (i.s->>'capacity')::int FROM old, input i
                      WHERE t.id = old.id AND i.lineage_id = old.lineage_id AND ${sameTimes('old', 'i.s')} AND i.s->>'place' = old.place RETURNING t.id)
       DELETE FROM training_sessions t USING old
        WHERE t.id = old.id AND old.starts_at > now() AND t.id NOT IN (SELECT id FROM kept)
          AND NOT EXISTS (SELECT 1 FROM training_session_bookings b WHERE b.session_id = t.id)`,
      [JSON.stringify(carried), versionId],
    );
  }

  /** Each kind takes its own fields and no other's; a POLICY_ACK points at a policy in force. */
  private async checkModule(tx: Tx, actor: Actor, m: TrainingModuleInput, path: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = { kind: m.kind, title: m.title };
    const only = (allowed: (keyof TrainingModuleInput)[]) => {
      const extra = (['content', 'url', 'policyId', 'passMark', 'maxAttempts', 'drawCount', 'questions', 'sessions'] as const).find((f) => m[f] != null && !allowed.includes(f));
      if (extra) throw bad(`${path}.${extra}`, 'notForKind', `${extra} does not go with ${m.kind}`);
    };
    switch (m.kind) {
      case TrainingModuleKind.MARKDOWN:
        only(['content']);
        if (!m.content) throw bad(`${path}.content`, 'required', 'Markdown needs content');
        out['content'] = m.content;
        break;
      case TrainingModuleKind.EXTERNAL_LINK: {
        only(['url', 'content']);
        let url: URL | null = null;
        try {
          url = m.url ? new URL(m.url) : null;
        } catch {
          url = null;
        }
        if (!url || !['https:', 'http:'].includes(url.protocol)) throw bad(`${path}.url`, 'url', 'An http(s) URL is required');
        out['url'] = url.toString();
        if (m.content) out['content'] = m.content;
        break;
      }
      case TrainingModuleKind.POLICY_ACK:
        only(['policyId']);
        if (!m.policyId || !(await this.policies.inForce(tx, actor.organizationId, m.policyId))) throw bad(`${path}.policyId`, 'exists', 'A policy with a version in force is required');
        out['policyId'] = m.policyId;
        break;
      case TrainingModuleKind.QUIZ: {
        only(['passMark', 'maxAttempts', 'drawCount', 'questions', 'content']);
        if (m.passMark == null || m.maxAttempts == null || !m.questions?.length) throw bad(`${path}.questions`, 'required', 'A quiz needs a pass mark, an attempt limit and questions');
        if (m.drawCount != null && m.drawCount > m.questions.length) throw bad(`${path}.drawCount`, 'max', 'Draw at most the bank');
        const questions: StoredQuestion[] = m.questions.map((q, qi) => {
          const right = q.options.filter((o) => o.correct).length;
          if (q.multiple ? right < 1 : right !== 1) throw bad(`${path}.questions.${qi}.options`, q.multiple ? 'oneCorrectAtLeast' : 'exactlyOneCorrect', 'Mark the correct options');
          const options = q.options.map((o) => ({ id: randomUUID(), text: o.text, correct: o.correct }));
          return { id: randomUUID(), prompt: q.prompt, multiple: q.multiple, options: options.map(({ id, text }) => ({ id, text })), correct: options.filter((o) => o.correct).map((o) => o.id) };
        });
        Object.assign(out, { passMark: m.passMark, maxAttempts: m.maxAttempts, drawCount: m.drawCount ?? questions.length, questions, content: m.content ?? null });
        break;
      }
      case TrainingModuleKind.EVIDENCE_UPLOAD:
        only(['content']);
        if (m.content) out['content'] = m.content;
        break;
      case TrainingModuleKind.ATTENDANCE:
        only(['content', 'sessions']);
        if (!m.sessions?.length) throw bad(`${path}.sessions`, 'required', 'A live session needs at least one date');
        m.sessions.forEach((x, si) => {
          if (x.endsAt && x.endsAt.getTime() <= x.startsAt.getTime()) throw bad(`${path}.sessions.${si}.endsAt`, 'afterStart', 'A session ends after it starts');
        });
        out['sessions'] = m.sessions.map((x) => ({ startsAt: x.startsAt.toISOString(), endsAt: x.endsAt?.toISOString() ?? null, place: x.place, capacity: x.capacity }));
        if (m.content) out['content'] = m.content;
        break;
    }
    return out;
  }
}
