import { Injectable } from '@nestjs/common';
import { Actor, AppError, can, Db, decodeCursor, pageSize, RateLimiter, SqlParams, toConnection, type Connection } from '@pillars/api/core';
import { csvCell, PeopleDirectory } from '@pillars/api/directory';
import { NotificationsService } from '@pillars/api/notifications';
import { Role } from '@pillars/shared/types';
import { CoursesService, presentModule } from './courses.service';
import { TRAINING_COURSE_TARGET } from './enrolments.service';
import {
  TrainingEvidenceStatus, TrainingStatus, type MyTrainingModel, type TrainingEnrolmentModel, type TrainingCountsModel, type TrainingMatrixModel, type TrainingMatrixRowModel,
  type TrainingPlayerModel, type TrainingRollupModel, type TrainingSessionSeatModel,
} from './training.model';
import { coursePolicy, visibleRecordsSql } from './training.policy';
import { currentOrderSql, currentRankSql, DUE_SOON_DAYS, ENROLMENT_COLUMNS, presentEnrolment, statusCodeSql, statusOfCode, statusSql, type EnrolmentRow } from './training.sql';

export const TRAINING_NUDGE_KIND = 'training.nudge';
/** One nudge per person and course per manager a day; one "nudge every overdue" per course an hour. */
export const NUDGE_RATE = { perPersonSeconds: 24 * 3600, allOverdueSeconds: 3600 } as const;

/** A matrix cell as sent: the status code (statusCodeSql) and the epoch milliseconds of its date, cheap to parse by the thousand. */
interface CellRow {
  user_id: string;
  course_id: string;
  code: number;
  at: number | null;
}
const counts = (r: { required: number; done: number; overdue: number; expired: number } | undefined): TrainingCountsModel => {
  const required = r?.required ?? 0;
  const done = r?.done ?? 0;
  return { required, done, overdue: r?.overdue ?? 0, expired: r?.expired ?? 0, percent: required ? Math.round((done / required) * 1000) / 10 : 0 };
};
/** Done counts a valid completion (DONE or EXPIRING). */
const COUNT_COLUMNS = `count(*)::int AS required, count(*) FILTER (WHERE cur.status IN ('DONE', 'EXPIRING'))::int AS done,
  count(*) FILTER (WHERE cur.status = 'OVERDUE')::int AS overdue, count(*) FILTER (WHERE cur.status = 'EXPIRED')::int AS expired`;

/**
 * What learners, managers and HR read. "Current" is one enrolment per person and required course
 * (currentOrderSql); required = made by an assignment. Every read is filtered in SQL by the
 * records rule (own; a manager's line; HR everyone).
 */
@Injectable()
export class TrainingQueriesService {
  constructor(
    private readonly db: Db,
    private readonly people: PeopleDirectory,
    private readonly courses: CoursesService,
    private readonly notifications: NotificationsService,
    private readonly limiter: RateLimiter,
  ) {}

  /** The viewer's current enrolment per course (one statement), by section. */
  async myTraining(actor: Actor): Promise<MyTrainingModel> {
    const rows = await this.db.query<EnrolmentRow>(
      `SELECT * FROM (SELECT DISTINCT ON (e.course_id) ${ENROLMENT_COLUMNS} FROM training_enrolments e
          WHERE e.organization_id = $1 AND e.user_id = $2 ORDER BY e.course_id, ${currentOrderSql('e')}) x
        ORDER BY x."dueAt" NULLS LAST, x."enrolledAt" DESC`,
      [actor.organizationId, actor.userId],
    );
    const soon = Date.now() + DUE_SOON_DAYS * 86_400_000;
    const out: MyTrainingModel = { assigned: [], inProgress: [], dueSoon: [], overdue: [], completed: [] };
    for (const r of rows) {
      const e = presentEnrolment(r);
      if (r.completedAt) out.completed.push(e);
      else if (r.status === TrainingStatus.OVERDUE) out.overdue.push(e);
      else if (r.dueAt && new Date(r.dueAt).getTime() <= soon) out.dueSoon.push(e);
      else if (r.status === TrainingStatus.IN_PROGRESS) out.inProgress.push(e);
      else out.assigned.push(e);
    }
    return out;
  }

