import { TrainingStatus, type TrainingCertificateModel, type TrainingEnrolmentModel } from './training.model';

/** Days before expiry a completion reads EXPIRING (and a recurrence re-enrols). */
export const EXPIRING_DAYS = 30;
/** Open enrolments due within this many days are "due soon". */
export const DUE_SOON_DAYS = 7;

/** TrainingStatus values in the order of the codes statusCodeSql gives them (code 1 is the first). */
const STATUS_BY_CODE = [TrainingStatus.EXPIRED, TrainingStatus.EXPIRING, TrainingStatus.DONE, TrainingStatus.OVERDUE, TrainingStatus.IN_PROGRESS, TrainingStatus.NOT_STARTED] as const;
const STATUS_CODES = `ARRAY[${STATUS_BY_CODE.map((s) => `'${s}'`).join(', ')}]`;
/** The TrainingStatus of a statusCodeSql code read back from SQL. */
export const statusOfCode = (code: number): TrainingStatus => STATUS_BY_CODE[code - 1] ?? TrainingStatus.NOT_STARTED;

/** The status of `training_enrolments <e>` now as a code, 1 to 6: EXPIRED, EXPIRING, DONE, OVERDUE, IN_PROGRESS, NOT_STARTED. */
export const statusCodeSql = (e = 'e', now = 'now()') => `CASE
  WHEN ${e}.completed_at IS NOT NULL AND ${e}.expires_at IS NOT NULL AND ${e}.expires_at <= ${now} THEN 1
  WHEN ${e}.completed_at IS NOT NULL AND ${e}.expires_at IS NOT NULL AND ${e}.expires_at <= ${now} + interval '${EXPIRING_DAYS} days' THEN 2
  WHEN ${e}.completed_at IS NOT NULL THEN 3
  WHEN ${e}.due_at IS NOT NULL AND ${e}.due_at < ${now} THEN 4
  WHEN ${e}.started_at IS NOT NULL THEN 5
  ELSE 6 END`;
/** A statusCodeSql code as text (TrainingStatus). */
export const statusOfCodeSql = (code: string) => `(${STATUS_CODES})[${code}]`;
/** The status of `training_enrolments <e>` now, as text (TrainingStatus). */
export const statusSql = (e = 'e', now = 'now()') => statusOfCodeSql(statusCodeSql(e, now));

/**
 * Which enrolment stands for a person in a course (DISTINCT ON (user_id, course_id) … ORDER BY
 * user_id, course_id, this): an overdue open cycle first, then a completion still valid (a renewal
 * opened before expiry does not hide it), then the latest cycle.
 */
export const currentOrderSql = (e = 'e') =>
  `(${e}.completed_at IS NULL AND ${e}.due_at < now()) DESC, (${e}.completed_at IS NOT NULL AND (${e}.expires_at IS NULL OR ${e}.expires_at > now())) DESC, ${e}.cycle DESC`;

/**
 * currentOrderSql as one number per enrolment, larger = more current, with its statusCodeSql in
 * the last digit: `max()` of it over a person's enrolments in a course picks the one DISTINCT ON …
 * ORDER BY currentOrderSql picks (cycles are unique per person and course, so there are no ties),
 * in a streaming aggregate instead of a sort; `% 10` is that enrolment's status code. Keys as
 * ORDER BY … DESC ranks them, NULL first: an open enrolment without a due date above an overdue
 * one, above the rest.
 */
export const currentRankSql = (e = 'e') =>
  `((CASE WHEN ${e}.completed_at IS NULL AND ${e}.due_at IS NULL THEN 4 WHEN ${e}.completed_at IS NULL AND ${e}.due_at < now() THEN 2 ELSE 0 END
    + CASE WHEN ${e}.completed_at IS NOT NULL AND (${e}.expires_at IS NULL OR ${e}.expires_at > now()) THEN 1 ELSE 0 END)::bigint * 10000000000
    + ${e}.cycle) * 10 + ${statusCodeSql(e)}`;

export interface EnrolmentRow {
  id: string;
  organizationId: string;
  courseId: string;
  versionId: string;
  userId: string;
  assignmentId: string | null;
  cycle: number;
  enrolledAt: Date;
  dueAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
  expiresAt: Date | null;
  status: TrainingStatus;
  courseTitle: string;
  modulesDone: number;
  modulesTotal: number;
  certificateId: string | null;
  certificateCode: string | null;
}

/** Columns of `training_enrolments e` with its version's title, progress counts and certificate. */
export const ENROLMENT_COLUMNS = `e.id, e.organization_id AS "organizationId", e.course_id AS "courseId", e.version_id AS "versionId", e.user_id AS "userId",
  e.assignment_id AS "assignmentId", e.cycle, e.enrolled_at AS "enrolledAt", e.due_at AS "dueAt", e.started_at AS "startedAt",
  e.completed_at AS "completedAt", e.expires_at AS "expiresAt", ${statusSql('e')} AS status,
  (SELECT v.title FROM training_course_versions v WHERE v.id = e.version_id) AS "courseTitle",
  (SELECT count(*)::int FROM training_progress g WHERE g.enrolment_id = e.id) AS "modulesDone",
  (SELECT count(*)::int FROM training_modules m WHERE m.version_id = e.version_id) AS "modulesTotal",
  (SELECT c.id FROM training_certificates c WHERE c.enrolment_id = e.id) AS "certificateId",
  (SELECT c.code FROM training_certificates c WHERE c.enrolment_id = e.id) AS "certificateCode"`;

export const certificatePdfUrl = (certificateId: string) => `/training/certificates/${certificateId}/certificate.pdf`;

export const presentEnrolment = (r: EnrolmentRow): TrainingEnrolmentModel => {
  const certificate: TrainingCertificateModel | null =
    r.certificateId && r.certificateCode && r.completedAt
      ? { id: r.certificateId, code: r.certificateCode, completedAt: r.completedAt, expiresAt: r.expiresAt, pdfUrl: certificatePdfUrl(r.certificateId) }
      : null;
  return {
    id: r.id, courseId: r.courseId, userId: r.userId, courseTitle: r.courseTitle, cycle: r.cycle, status: r.status, enrolledAt: r.enrolledAt,
    dueAt: r.dueAt, completedAt: r.completedAt, expiresAt: r.expiresAt, modulesDone: r.modulesDone, modulesTotal: r.modulesTotal, certificate,
  };
};
