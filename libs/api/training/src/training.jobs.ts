import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Db, EventsService, JobsService, runSql, type Tx } from '@pillars/api/core';
import { AudienceEvents, membersOfSql, type AudienceMembersChangedPayload } from '@pillars/api/audiences';
import { PeopleDirectory } from '@pillars/api/directory';
import { FileAccess } from '@pillars/api/files';
import { NotificationChannel, NotificationKinds, NotificationsService, NotificationTargets } from '@pillars/api/notifications';
import { EnrolmentsService, TRAINING_ASSIGNED_KIND, TRAINING_COURSE_TARGET } from './enrolments.service';
import { EVIDENCE_OWNER } from './progress.service';
import { TRAINING_NUDGE_KIND, TrainingQueriesService } from './training-queries.service';
import { DUE_SOON_DAYS, EXPIRING_DAYS } from './training.sql';

export const TRAINING_DUE_SOON_KIND = 'training.due_soon';
export const TRAINING_OVERDUE_KIND = 'training.overdue';
export const TRAINING_RENEWAL_KIND = 'training.renewal';
/** The manager of someone ESCALATE_AFTER_DAYS overdue (the mail names the overdue reports). */
export const TRAINING_ESCALATION_KIND = 'training.overdue_escalation';
/** After this many days overdue the person's manager hears of it (as for policies). */
export const TRAINING_ESCALATE_AFTER_DAYS = 7;
const WEEK_SECONDS = 7 * 24 * 3600;
/** Hourly: renewals and reminders that are due (each once, whenever the job runs). */
export const TRAINING_JOBS_QUEUE = 'training.recurrence';

interface Sent {
  organizationId: string;
  courseId: string;
  userId: string;
  enrolmentId: string;
  step?: string;
}

/**
 * Recurrence and reminders, idempotent by keys rather than by schedule:
 * - a renewal is the next cycle's enrolment, inserted with `renewal_of` = the completed enrolment
 *   (unique) EXPIRING_DAYS before its renewal date (the expiry for ON_EXPIRY, completion + N
 *   months for EVERY_MONTHS), due on that date, for people still in the assignment's audience;
 * - reminders and escalation, as for policies: rows of `training_reminders` (enrolment, step:
 *   DUE_SOON within DUE_SOON_DAYS of the due date, OVERDUE on it, WEEK_<n> every week after it,
 *   ESCALATED to the manager after TRAINING_ESCALATE_AFTER_DAYS overdue) inserted ON CONFLICT DO
 *   NOTHING in the same transaction as their notifications; only inserted rows notify. Only
 *   enrolments still pending count: not completed, the course published, and the person still
 *   enrolled (self-enrolled, or still in the live assignment's audience; leavers keep their rows
 *   but hear nothing). The step is the one `now` falls in: a job that missed a window sends the
 *   current step, not a backlog.
 * Running the job twice (or two processes at once) re-enrols, reminds and escalates once.
 */