  /**
   * One person's every enrolment (all courses and cycles, required or not), newest first, a keyset
   * page at a time: by the records rule, so a stranger's history is simply empty.
   */
  async history(actor: Actor, userId: string, args: { first?: number; after?: string }): Promise<Connection<TrainingEnrolmentModel>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const p = new SqlParams();
    const visible = visibleRecordsSql(actor, p, () => this.lineSql(actor, p));
    const rows = await this.db.query<EnrolmentRow>(
      `SELECT ${ENROLMENT_COLUMNS} FROM training_enrolments e
        WHERE e.organization_id = ${p.add(actor.organizationId)} AND e.user_id = ${p.add(userId)} AND ${visible}
          AND (${p.add(after?.[0] ?? null)}::timestamptz IS NULL OR (e.enrolled_at, e.id) < (${p.add(after?.[0] ?? null)}::timestamptz, ${p.add(after?.[1] ?? null)}::uuid))
        ORDER BY e.enrolled_at DESC, e.id DESC LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [new Date(r.enrolledAt).toISOString(), r.id], presentEnrolment);
  }

  /** An enrolment's course version with the learner's progress; readable by the records rule. */
  async player(actor: Actor, enrolmentId: string): Promise<TrainingPlayerModel> {
    const p = new SqlParams();
    const visible = visibleRecordsSql(actor, p, () => this.lineSql(actor, p));
    const [row] = await this.db.query<EnrolmentRow>(
      `SELECT ${ENROLMENT_COLUMNS} FROM training_enrolments e WHERE e.id = ${p.add(enrolmentId)} AND e.organization_id = ${p.add(actor.organizationId)} AND ${visible}`,
      p.values,
    );
    if (!row) throw AppError.notFound('enrolment');
    const course = await this.courses.courseRow(this.db.manager, actor.organizationId, row.courseId);
    if (!course) throw AppError.notFound('enrolment');
    const [version] = await this.db.query<{ title: string; description: string; estimatedMinutes: number; languages: string[]; validityMonths: number | null; number: number }>(
      `SELECT title, description, estimated_minutes AS "estimatedMinutes", languages, validity_months AS "validityMonths", number FROM training_course_versions WHERE id = $1`, [row.versionId]);
    const modules = await this.courses.modules(this.db.manager, row.versionId);
    const progress = await this.db.query<{ moduleId: string; completedAt: Date; score: number | null }>(
      `SELECT module_id AS "moduleId", completed_at AS "completedAt", score FROM training_progress WHERE enrolment_id = $1`, [row.id]);
    const evidence = await this.db.query<{ moduleId: string; status: TrainingEvidenceStatus; reason: string | null }>(
      `SELECT DISTINCT ON (module_id) module_id AS "moduleId", status, reason FROM training_evidence WHERE enrolment_id = $1 ORDER BY module_id, submitted_at DESC`, [row.id]);
    const bookings = await this.db.query<{ moduleId: string; sessionId: string }>(
      `SELECT module_id AS "moduleId", session_id AS "sessionId" FROM training_session_bookings WHERE enrolment_id = $1`, [row.id]);
    const done = new Map(progress.map((g) => [g.moduleId, g]));
    const booked = new Map(bookings.map((b) => [b.moduleId, b.sessionId]));
    const ev = new Map(evidence.map((x) => [x.moduleId, x]));
    const items = modules.map((m) => ({
      module: presentModule(m), done: done.has(m.id), completedAt: done.get(m.id)?.completedAt ?? null, score: done.get(m.id)?.score ?? null,
      evidenceStatus: ev.get(m.id)?.status ?? null, evidenceReason: ev.get(m.id)?.reason ?? null, bookedSessionId: booked.get(m.id) ?? null,
    }));
    return {
      enrolment: presentEnrolment(row),
      course: { ...presentModuleless(course), ...version, versionId: row.versionId, version: version.number, modules: items.map((i) => i.module) },
      modules: items,
      resumeModuleId: items.find((i) => !i.done)?.module.id ?? null,
    };
  }

  /**
   * The manager matrix: rows are the viewer's whole line (HR: `managerId`'s line, or their own),
   * grouped by team; columns the required courses any of them has. Three statements whatever the
   * size: the line with names and teams (the directory), the current enrolment of each of those
   * people in each course (one DISTINCT ON over an index range per person; a status code and the
   * one date it speaks of, as numbers), and the columns' titles. Rows carry one status and one date
   * per column (docs/benchmarks.md "Training benchmark": thousands of cells as objects cost more
   * to build and serialise than the statements take).
   */
  async matrix(actor: Actor, managerId?: string | null, teamId?: string | null): Promise<TrainingMatrixModel> {
    const people = await this.matrixPeople(actor, managerId ?? null, teamId ?? null);
    return this.matrixOf(actor, people);
  }

  /**
   * Whose rows a matrix view holds: a line (the viewer's; HR: `managerId`'s), intersected with a
   * team tree (`teamId`: that team and every team below it, the directory's meaning) when given.
   * HR filtering by team without `managerId` sees that whole tree across the organisation, as the
   * records rule lets them; a manager never more than their line (another line's team: no rows).
   */
  private async matrixPeople(actor: Actor, managerId: string | null, teamId: string | null) {
    const hr = actor.hasRole(Role.HR);
    const root = managerId && hr ? managerId : actor.userId;
    if (!hr && managerId && managerId !== actor.userId) throw AppError.forbidden();
    if (teamId) await this.requireTeam(actor, teamId);
    const tree = teamId ? { include: { teamTreeIds: [teamId] } } : null;
    const people = tree && hr && !managerId
      ? await this.people.namesWithTeam(this.db.manager, actor.organizationId, tree)
      : await this.people.namesWithTeam(this.db.manager, actor.organizationId, { include: { linesOf: [root] } }, tree ? { within: tree } : {});
    if (people.length === 0 && !(await this.people.hasReports(this.db.manager, actor.organizationId, root))) {
      if (!hr) throw AppError.forbidden();
    }
    return people;
  }

  /** NOT_FOUND unless the team is one of the organisation's. */
  private async requireTeam(actor: Actor, teamId: string): Promise<void> {
    const known = await this.people.existing(this.db.manager, actor.organizationId, { userIds: [], teamIds: [teamId] });
    if (!known.has(teamId)) throw AppError.notFound('team');
  }

  private async matrixOf(actor: Actor, people: { id: string; name: string; teamId: string | null; teamName: string | null }[]): Promise<TrainingMatrixModel> {
    const cells = people.length === 0 ? [] : await this.db.prepared<CellRow>(
      'training-matrix-cells',
      `SELECT DISTINCT ON (e.user_id, e.course_id) e.user_id, e.course_id, sc.code,
          (extract(epoch FROM CASE sc.code WHEN 3 THEN e.completed_at WHEN 1 THEN e.expires_at WHEN 2 THEN e.expires_at ELSE e.due_at END) * 1000)::float8 AS at
        FROM training_enrolments e CROSS JOIN LATERAL (SELECT ${statusCodeSql('e')} AS code) sc
       WHERE e.organization_id = $1 AND e.assignment_id IS NOT NULL AND e.user_id = ANY($2::uuid[])
       ORDER BY e.user_id, e.course_id, ${currentOrderSql('e')}`,
      [actor.organizationId, people.map((u) => u.id)],
    );
    const courseIds = [...new Set(cells.map((c) => c.course_id))];
    const titles = courseIds.length === 0 ? [] : await this.db.prepared<{ id: string; title: string | null }>(
      'training-matrix-columns',
      `SELECT c.id, v.title FROM training_courses c LEFT JOIN training_course_versions v ON v.id = c.current_version_id WHERE c.organization_id = $1 AND c.id = ANY($2::uuid[])`,
      [actor.organizationId, courseIds],
    );
    const columns = titles.map((c) => ({ courseId: c.id, title: c.title ?? '' })).sort((a, b) => a.title.localeCompare(b.title) || a.courseId.localeCompare(b.courseId));
    const at = new Map(columns.map((c, i) => [c.courseId, i]));
    const rows = new Map<string, TrainingMatrixRowModel>(people.map((u) => [u.id, {
      userId: u.id, name: u.name, teamId: u.teamId, teamName: u.teamName, overdueCount: 0, statuses: new Array(columns.length).fill(null), dates: new Array(columns.length).fill(null),
    }]));
    for (const c of cells) {
      const row = rows.get(c.user_id);
      const i = at.get(c.course_id);
      if (!row || i === undefined) continue;
      const status = statusOfCode(c.code);
      row.statuses[i] = status;
      row.dates[i] = c.at === null ? null : new Date(c.at);
      if (status === TrainingStatus.OVERDUE) row.overdueCount++;
    }
    const byName = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b));
    return {
      columns,
      rows: [...rows.values()].sort((a, b) => byName(a.teamName, b.teamName) || b.overdueCount - a.overdueCount || a.name.localeCompare(b.name)),
    };
  }

  /** The matrix as CSV: name, team, then one column per course (status and its date). */
  async matrixCsv(actor: Actor, managerId?: string | null, teamId?: string | null): Promise<string> {
    const m = await this.matrix(actor, managerId, teamId);
    const header = ['name', 'team', ...m.columns.map((c) => c.title)];
    const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
    const lines = m.rows.map((r) => [r.name, r.teamName ?? '', ...m.columns.map((_, i) => {
      const status = r.statuses[i];
      if (!status) return '';
      const date = iso(r.dates[i]);
      return date ? `${status} ${date}` : status;
    })]);
    return [header, ...lines].map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }


  /**
   * HR: the organisation's required training by team tree (each team with its sub-teams), one
   * statement: each person's current status per course by a streaming max over the index in
   * (person, course) order (currentRankSql; codes as statusCodeSql), counted per person; people in one team summed per
   * team and then over each subtree, people in several teams once per subtree they are in.
   */
  async rollup(actor: Actor, courseId?: string | null): Promise<TrainingRollupModel> {
    if (!actor.hasRole(Role.HR)) throw AppError.forbidden();
    const p = new SqlParams();
    const org = p.add(actor.organizationId);
    const course = p.add(courseId ?? null);
    const everyone = this.people.selectionSql({ include: { everyone: true } }, actor.organizationId, p);
    const sums = (x: string) => `coalesce(sum(${x}.required), 0)::int AS required, coalesce(sum(${x}.done), 0)::int AS done,
      coalesce(sum(${x}.overdue), 0)::int AS overdue, coalesce(sum(${x}.expired), 0)::int AS expired`;
    const rows = await this.db.query<{ part: number; id: string | null; name: string | null; parent_id: string | null; required: number; done: number; overdue: number; expired: number }>(
      `WITH cur AS (SELECT e.user_id, max(${currentRankSql('e')}) % 10 AS code FROM training_enrolments e
                     WHERE e.organization_id = ${org}::uuid AND e.assignment_id IS NOT NULL AND (${course}::uuid IS NULL OR e.course_id = ${course}::uuid)
                     GROUP BY e.user_id, e.course_id),
       counted AS MATERIALIZED (SELECT cur.user_id, count(*)::int AS required, count(*) FILTER (WHERE cur.code IN (2, 3))::int AS done,
                                  count(*) FILTER (WHERE cur.code = 4)::int AS overdue, count(*) FILTER (WHERE cur.code = 1)::int AS expired
                                  FROM cur GROUP BY cur.user_id),
       per_person AS MATERIALIZED (SELECT * FROM counted WHERE counted.user_id IN (${everyone})),
       members AS MATERIALIZED (${this.people.teamMembershipsSql(org)}),
       subtrees AS MATERIALIZED (${this.people.teamSubtreesSql(org)}),
       own AS (SELECT m.team_id, ${sums('pp')} FROM members m JOIN per_person pp ON pp.user_id = m.user_id WHERE m.teams = 1 GROUP BY m.team_id),
       parts AS (SELECT st.root, st.root_name, st.root_parent, o.required, o.done, o.overdue, o.expired FROM subtrees st JOIN own o ON o.team_id = st.team_id
                 UNION ALL
                 SELECT x.root, x.root_name, x.root_parent, pp.required, pp.done, pp.overdue, pp.expired
                   FROM (SELECT DISTINCT st.root, st.root_name, st.root_parent, m.user_id FROM subtrees st JOIN members m ON m.team_id = st.team_id WHERE m.teams > 1) x
                   JOIN per_person pp ON pp.user_id = x.user_id)
       SELECT 0 AS part, NULL::uuid AS id, NULL::text AS name, NULL::uuid AS parent_id, ${sums('pp')} FROM per_person pp
       UNION ALL
       SELECT 1, x.root, x.root_name, x.root_parent, ${sums('x')} FROM parts x GROUP BY x.root, x.root_name, x.root_parent
       ORDER BY part, name, id`,
      p.values,
    );
    return {
      totals: counts(rows.find((r) => r.part === 0)),
      groups: rows.filter((r) => r.part === 1).map((r) => ({ teamId: r.id as string, name: r.name ?? '', parentId: r.parent_id, counts: counts(r) })),
    };
  }

  /** A course's completion among those the viewer may see (HR all, a manager their line, others themselves). */
  async courseCompletion(actor: Actor, courseId: string): Promise<TrainingCountsModel> {
    await this.courses.getCourse(actor, courseId);
    const p = new SqlParams();
    const visible = visibleRecordsSql(actor, p, () => this.lineSql(actor, p));
    const [row] = await this.db.query<{ required: number; done: number; overdue: number; expired: number }>(
      `WITH cur AS (SELECT DISTINCT ON (e.user_id) e.user_id, ${statusSql('e')} AS status FROM training_enrolments e
                     WHERE e.organization_id = ${p.add(actor.organizationId)} AND e.course_id = ${p.add(courseId)} AND e.assignment_id IS NOT NULL AND ${visible}
                     ORDER BY e.user_id, ${currentOrderSql('e')})
       SELECT ${COUNT_COLUMNS} FROM cur`,
      p.values,
    );
    return counts(row);
  }

  /**
   * Nudges people of the viewer's line (HR: anyone) with an open enrolment in the course: one
   * person (`userId`), or everyone overdue, within a team tree when `teamId` is given (the
   * matrix's team filter: a manager's line intersected with it, so another line's team reaches no
   * one). A notification and, by the kind's default, an email. Rate-limited per viewer: a person
   * and course once a day, "every overdue" once an hour per course and team (or the whole reach).
   */
  async nudge(actor: Actor, courseId: string, userId: string | null, teamId: string | null = null): Promise<number> {
    if (teamId) await this.requireTeam(actor, teamId);
    const p = new SqlParams();
    const visible = visibleRecordsSql(actor, p, () => this.lineSql(actor, p));
    const inTeam = teamId ? `e.user_id IN (${this.people.selectionSql({ include: { teamTreeIds: [teamId] } }, actor.organizationId, p)})` : 'true';
    const targets = await this.db.query<{ userId: string }>(
      `SELECT DISTINCT e.user_id AS "userId" FROM training_enrolments e
        WHERE e.organization_id = ${p.add(actor.organizationId)} AND e.course_id = ${p.add(courseId)} AND e.completed_at IS NULL AND e.user_id <> ${p.add(actor.userId)}
          AND ${userId ? `e.user_id = ${p.add(userId)}` : 'e.due_at < now()'} AND ${visible} AND ${inTeam}`,
      p.values,
    );
    if (userId && targets.length === 0) throw AppError.notFound('enrolment');
    if (targets.length === 0) return 0;
    await this.limiter.hit(
      userId ? `training:nudge:${actor.userId}:${courseId}:${userId}` : `training:nudge-all:${actor.userId}:${courseId}:${teamId ?? 'all'}`,
      1,
      userId ? NUDGE_RATE.perPersonSeconds : NUDGE_RATE.allOverdueSeconds,
    );
    await this.db.transaction((tx) =>
      this.notifications.notify(tx, {
        organizationId: actor.organizationId, kind: TRAINING_NUDGE_KIND, recipientIds: targets.map((t) => t.userId), actorId: actor.userId,
        target: { type: TRAINING_COURSE_TARGET, id: courseId }, data: { courseId },
      }),
    );
    return targets.length;
  }

  /**
   * A session's booked seats, by booking time, for those who confirm attendance: the course's
   * trainers (owner, HR, admins) see every seat; anyone else only the seats of their own line
   * (SQL-filtered: empty for someone without reports). NOT_FOUND for a session of another organisation.
   */
  async sessionRoster(actor: Actor, sessionId: string): Promise<TrainingSessionSeatModel[]> {
    const [session] = await this.db.query<{ ownerId: string }>(
      `SELECT c.owner_id AS "ownerId" FROM training_sessions s JOIN training_modules m ON m.id = s.module_id JOIN training_course_versions v ON v.id = m.version_id
         JOIN training_courses c ON c.id = v.course_id WHERE s.id = $1 AND s.organization_id = $2`,
      [sessionId, actor.organizationId],
    );
    if (!session) throw AppError.notFound('session');
    const p = new SqlParams();
    const trainer = can(coursePolicy, actor, 'manage', { organizationId: actor.organizationId, ownerId: session.ownerId });
    const seats = await this.db.query<{ enrolmentId: string; userId: string; bookedAt: Date; attended: boolean }>(
      `SELECT b.enrolment_id AS "enrolmentId", e.user_id AS "userId", b.booked_at AS "bookedAt",
              EXISTS (SELECT 1 FROM training_progress g WHERE g.enrolment_id = b.enrolment_id AND g.module_id = b.module_id) AS attended
         FROM training_session_bookings b JOIN training_enrolments e ON e.id = b.enrolment_id
        WHERE b.session_id = ${p.add(sessionId)} AND b.organization_id = ${p.add(actor.organizationId)} AND ${trainer ? 'true' : `e.user_id IN (${this.lineSql(actor, p)})`}
        ORDER BY b.booked_at, b.enrolment_id`,
      p.values,
    );
    const names = new Map((await this.people.usersByIds(actor, seats.map((x) => x.userId))).map((u) => [u.id, u.name]));
    return seats.map((x) => ({ ...x, name: names.get(x.userId) ?? '' }));
  }

  /** Which evidence rows the actor may read (their files' access rule): the records rule. */
  async visibleEvidenceIds(actor: Actor, ids: string[]): Promise<Set<string>> {
    const p = new SqlParams();
    const visible = visibleRecordsSql(actor, p, () => this.lineSql(actor, p));
    const rows = await this.db.query<{ id: string }>(
      `SELECT x.id FROM training_evidence x JOIN training_enrolments e ON e.id = x.enrolment_id
        WHERE x.id = ANY(${p.add(ids)}::uuid[]) AND x.organization_id = ${p.add(actor.organizationId)} AND ${visible}`,
      p.values,
    );
    return new Set(rows.map((r) => r.id));
  }

  private lineSql(actor: Actor, p: SqlParams): string {
    return this.people.selectionSql({ include: { linesOf: [actor.userId] } }, actor.organizationId, p);
  }
}

const presentModuleless = (c: { id: string; status: import('./training.model').TrainingCourseStatus; category: string; ownerId: string; selfEnrol: boolean }) => ({
  id: c.id, status: c.status, category: c.category, ownerId: c.ownerId, selfEnrol: c.selfEnrol,
});
