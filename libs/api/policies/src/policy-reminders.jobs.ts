import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Actor, Db, JobsService, runSql, type Tx } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';
import { AudienceDirectory } from '@pillars/api/audiences';
import { PeopleDirectory } from '@pillars/api/directory';
import { NotificationChannel, NotificationKinds, NotificationsService, NotificationTargets } from '@pillars/api/notifications';
import { POLICY_TARGET } from './policy-assignments.service';

export const POLICY_REMINDER_KIND = 'policies.acknowledgement_reminder';
export const POLICY_ESCALATION_KIND = 'policies.overdue_escalation';
/**
 * An escalation's target: a version's compliance (id: the version), which HR and managers may open
 * (ComplianceService's rule) even when they are not in its audience and could not see the policy.
 */
export const POLICY_COMPLIANCE_TARGET = 'policy_compliance';
/** Hourly: reminders and escalations that are due are sent (each once, whenever the job runs). */
export const POLICY_REMINDER_QUEUE = 'policies.reminders';
/** The reminder before the due date comes this many days ahead of it. */
export const REMIND_BEFORE_DAYS = 3;
/** After this many days overdue the person's manager hears of it. */
export const ESCALATE_AFTER_DAYS = 7;
const WEEK_SECONDS = 7 * 24 * 3600;

interface Sent {
  organizationId: string;
  policyId: string;
  versionId: string;
  userId: string;
  step: string;
}

/**
 * Reminders and escalation for unanswered asks: BEFORE (REMIND_BEFORE_DAYS ahead of the due
 * date), DUE (on it), WEEK_<n> (every week after it), and ESCALATED to the manager after
 * ESCALATE_AFTER_DAYS overdue. Only asks still pending count: the current major, the person still
 * in its audience, not acknowledged, the policy not retired (retiring stops them). Each (ask,
 * step) is a row of `policy_reminders` inserted ON CONFLICT DO NOTHING in the same transaction as
 * its notifications, and only inserted rows notify: running the job twice sends once. The step is
 * the one `now` falls in, so a job that missed a window sends the current step, not a backlog.
 */