@Injectable()
export class TrainingJobs implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('TrainingJobs');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobsService,
    private readonly events: EventsService,
    private readonly enrolments: EnrolmentsService,
    private readonly queries: TrainingQueriesService,
    private readonly notifications: NotificationsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
    private readonly fileAccess: FileAccess,
    private readonly people: PeopleDirectory,
  ) {}

  onModuleInit(): void {
    this.kinds.register(
      { kind: TRAINING_ASSIGNED_KIND, defaultChannel: NotificationChannel.IN_APP },
      { kind: TRAINING_RENEWAL_KIND, defaultChannel: NotificationChannel.EMAIL_NOW },
      { kind: TRAINING_DUE_SOON_KIND, defaultChannel: NotificationChannel.EMAIL_NOW },
      { kind: TRAINING_OVERDUE_KIND, defaultChannel: NotificationChannel.EMAIL_NOW },
      { kind: TRAINING_NUDGE_KIND, defaultChannel: NotificationChannel.EMAIL_NOW },
      { kind: TRAINING_ESCALATION_KIND, defaultChannel: NotificationChannel.EMAIL_NOW, listsActors: true },
    );
    this.targets.register(TRAINING_COURSE_TARGET, (actor, ids) => this.enrolments.visibleCourseIds(actor, ids));
    this.fileAccess.register(EVIDENCE_OWNER, (actor, ids) => this.queries.visibleEvidenceIds(actor, ids));
    this.events.on('training.audience-joiners', [AudienceEvents.membersChanged], async (event, tx) => {
      const payload = event.payload as unknown as AudienceMembersChangedPayload;
      await this.enrolments.enrolJoiners(tx, event.organizationId, payload.audienceId, payload.added ?? []);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work<{ organizationId?: string }>(TRAINING_JOBS_QUEUE, async (data) => {
      await this.run(new Date(), data.organizationId);
    });
    await this.jobs.schedule(TRAINING_JOBS_QUEUE, '23 * * * *');
  }

  /** Renews and reminds what is due at `now` (tests pass their clock and organisation). Returns what it wrote. */
  async run(now: Date = new Date(), organizationId?: string): Promise<{ renewals: Sent[]; reminders: Sent[]; escalations: Sent[] }> {
    return this.db.transaction(async (tx) => {
      const renewals = await this.renew(tx, now, organizationId);
      for (const [, group] of groups(renewals, (r) => `${r.organizationId}:${r.courseId}`)) {
        await this.notifications.notify(tx, {
          organizationId: group[0].organizationId, kind: TRAINING_RENEWAL_KIND, recipientIds: group.map((r) => r.userId), actorId: null,
          target: { type: TRAINING_COURSE_TARGET, id: group[0].courseId }, data: { courseId: group[0].courseId },
        });
      }
      const reminders = await this.record(tx, now, organizationId,
        `CASE WHEN $1::timestamptz < s.due_at THEN 'DUE_SOON' WHEN $1::timestamptz < s.due_at + interval '7 days' THEN 'OVERDUE'
              ELSE 'WEEK_' || floor(extract(epoch FROM ($1::timestamptz - s.due_at)) / ${WEEK_SECONDS})::int END`,
        `s.due_at - interval '${DUE_SOON_DAYS} days' <= $1::timestamptz`);
      const escalations = await this.record(tx, now, organizationId, `'ESCALATED'`, `s.due_at + interval '${TRAINING_ESCALATE_AFTER_DAYS} days' <= $1::timestamptz`);
      // No group key: each step is a notification (and a mail) of its own.
      for (const [, group] of groups(reminders, (r) => `${r.organizationId}:${r.courseId}:${r.step === 'DUE_SOON' ? 'soon' : 'late'}`)) {
        await this.notifications.notify(tx, {
          organizationId: group[0].organizationId, kind: group[0].step === 'DUE_SOON' ? TRAINING_DUE_SOON_KIND : TRAINING_OVERDUE_KIND, recipientIds: group.map((r) => r.userId), actorId: null,
          target: { type: TRAINING_COURSE_TARGET, id: group[0].courseId }, data: { courseId: group[0].courseId },
        });
      }
      await this.escalate(tx, escalations, now);
      if (renewals.length || reminders.length || escalations.length) this.logger.log(`${renewals.length} training renewals, ${reminders.length} reminders, ${escalations.length} escalations`);
      return { renewals, reminders, escalations };
    });
  }

  /**
   * The direct manager of each newly escalated person, once per (enrolment, ESCALATED): one
   * notification per manager and course for this run, whose actors are their overdue reports (the
   * list its mail names). The run's time is in the group key, so people escalated in a later run
   * make a new notification instead of merging into one the manager has not read yet.
   */
  private async escalate(tx: Tx, escalations: Sent[], now: Date): Promise<void> {
    for (const [, group] of groups(escalations, (r) => r.organizationId)) {
      const managers = await this.people.managersOf(tx, group[0].organizationId, group.map((r) => r.userId));
      for (const r of group) {
        const managerId = managers.get(r.userId);
        if (!managerId) continue;
        await this.notifications.notify(tx, {
          organizationId: r.organizationId, kind: TRAINING_ESCALATION_KIND, recipientIds: [managerId], actorId: r.userId,
          target: { type: TRAINING_COURSE_TARGET, id: r.courseId }, groupKey: `training-overdue:${r.courseId}:${now.toISOString()}`, data: { courseId: r.courseId },
        });
      }
    }
  }

  private renew(tx: Tx, now: Date, organizationId: string | undefined): Promise<Sent[]> {
    return runSql<Sent>(
      tx,
      `WITH due AS (
         SELECT e.id, e.organization_id, e.course_id, e.user_id, e.assignment_id, e.cycle,
                CASE WHEN a.recurrence_kind = 'EVERY_MONTHS' THEN e.completed_at + make_interval(months => a.recurrence_months) ELSE e.expires_at END AS renew_at
           FROM training_enrolments e
           JOIN training_assignments a ON a.id = e.assignment_id AND a.ended_at IS NULL AND a.recurrence_kind <> 'NONE'
          WHERE e.completed_at IS NOT NULL AND ($2::uuid IS NULL OR e.organization_id = $2)
            AND NOT EXISTS (SELECT 1 FROM training_enrolments later WHERE later.course_id = e.course_id AND later.user_id = e.user_id AND later.cycle > e.cycle)
            AND e.user_id IN (${membersOfSql('a.audience_id')}))
       INSERT INTO training_enrolments (organization_id, course_id, version_id, user_id, assignment_id, cycle, renewal_of, enrolled_at, due_at)
       SELECT d.organization_id, d.course_id, c.current_version_id, d.user_id, d.assignment_id, d.cycle + 1, d.id, $1, d.renew_at
         FROM due d JOIN training_courses c ON c.id = d.course_id AND c.status = 'PUBLISHED'
        WHERE d.renew_at IS NOT NULL AND d.renew_at - interval '${EXPIRING_DAYS} days' <= $1::timestamptz
       ON CONFLICT DO NOTHING
       RETURNING organization_id AS "organizationId", course_id AS "courseId", user_id AS "userId", id AS "enrolmentId"`,
      [now, organizationId ?? null],
    );
  }

  /** Inserts the step each pending enrolment has reached (where `reached`) and returns only the rows inserted. */
  private record(tx: Tx, now: Date, organizationId: string | undefined, step: string, reached: string): Promise<Sent[]> {
    return runSql<Sent>(
      tx,
      `WITH s AS (
         SELECT e.id, e.organization_id, e.course_id, e.user_id, e.due_at
           FROM training_enrolments e
           JOIN training_courses c ON c.id = e.course_id AND c.status = 'PUBLISHED'
           LEFT JOIN training_assignments a ON a.id = e.assignment_id
          WHERE e.completed_at IS NULL AND e.due_at IS NOT NULL AND ($2::uuid IS NULL OR e.organization_id = $2)
            AND (e.assignment_id IS NULL OR (a.ended_at IS NULL AND e.user_id IN (${membersOfSql('a.audience_id')}))))
       INSERT INTO training_reminders (enrolment_id, step, organization_id, sent_at)
       SELECT s.id, ${step}, s.organization_id, $1 FROM s WHERE ${reached}
       ON CONFLICT DO NOTHING
       RETURNING organization_id AS "organizationId", step, enrolment_id AS "enrolmentId",
         (SELECT x.course_id FROM training_enrolments x WHERE x.id = training_reminders.enrolment_id) AS "courseId",
         (SELECT x.user_id FROM training_enrolments x WHERE x.id = training_reminders.enrolment_id) AS "userId"`,
      [now, organizationId ?? null],
    );
  }
}

function groups<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}
