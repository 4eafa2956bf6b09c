import { Injectable } from '@nestjs/common';
import { Actor, Db, decodeCursor, pageSize, SqlParams, toConnection, type Connection } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { FilesService } from '@pillars/api/files';
import { CoursesService } from './courses.service';
import { EVIDENCE_OWNER } from './progress.service';
import type { TrainingCompletionMonthModel, TrainingEvidenceReviewModel } from './training-review.model';
import { visibleRecordsSql } from './training.policy';

/** How many months the completion trend covers, the current one included. */
export const TREND_MONTHS = 12;

interface PendingRow {
  id: string;
  enrolmentId: string;
  userId: string;
  courseId: string;
  courseTitle: string;
  moduleTitle: string;
  submittedAt: Date;
}

/**
 * What reviewers read: the uploads waiting for them, and a course's completion over time. Both
 * filtered in SQL by the records rule (HR everyone; a manager their line; anyone else their own).
 */
@Injectable()
export class TrainingReviewService {
  constructor(
    private readonly db: Db,
    private readonly people: PeopleDirectory,
    private readonly files: FilesService,
    private readonly courses: CoursesService,
  ) {}

  /**
   * Pending evidence of others the viewer may read (so may review), newest first, a keyset page at
   * a time; three statements whatever the page: the page, the names, the files.
   */
  async pendingEvidence(actor: Actor, args: { first?: number; after?: string }): Promise<Connection<TrainingEvidenceReviewModel>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const p = new SqlParams();
    const rows = await this.db.query<PendingRow>(
      `SELECT x.id, x.enrolment_id AS "enrolmentId", x.user_id AS "userId", e.course_id AS "courseId", v.title AS "courseTitle", m.title AS "moduleTitle", x.submitted_at AS "submittedAt"
         FROM training_evidence x JOIN training_enrolments e ON e.id = x.enrolment_id
         JOIN training_course_versions v ON v.id = e.version_id JOIN training_modules m ON m.id = x.module_id
        WHERE ${this.pendingWhere(actor, p)}
          AND (${p.add(after?.[0] ?? null)}::timestamptz IS NULL OR (x.submitted_at, x.id) < (${p.add(after?.[0] ?? null)}::timestamptz, ${p.add(after?.[1] ?? null)}::uuid))
        ORDER BY x.submitted_at DESC, x.id DESC LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    const page = rows.slice(0, first);
    const names = new Map((await this.people.usersByIds(actor, [...new Set(page.map((r) => r.userId))])).map((u) => [u.id, u.name]));
    const files = await this.files.filesOfOwners(actor.organizationId, EVIDENCE_OWNER, page.map((r) => r.id));
    return toConnection(rows, first, (r) => [new Date(r.submittedAt).toISOString(), r.id], (r) => ({
      ...r, personName: names.get(r.userId) ?? '', file: files.get(r.id)?.[0] ?? null,
    }));
  }

  /** How many uploads wait for the viewer's review (the same rows as pendingEvidence). */
  async pendingEvidenceCount(actor: Actor): Promise<number> {
    const p = new SqlParams();
    const [row] = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM training_evidence x JOIN training_enrolments e ON e.id = x.enrolment_id WHERE ${this.pendingWhere(actor, p)}`,
      p.values,
    );
    return row?.n ?? 0;
  }

  /**
   * A course's completion rate at the end of each of the last TREND_MONTHS calendar months (UTC;
   * the current month: now), from the enrolments' dates (docs/decisions.md): required = people with
   * an assigned enrolment made before that instant; done = those of them with a completion made
   * before it and not expired at it. One statement.
   */
  async completionTrend(actor: Actor, courseId: string): Promise<TrainingCompletionMonthModel[]> {
    await this.courses.getCourse(actor, courseId);
    const p = new SqlParams();
    const visible = visibleRecordsSql(actor, p, () => this.lineSql(actor, p));
    const rows = await this.db.query<{ month: Date; required: number; done: number }>(
      `WITH months AS (
         SELECT m AT TIME ZONE 'UTC' AS month, least((m + interval '1 month') AT TIME ZONE 'UTC', now()) AS at
           FROM generate_series(date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => ${p.add(TREND_MONTHS - 1)}::int),
                                date_trunc('month', now() AT TIME ZONE 'UTC'), interval '1 month') m),
       en AS (SELECT e.user_id, e.enrolled_at, e.completed_at, e.expires_at FROM training_enrolments e
               WHERE e.organization_id = ${p.add(actor.organizationId)} AND e.course_id = ${p.add(courseId)} AND e.assignment_id IS NOT NULL AND ${visible})
       SELECT months.month,
              count(DISTINCT en.user_id) FILTER (WHERE en.enrolled_at < months.at)::int AS required,
              count(DISTINCT en.user_id) FILTER (WHERE en.completed_at < months.at AND (en.expires_at IS NULL OR en.expires_at > months.at))::int AS done
         FROM months LEFT JOIN en ON true
        GROUP BY months.month ORDER BY months.month`,
      p.values,
    );
    return rows.map((r) => ({ month: r.month, required: r.required, done: r.done, percent: r.required ? Math.round((r.done / r.required) * 1000) / 10 : 0 }));
  }

  /** Pending evidence of someone else, readable by the records rule over `training_enrolments e`. */
  private pendingWhere(actor: Actor, p: SqlParams): string {
    const visible = visibleRecordsSql(actor, p, () => this.lineSql(actor, p));
    return `x.organization_id = ${p.add(actor.organizationId)} AND x.status = 'PENDING' AND x.user_id <> ${p.add(actor.userId)}::uuid AND ${visible}`;
  }

  private lineSql(actor: Actor, p: SqlParams): string {
    return this.people.selectionSql({ include: { linesOf: [actor.userId] } }, actor.organizationId, p);
  }
}