@Injectable()
export class PolicyReminderJobs implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('PolicyReminders');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobsService,
    private readonly audiences: AudienceDirectory,
    private readonly people: PeopleDirectory,
    private readonly notifications: NotificationsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {}

  onModuleInit(): void {
    // In the app and by email (each person may change it), in the recipient's language.
    // The escalation's mail lists the overdue reports by name (its actors).
    this.kinds.register({ kind: POLICY_REMINDER_KIND, defaultChannel: NotificationChannel.EMAIL_NOW }, { kind: POLICY_ESCALATION_KIND, defaultChannel: NotificationChannel.EMAIL_NOW, listsActors: true });
    this.targets.register(POLICY_COMPLIANCE_TARGET, (actor, ids) => this.complianceVisible(actor, ids));
  }

  /** Published or superseded versions of the actor's organisation, for HR or anyone with a report. */
  private async complianceVisible(actor: Actor, ids: string[]): Promise<Set<string>> {
    const sees = actor.hasRole(Role.HR) || (await this.people.hasReports(this.db.manager, actor.organizationId, actor.userId));
    if (!sees) return new Set();
    const rows = await this.db.query<{ id: string }>(`SELECT id FROM policy_versions WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND status <> 'DRAFT'`, [ids, actor.organizationId]);
    return new Set(rows.map((r) => r.id));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    // The cron tick sends `{}` (every organisation); a re-run may name one organisation.
    await this.jobs.work<{ organizationId?: string }>(POLICY_REMINDER_QUEUE, async (data) => {
      await this.run(new Date(), data.organizationId);
    });
    await this.jobs.schedule(POLICY_REMINDER_QUEUE, '17 * * * *');
  }

  /** Sends what is due at `now` (tests pass their clock and their organisation). Returns what was sent. */
  async run(now: Date = new Date(), organizationId?: string): Promise<{ reminders: Sent[]; escalations: Sent[] }> {
    return this.db.transaction(async (tx) => {
      const reminders = await this.record(tx, now, organizationId, `CASE WHEN $1::timestamptz < s.due_at THEN 'BEFORE' WHEN $1::timestamptz < s.due_at + interval '7 days' THEN 'DUE'
        ELSE 'WEEK_' || floor(extract(epoch FROM ($1::timestamptz - s.due_at)) / ${WEEK_SECONDS})::int END`, `s.due_at - make_interval(days => ${REMIND_BEFORE_DAYS}) <= $1::timestamptz`);
      const escalations = await this.record(tx, now, organizationId, `'ESCALATED'`, `s.due_at + make_interval(days => ${ESCALATE_AFTER_DAYS}) <= $1::timestamptz`);
      // No group key: each step is a notification (and a mail) of its own, never merged into an unread earlier one.
      for (const [, group] of this.groups(reminders, (r) => `${r.organizationId}:${r.versionId}`)) {
        const [first] = group;
        await this.notifications.notify(tx, {
          organizationId: first.organizationId, kind: POLICY_REMINDER_KIND, recipientIds: group.map((r) => r.userId), actorId: null,
          target: { type: POLICY_TARGET, id: first.policyId }, data: { policyId: first.policyId, versionId: first.versionId },
        });
      }
      await this.escalate(tx, escalations, now);
      if (reminders.length || escalations.length) this.logger.log(`${reminders.length} policy reminders, ${escalations.length} escalations`);
      return { reminders, escalations };
    });
  }

  /**
   * The manager of each newly overdue person, once per (ask, ESCALATED): one notification per
   * manager and version for this run, grouped, whose actors are their overdue reports (the list its
   * mail names). The run's time is in the group key, so reports overdue in a later run make a new
   * notification and mail instead of merging into one the manager has not read yet.
   */
  private async escalate(tx: Tx, escalations: Sent[], now: Date): Promise<void> {
    for (const [, group] of this.groups(escalations, (r) => r.organizationId)) {
      const managers = await this.people.managersOf(tx, group[0].organizationId, group.map((r) => r.userId));
      for (const r of group) {
        const managerId = managers.get(r.userId);
        if (!managerId) continue;
        await this.notifications.notify(tx, {
          organizationId: r.organizationId, kind: POLICY_ESCALATION_KIND, recipientIds: [managerId], actorId: r.userId,
          target: { type: POLICY_COMPLIANCE_TARGET, id: r.versionId }, groupKey: `policy-overdue:${r.versionId}:${now.toISOString()}`, data: { policyId: r.policyId, versionId: r.versionId },
        });
      }
    }
  }

  /** Inserts the step each pending ask has reached (where `reached`) and returns only the rows inserted. */
  private record(tx: Tx, now: Date, organizationId: string | undefined, step: string, reached: string): Promise<Sent[]> {
    return runSql<Sent>(
      tx,
      `WITH s AS (
         SELECT a.policy_id, a.user_id, a.major, a.organization_id, a.due_at, v.id AS version_id
           FROM policy_assignments a
           JOIN policy_versions v ON v.policy_id = a.policy_id AND v.status = 'PUBLISHED' AND v.major = a.major
           JOIN policies p ON p.id = a.policy_id AND p.retired_at IS NULL
          WHERE ($2::uuid IS NULL OR a.organization_id = $2)
            AND v.audience_id IN (${this.audiences.audiencesOfSql('a.user_id')})
            AND NOT EXISTS (SELECT 1 FROM policy_acknowledgements k JOIN policy_versions kv ON kv.id = k.version_id
                             WHERE k.user_id = a.user_id AND k.policy_id = a.policy_id AND kv.major = a.major))
       INSERT INTO policy_reminders (policy_id, user_id, major, step, organization_id, sent_at)
       SELECT s.policy_id, s.user_id, s.major, ${step}, s.organization_id, $1 FROM s WHERE ${reached}
       ON CONFLICT DO NOTHING
       RETURNING organization_id AS "organizationId", policy_id AS "policyId", user_id AS "userId", step,
         (SELECT v.id FROM policy_versions v WHERE v.policy_id = policy_reminders.policy_id AND v.status = 'PUBLISHED') AS "versionId"`,
      [now, organizationId ?? null],
    );
  }

  private groups<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
    const out = new Map<string, T[]>();
    for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
    return out;
  }
}
