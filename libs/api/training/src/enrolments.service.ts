import { Injectable } from '@nestjs/common';
import { Actor, AppError, can, Db, EventsService, runSql, SqlParams, type Tx } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import { PeopleDirectory } from '@pillars/api/directory';
import { NotificationsService } from '@pillars/api/notifications';
import { CoursesService } from './courses.service';
import { TrainingErrorCode } from './training.errors';
import { TrainingEvents } from './training.events';
import type { AssignTrainingInput } from './training.inputs';
import { TrainingCourseStatus, TrainingDueKind, TrainingRecurrenceKind, type TrainingAssignmentModel } from './training.model';
import { coursePolicy, governsTraining } from './training.policy';

/** Relative due rules without `dueDays`. */
export const DEFAULT_DUE_DAYS = 14;
export const TRAINING_ASSIGNED_KIND = 'training.assigned';
/** Notifications point at `training_course:<courseId>`; the checker is the course read rule. */
export const TRAINING_COURSE_TARGET = 'training_course';

interface AssignmentRow {
  id: string;
  organizationId: string;
  courseId: string;
  lineOf: string | null;
  createdBy: string;
}

/**
 * Assignments (a course to an audience, with a due rule and a recurrence) and the enrolments they
 * make. Enrolling is one set-based INSERT … SELECT per assignment, in the caller's transaction:
 * the audience's members now (at assignment), or the people who just joined it (the
 * `audience.members.changed` handler), skipping anyone with an open enrolment in the course or a
 * completion still valid. Idempotent (NOT EXISTS and the one-open-enrolment unique index).
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly audiences: AudienceDirectory,
    private readonly people: PeopleDirectory,
    private readonly notifications: NotificationsService,
    private readonly courses: CoursesService,
  ) {}

  async assign(actor: Actor, input: AssignTrainingInput): Promise<TrainingAssignmentModel> {
    const recurrence = input.recurrence ?? TrainingRecurrenceKind.NONE;
    const dueDays = input.dueKind === TrainingDueKind.FIXED_DATE ? null : (input.dueDays ?? DEFAULT_DUE_DAYS);
    if ((input.rules == null) === (input.audienceId == null)) throw AppError.badInput([{ field: 'rules', rule: 'exactlyOne' }], 'Give either audience rules or an audienceId');
    if (input.dueKind === TrainingDueKind.FIXED_DATE) {
      if (!input.dueDate || input.dueDate.getTime() <= Date.now()) throw AppError.badInput([{ field: 'dueDate', rule: 'future' }], 'A due date in the future is required');
      if (input.dueDays != null) throw AppError.badInput([{ field: 'dueDays', rule: 'notForKind' }], 'A fixed date takes no days');
    } else {
      if (input.dueDate != null) throw AppError.badInput([{ field: 'dueDate', rule: 'notForKind' }], 'Relative due rules take no date');
    }
    if ((recurrence === TrainingRecurrenceKind.EVERY_MONTHS) !== (input.recurrenceMonths != null)) {
      throw AppError.badInput([{ field: 'recurrenceMonths', rule: recurrence === TrainingRecurrenceKind.EVERY_MONTHS ? 'required' : 'notForKind' }], 'Months go with EVERY_MONTHS');
    }
    return this.db.transaction(async (tx) => {
      const course = await this.courses.courseRow(tx, actor.organizationId, input.courseId, true);
      if (!course || (course.status === TrainingCourseStatus.DRAFT && !can(coursePolicy, actor, 'manage', course))) throw AppError.notFound('course');
      if (course.status !== TrainingCourseStatus.PUBLISHED) throw new AppError(TrainingErrorCode.TRAINING_COURSE_NOT_PUBLISHED, { status: course.status }, 'Publish the course first');
      if (recurrence === TrainingRecurrenceKind.ON_EXPIRY && course.validityMonths == null) throw AppError.badInput([{ field: 'recurrence', rule: 'needsValidity' }], 'The course never expires');
      const managesCourse = can(coursePolicy, actor, 'manage', course);
      // Anyone else must be a manager, and assigns within their own line only.
      if (!managesCourse && !(await this.people.hasReports(tx, actor.organizationId, actor.userId))) throw AppError.forbidden();
      let audienceId = input.audienceId;
      if (audienceId) {
        if (!(await this.audiences.exists(tx, actor.organizationId, audienceId))) throw AppError.badInput([{ field: 'audienceId', rule: 'exists' }], 'Unknown audience');
      } else {
        audienceId = (await this.audiences.createForOwner(tx, actor, input.rules, 'rules')).id;
      }
      const lineOf = managesCourse ? null : actor.userId;
      if (lineOf) {
        const p = new SqlParams();
        const org = p.add(actor.organizationId);
        const members = this.audiences.membersSql(p.add(audienceId), org);
        const line = this.people.selectionSql({ include: { linesOf: [lineOf] } }, actor.organizationId, p);
        const [{ outside }] = await runSql<{ outside: number }>(tx, `SELECT count(*)::int AS outside FROM (${members}) m WHERE m.user_id NOT IN (${line})`, p.values);
        if (outside > 0) throw new AppError(TrainingErrorCode.TRAINING_ASSIGNMENT_OUTSIDE_LINE, { outside }, 'Managers assign to their own line only');
      }
      const [a] = await runSql<{ id: string; assignedAt: Date }>(
        tx,
        `INSERT INTO training_assignments (organization_id, course_id, audience_id, due_kind, due_days, due_date, recurrence_kind, recurrence_months, line_of, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, assigned_at AS "assignedAt"`,
        [actor.organizationId, course.id, audienceId, input.dueKind, dueDays, input.dueDate ?? null, recurrence, input.recurrenceMonths ?? null, lineOf, actor.userId],
      );
      const enrolled = await this.enrol(tx, { id: a.id, organizationId: actor.organizationId, courseId: course.id, lineOf, createdBy: actor.userId }, null);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: TrainingEvents.assigned, payload: { assignmentId: a.id, courseId: course.id, enrolled: enrolled.length } });
      return {
        id: a.id, courseId: course.id, audienceId, dueKind: input.dueKind, dueDays, dueDate: input.dueDate ?? null,
        recurrence, recurrenceMonths: input.recurrenceMonths ?? null, enrolled: enrolled.length,
      };
    });
  }

  /** An optional published course, for oneself; no due date. */
  async selfEnrol(actor: Actor, courseId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const course = await this.courses.courseRow(tx, actor.organizationId, courseId, true);
      if (!course || course.status === TrainingCourseStatus.DRAFT) throw AppError.notFound('course');
      if (course.status !== TrainingCourseStatus.PUBLISHED) throw new AppError(TrainingErrorCode.TRAINING_COURSE_NOT_PUBLISHED, { status: course.status }, 'The course is archived');
      if (!course.selfEnrol) throw new AppError(TrainingErrorCode.TRAINING_SELF_ENROL_CLOSED, {}, 'This course is assigned, not open to enrol');
      const [row] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO training_enrolments (organization_id, course_id, version_id, user_id, cycle)
         SELECT $1, $2, $3, $4, coalesce((SELECT max(o.cycle) FROM training_enrolments o WHERE o.course_id = $2 AND o.user_id = $4), 0) + 1
          WHERE NOT EXISTS (SELECT 1 FROM training_enrolments o WHERE o.course_id = $2 AND o.user_id = $4 AND (o.completed_at IS NULL OR o.expires_at IS NULL OR o.expires_at > now()))
         ON CONFLICT DO NOTHING RETURNING id`,
        [actor.organizationId, course.id, course.versionId, actor.userId],
      );
      if (!row) throw new AppError(TrainingErrorCode.TRAINING_ALREADY_ENROLLED, {}, 'Already enrolled, or completed and still valid');
      return row.id;
    });
  }

  /** People who just joined an audience: every live assignment to it enrols them, due from now. */
  async enrolJoiners(tx: Tx, organizationId: string, audienceId: string, added: readonly string[]): Promise<void> {
    if (added.length === 0) return;
    const assignments = await runSql<AssignmentRow>(
      tx,
      `SELECT a.id, a.organization_id AS "organizationId", a.course_id AS "courseId", a.line_of AS "lineOf", a.created_by AS "createdBy"
         FROM training_assignments a JOIN training_courses c ON c.id = a.course_id AND c.status = 'PUBLISHED'
        WHERE a.audience_id = $1 AND a.organization_id = $2 AND a.ended_at IS NULL ORDER BY a.assigned_at`,
      [audienceId, organizationId],
    );
    for (const a of assignments) await this.enrol(tx, a, added);
  }

  /**
   * Enrols the assignment's audience members (or only `joiners` of them) in the course's current
   * version, due per the rule: a fixed date; N days after the assignment (members at assignment) or
   * after now (joiners, and everyone for AFTER_JOINING: they join now or were in already). A
   * manager's assignment never reaches beyond their line, even as the audience changes.
   */
  private async enrol(tx: Tx, a: AssignmentRow, joiners: readonly string[] | null): Promise<string[]> {
    const p = new SqlParams();
    const org = p.add(a.organizationId);
    const id = p.add(a.id);
    const members = this.audiences.membersSql('a.audience_id', org);
    const line = a.lineOf ? this.people.selectionSql({ include: { linesOf: [a.lineOf] } }, a.organizationId, p) : null;
    const only = joiners ? p.add(joiners) : null;
    const from = joiners ? 'now()' : `CASE WHEN a.due_kind = 'AFTER_JOINING' THEN greatest(now(), a.assigned_at) ELSE a.assigned_at END`;
    const rows = await runSql<{ userId: string }>(
      tx,
      `INSERT INTO training_enrolments (organization_id, course_id, version_id, user_id, assignment_id, cycle, due_at)
       SELECT a.organization_id, a.course_id, c.current_version_id, m.user_id, a.id,
              coalesce((SELECT max(o.cycle) FROM training_enrolments o WHERE o.course_id = a.course_id AND o.user_id = m.user_id), 0) + 1,
              CASE WHEN a.due_kind = 'FIXED_DATE' THEN a.due_date ELSE ${from} + make_interval(days => a.due_days) END
         FROM training_assignments a JOIN training_courses c ON c.id = a.course_id AND c.status = 'PUBLISHED'
         CROSS JOIN LATERAL (${members}) m
        WHERE a.id = ${id}::uuid AND a.organization_id = ${org}::uuid AND a.ended_at IS NULL
          ${only ? `AND m.user_id = ANY(${only}::uuid[])` : ''}
          ${line ? `AND m.user_id IN (${line})` : ''}
          AND NOT EXISTS (SELECT 1 FROM training_enrolments o WHERE o.course_id = a.course_id AND o.user_id = m.user_id
                           AND (o.completed_at IS NULL OR o.expires_at IS NULL OR o.expires_at > now()))
       ON CONFLICT DO NOTHING
       RETURNING user_id AS "userId"`,
      p.values,
    );
    const added = rows.map((r) => r.userId);
    if (added.length) {
      await this.notifications.notify(tx, {
        organizationId: a.organizationId, kind: TRAINING_ASSIGNED_KIND, recipientIds: added, actorId: a.createdBy,
        target: { type: TRAINING_COURSE_TARGET, id: a.courseId }, data: { courseId: a.courseId },
      });
    }
    return added;
  }

  /** Which of these courses the actor may open (the notification centre): published or archived ones they are enrolled in, or manage. */
  async visibleCourseIds(actor: Actor, ids: string[]): Promise<Set<string>> {
    const rows = await this.db.query<{ id: string }>(
      `SELECT c.id FROM training_courses c WHERE c.id = ANY($1::uuid[]) AND c.organization_id = $2
          AND (c.status <> 'DRAFT' OR c.owner_id = $3 OR $4)`,
      [ids, actor.organizationId, actor.userId, governsTraining(actor)],
    );
    return new Set(rows.map((r) => r.id));
  }
}
