import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Actor, AppError, can, Db, EventsService, runSql, scoreQuiz, shuffled, SqlParams, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { FilesService } from '@pillars/api/files';
import { PolicyAcknowledgementLookup } from '@pillars/api/policies';
import { Role } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { CoursesService, type ModuleRow } from './courses.service';
import { TrainingErrorCode } from './training.errors';
import { TrainingEvents } from './training.events';
import type { ReviewTrainingEvidenceInput, SubmitTrainingQuizInput } from './training.inputs';
import { TrainingModuleKind, type TrainingQuizAttemptModel } from './training.model';
import { coursePolicy } from './training.policy';

export const EVIDENCE_OWNER = 'training.evidence';

interface LockedEnrolment {
  id: string;
  organizationId: string;
  courseId: string;
  versionId: string;
  userId: string;
  completedAt: Date | null;
  ownerId: string;
  validityMonths: number | null;
  title: string;
}

/** 128 random bits, URL-safe: the certificate's public verification code. */
export const newCertificateCode = () => randomBytes(16).toString('base64url');

/**
 * Progress on an enrolment, module by module. Every write locks the enrolment row first (FOR
 * UPDATE), so two submissions of the last module queue: the first completes the enrolment and
 * issues its certificate, the second finds the module done and changes nothing.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly files: FilesService,
    private readonly policies: PolicyAcknowledgementLookup,
    private readonly courses: CoursesService,
  ) {}

  /** MARKDOWN and EXTERNAL_LINK by confirmation; POLICY_ACK once the policy in force is acknowledged. */
  async completeModule(actor: Actor, enrolmentId: string, moduleId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const e = await this.lockOwn(tx, actor, enrolmentId);
      const m = await this.module(tx, e, moduleId);
      if (await this.isDone(tx, e.id, m.id)) return e.id;
      this.open(e);
      if (m.kind === TrainingModuleKind.POLICY_ACK) {
        if (!m.policyId || !(await this.policies.acknowledgedCurrentVersion(tx, e.organizationId, e.userId, m.policyId))) {
          throw new AppError(TrainingErrorCode.TRAINING_POLICY_NOT_ACKNOWLEDGED, { policyId: m.policyId }, 'Acknowledge the policy first');
        }
      } else if (m.kind !== TrainingModuleKind.MARKDOWN && m.kind !== TrainingModuleKind.EXTERNAL_LINK) {
        throw new AppError(TrainingErrorCode.TRAINING_MODULE_KIND, { kind: m.kind }, 'This module is not completed by confirmation');
      }
      await this.record(tx, e, m.id, actor.userId, null);
      return e.id;
    });
  }

  /** ATTENDANCE: a trainer (the course's owner, HR, an admin) or the person's manager (their line) confirms, once the person's booked session has started. */
  async confirmAttendance(actor: Actor, enrolmentId: string, moduleId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const e = await this.lockEnrolment(tx, actor, enrolmentId);
      await this.mustReview(tx, actor, e, true);
      const m = await this.module(tx, e, moduleId);
      if (m.kind !== TrainingModuleKind.ATTENDANCE) throw new AppError(TrainingErrorCode.TRAINING_MODULE_KIND, { kind: m.kind }, 'Not an attendance module');
      if (await this.isDone(tx, e.id, m.id)) return e.id;
      this.open(e);
      const booked = await this.booking(tx, e.id, m.id);
      if (!booked) throw new AppError(TrainingErrorCode.TRAINING_SESSION_NOT_BOOKED, {}, 'The person has no seat in a session');
      if (new Date(booked.startsAt).getTime() > Date.now()) throw new AppError(TrainingErrorCode.TRAINING_SESSION_NOT_STARTED, { startsAt: booked.startsAt }, 'The session has not started');
      await this.record(tx, e, m.id, actor.userId, null);
      return e.id;
    });
  }

  /**
   * ATTENDANCE: the learner takes one seat in a session not started yet (moving from another
   * session of the module frees that seat). The session row is locked before its seats are
   * counted, so two people racing for the last seat queue: one books, the other gets
   * TRAINING_SESSION_FULL. Booking the session already booked changes nothing.
   */
  async bookSession(actor: Actor, enrolmentId: string, sessionId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const e = await this.lockOwn(tx, actor, enrolmentId);
      this.open(e);
      const [s] = await runSql<{ id: string; moduleId: string; startsAt: Date; capacity: number }>(
        tx,
        // The session of any version of the module's lineage; the seat is the enrolment's own version's module.
        `SELECT s.id, m.id AS "moduleId", s.starts_at AS "startsAt", s.capacity FROM training_sessions s JOIN training_modules sm ON sm.id = s.module_id
           JOIN training_modules m ON m.lineage_id = sm.lineage_id AND m.version_id = $3
          WHERE s.id = $1 AND s.organization_id = $2 FOR UPDATE OF s`,
        [sessionId, e.organizationId, e.versionId],
      );
      if (!s) throw AppError.notFound('session');
      if (await this.isDone(tx, e.id, s.moduleId)) throw new AppError(TrainingErrorCode.TRAINING_MODULE_KIND, { kind: TrainingModuleKind.ATTENDANCE, done: true }, 'Attendance is confirmed');
      const current = await this.booking(tx, e.id, s.moduleId);
      if (current?.sessionId === s.id) return e.id;
      for (const starts of [s.startsAt, current?.startsAt]) {
        if (starts && new Date(starts).getTime() <= Date.now()) throw new AppError(TrainingErrorCode.TRAINING_SESSION_STARTED, { startsAt: starts }, 'The session has started');
      }
      const [{ taken }] = await runSql<{ taken: number }>(tx, `SELECT count(*)::int AS taken FROM training_session_bookings WHERE session_id = $1`, [s.id]);
      if (taken >= s.capacity) throw new AppError(TrainingErrorCode.TRAINING_SESSION_FULL, { capacity: s.capacity }, 'Every seat is booked');
      await runSql(
        tx,
        `INSERT INTO training_session_bookings (enrolment_id, module_id, session_id, organization_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (enrolment_id, module_id) DO UPDATE SET session_id = excluded.session_id, booked_at = now()`,
        [e.id, s.moduleId, s.id, e.organizationId],
      );
      return e.id;
    });
  }

  /** ATTENDANCE: the learner gives their seat back before the session starts; without a booking, nothing changes. */
  async cancelSessionBooking(actor: Actor, enrolmentId: string, moduleId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const e = await this.lockOwn(tx, actor, enrolmentId);
      this.open(e);
      const current = await this.booking(tx, e.id, moduleId);
      if (!current) return e.id;
      if (new Date(current.startsAt).getTime() <= Date.now()) throw new AppError(TrainingErrorCode.TRAINING_SESSION_STARTED, { startsAt: current.startsAt }, 'The session has started');
      await runSql(tx, `DELETE FROM training_session_bookings WHERE enrolment_id = $1 AND module_id = $2`, [e.id, moduleId]);
      return e.id;
    });
  }

  /** The learner's open attempt of a quiz module, or a new draw from the bank (at most maxAttempts submitted). */
  async startQuiz(actor: Actor, enrolmentId: string, moduleId: string): Promise<TrainingQuizAttemptModel> {
    return this.db.transaction(async (tx) => {
      const e = await this.lockOwn(tx, actor, enrolmentId);
      const m = await this.module(tx, e, moduleId);
      if (m.kind !== TrainingModuleKind.QUIZ || !m.questions) throw new AppError(TrainingErrorCode.TRAINING_MODULE_KIND, { kind: m.kind }, 'Not a quiz');
      this.open(e);
      if (await this.isDone(tx, e.id, m.id)) throw new AppError(TrainingErrorCode.TRAINING_MODULE_KIND, { kind: m.kind, done: true }, 'Already passed');
      const [openAttempt] = await runSql<{ id: string; number: number; questionIds: string[] }>(
        tx, `SELECT id, number, question_ids AS "questionIds" FROM training_quiz_attempts WHERE enrolment_id = $1 AND module_id = $2 AND submitted_at IS NULL`, [e.id, m.id]);
      let attempt = openAttempt;
      if (!attempt) {
        const [{ used }] = await runSql<{ used: number }>(tx, `SELECT count(*)::int AS used FROM training_quiz_attempts WHERE enrolment_id = $1 AND module_id = $2`, [e.id, m.id]);
        if (used >= (m.maxAttempts ?? 1)) throw new AppError(TrainingErrorCode.TRAINING_QUIZ_ATTEMPTS_EXHAUSTED, { maxAttempts: m.maxAttempts }, 'Every attempt is used');
        const drawn = shuffled(m.questions.map((q) => q.id)).slice(0, m.drawCount ?? m.questions.length);
        [attempt] = await runSql<{ id: string; number: number; questionIds: string[] }>(
          tx,
          `INSERT INTO training_quiz_attempts (organization_id, enrolment_id, module_id, number, question_ids) VALUES ($1, $2, $3, $4, $5) RETURNING id, number, question_ids AS "questionIds"`,
          [e.organizationId, e.id, m.id, used + 1, drawn],
        );
      }
      const byId = new Map(m.questions.map((q) => [q.id, q]));
      return {
        id: attempt.id, number: attempt.number, maxAttempts: m.maxAttempts ?? 1, passMark: m.passMark ?? 100,
        questions: attempt.questionIds.flatMap((id) => {
          const q = byId.get(id);
          return q ? [{ id: q.id, prompt: q.prompt, multiple: q.multiple, options: shuffled(q.options) }] : [];
        }),
      };
    });
  }

  /** Grades the open attempt; a pass completes the module. A failed attempt is committed, then TRAINING_QUIZ_FAILED. */
  async submitQuiz(actor: Actor, input: SubmitTrainingQuizInput): Promise<string> {
    const result = await this.db.transaction(async (tx) => {
      const [ref] = await runSql<{ enrolmentId: string }>(tx, `SELECT enrolment_id AS "enrolmentId" FROM training_quiz_attempts WHERE id = $1 AND organization_id = $2`, [input.attemptId, actor.organizationId]);
      if (!ref) throw new AppError(TrainingErrorCode.TRAINING_QUIZ_ATTEMPT_INVALID, {}, 'Start an attempt first');
      const e = await this.lockOwn(tx, actor, ref.enrolmentId);
      const [attempt] = await runSql<{ id: string; moduleId: string; number: number; questionIds: string[]; submittedAt: Date | null }>(
        tx, `SELECT id, module_id AS "moduleId", number, question_ids AS "questionIds", submitted_at AS "submittedAt" FROM training_quiz_attempts WHERE id = $1 FOR UPDATE`, [input.attemptId]);
      if (!attempt || attempt.submittedAt) throw new AppError(TrainingErrorCode.TRAINING_QUIZ_ATTEMPT_INVALID, {}, 'Start an attempt first');
      this.open(e);
      const m = await this.module(tx, e, attempt.moduleId);
      const drawn = (m.questions ?? []).filter((q) => attempt.questionIds.includes(q.id));
      const score = scoreQuiz(drawn, input.answers);
      const passMark = m.passMark ?? 100;
      const passed = score >= passMark;
      await runSql(tx, `UPDATE training_quiz_attempts SET answers = $2, score = $3, passed = $4, submitted_at = now() WHERE id = $1`, [attempt.id, JSON.stringify(input.answers), score, passed]);
      if (passed && !(await this.isDone(tx, e.id, m.id))) await this.record(tx, e, m.id, actor.userId, score);
      return { enrolmentId: e.id, passed, score, passMark, attemptsLeft: Math.max(0, (m.maxAttempts ?? 1) - attempt.number) };
    });
    if (!result.passed) throw new AppError(TrainingErrorCode.TRAINING_QUIZ_FAILED, { score: result.score, passMark: result.passMark, attemptsLeft: result.attemptsLeft }, 'Below the pass mark');
    return result.enrolmentId;
  }

  /** EVIDENCE_UPLOAD: the learner's own upload (POST /files first), a PDF or an image of at most 10 MB, for review. */
  async submitEvidence(actor: Actor, enrolmentId: string, moduleId: string, fileId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const e = await this.lockOwn(tx, actor, enrolmentId);
      const m = await this.module(tx, e, moduleId);
      if (m.kind !== TrainingModuleKind.EVIDENCE_UPLOAD) throw new AppError(TrainingErrorCode.TRAINING_MODULE_KIND, { kind: m.kind }, 'Not an evidence module');
      this.open(e);
      if (await this.isDone(tx, e.id, m.id)) throw new AppError(TrainingErrorCode.TRAINING_EVIDENCE_REVIEWED, { status: 'APPROVED' }, 'Already approved');
      const [row] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO training_evidence (organization_id, enrolment_id, module_id, user_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
        [e.organizationId, e.id, m.id, e.userId],
      );
      if (!row) throw new AppError(TrainingErrorCode.TRAINING_EVIDENCE_REVIEWED, { status: 'PENDING' }, 'A review is pending');
      const [file] = await this.files.attach(tx, actor, [fileId], { ownerType: EVIDENCE_OWNER, ownerId: row.id });
      // The files domain judged the type by its magic bytes at upload; the module takes PDFs and images only.
      if (!file || !(file.mime === 'application/pdf' || file.mime.startsWith('image/')) || file.bytes > LIMITS.uploadBytes) {
        throw new AppError(TrainingErrorCode.TRAINING_EVIDENCE_FILE, { maxBytes: LIMITS.uploadBytes }, 'A PDF or an image of at most 10 MB');
      }
      await runSql(tx, `UPDATE training_enrolments SET started_at = coalesce(started_at, now()) WHERE id = $1`, [e.id]);
      return row.id;
    });
  }

  /** The person's manager (their line) or HR approves (the module is done) or rejects with a reason (they may upload again). */
  async reviewEvidence(actor: Actor, input: ReviewTrainingEvidenceInput): Promise<string> {
    return this.db.transaction(async (tx) => {
      const [ev] = await runSql<{ id: string; enrolmentId: string; moduleId: string; status: string }>(
        tx, `SELECT id, enrolment_id AS "enrolmentId", module_id AS "moduleId", status FROM training_evidence WHERE id = $1 AND organization_id = $2`, [input.evidenceId, actor.organizationId]);
      if (!ev) throw AppError.notFound('evidence');
      const e = await this.lockEnrolment(tx, actor, ev.enrolmentId);
      await this.mustReview(tx, actor, e, false);
      if (!input.approve && !input.reason) throw AppError.badInput([{ field: 'reason', rule: 'required' }], 'Say why it is rejected');
      const [locked] = await runSql<{ status: string }>(tx, `SELECT status FROM training_evidence WHERE id = $1 FOR UPDATE`, [ev.id]);
      if (locked.status !== 'PENDING') throw new AppError(TrainingErrorCode.TRAINING_EVIDENCE_REVIEWED, { status: locked.status }, 'Already reviewed');
      await runSql(tx, `UPDATE training_evidence SET status = $2, reason = $3, reviewed_by = $4, reviewed_at = now() WHERE id = $1`, [ev.id, input.approve ? 'APPROVED' : 'REJECTED', input.reason ?? null, actor.userId]);
      if (input.approve && !e.completedAt && !(await this.isDone(tx, e.id, ev.moduleId))) await this.record(tx, e, ev.moduleId, actor.userId, null);
      return ev.id;
    });
  }

  /**
   * Records a module done (locked enrolment, not done yet) and, when it was the last, completes the
   * enrolment: completed_at, expires_at from the version's validity, and one certificate whose code
   * is unguessable and whose wording (name, title) is copied now.
   */
  private async record(tx: Tx, e: LockedEnrolment, moduleId: string, by: string, score: number | null): Promise<void> {
    await runSql(tx, `INSERT INTO training_progress (enrolment_id, module_id, organization_id, completed_by, score) VALUES ($1, $2, $3, $4, $5)`, [e.id, moduleId, e.organizationId, by, score]);
    const [{ left }] = await runSql<{ left: number }>(
      tx,
      `SELECT count(*)::int AS left FROM training_modules m WHERE m.version_id = $1 AND NOT EXISTS (SELECT 1 FROM training_progress g WHERE g.enrolment_id = $2 AND g.module_id = m.id)`,
      [e.versionId, e.id],
    );
    if (left > 0) {
      await runSql(tx, `UPDATE training_enrolments SET started_at = coalesce(started_at, now()) WHERE id = $1`, [e.id]);
      return;
    }
    const [done] = await runSql<{ completedAt: Date; expiresAt: Date | null }>(
      tx,
      `UPDATE training_enrolments SET started_at = coalesce(started_at, now()), completed_at = now(),
              expires_at = CASE WHEN $2::int IS NULL THEN NULL ELSE now() + make_interval(months => $2::int) END
        WHERE id = $1 AND completed_at IS NULL RETURNING completed_at AS "completedAt", expires_at AS "expiresAt"`,
      [e.id, e.validityMonths],
    );
    if (!done) return;
    const [person] = await this.people.usersByIds(new Actor(e.userId, e.organizationId, [Role.HR], ''), [e.userId], tx);
    const [cert] = await runSql<{ id: string }>(
      tx,
      `INSERT INTO training_certificates (organization_id, enrolment_id, user_id, code, person_name, course_title, completed_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (enrolment_id) DO NOTHING RETURNING id`,
      [e.organizationId, e.id, e.userId, newCertificateCode(), person?.name ?? '', e.title, done.completedAt, done.expiresAt],
    );
    if (cert) {
      await this.events.append(tx, {
        organizationId: e.organizationId, actorId: by, type: TrainingEvents.enrolmentCompleted,
        payload: { enrolmentId: e.id, courseId: e.courseId, userId: e.userId, certificateId: cert.id },
      });
    }
  }

  private async booking(tx: Tx, enrolmentId: string, moduleId: string): Promise<{ sessionId: string; startsAt: Date } | undefined> {
    const [row] = await runSql<{ sessionId: string; startsAt: Date }>(
      tx,
      `SELECT b.session_id AS "sessionId", s.starts_at AS "startsAt" FROM training_session_bookings b JOIN training_sessions s ON s.id = b.session_id WHERE b.enrolment_id = $1 AND b.module_id = $2`,
      [enrolmentId, moduleId],
    );
    return row;
  }

  private async isDone(tx: Tx, enrolmentId: string, moduleId: string): Promise<boolean> {
    const rows = await runSql(tx, `SELECT 1 FROM training_progress WHERE enrolment_id = $1 AND module_id = $2`, [enrolmentId, moduleId]);
    return rows.length > 0;
  }

  private open(e: LockedEnrolment): void {
    if (e.completedAt) throw new AppError(TrainingErrorCode.TRAINING_ENROLMENT_CLOSED, {}, 'The enrolment is completed');
  }

  private async module(tx: Tx, e: LockedEnrolment, moduleId: string): Promise<ModuleRow> {
    const m = (await this.courses.modules(tx, e.versionId)).find((x) => x.id === moduleId);
    if (!m) throw AppError.notFound('module');
    return m;
  }

  /** The enrolment locked, in the actor's organisation (NOT_FOUND otherwise). */
  private async lockEnrolment(tx: Tx, actor: Actor, enrolmentId: string): Promise<LockedEnrolment> {
    const [row] = await runSql<LockedEnrolment>(
      tx,
      `SELECT e.id, e.organization_id AS "organizationId", e.course_id AS "courseId", e.version_id AS "versionId", e.user_id AS "userId",
              e.completed_at AS "completedAt", c.owner_id AS "ownerId", v.validity_months AS "validityMonths", v.title
         FROM training_enrolments e JOIN training_courses c ON c.id = e.course_id JOIN training_course_versions v ON v.id = e.version_id
        WHERE e.id = $1 AND e.organization_id = $2 FOR UPDATE OF e`,
      [enrolmentId, actor.organizationId],
    );
    if (!row) throw AppError.notFound('enrolment');
    return row;
  }

  /** The learner's own enrolment; anyone else's reads as missing. */
  private async lockOwn(tx: Tx, actor: Actor, enrolmentId: string): Promise<LockedEnrolment> {
    const e = await this.lockEnrolment(tx, actor, enrolmentId);
    if (e.userId !== actor.userId) throw AppError.notFound('enrolment');
    return e;
  }

  /**
   * Reviewers: HR, or the person's manager (anyone above them in the line); for attendance also
   * the course's trainers (its owner, admins). Never the person themself. Someone who may not even
   * read the record gets NOT_FOUND.
   */
  private async mustReview(tx: Tx, actor: Actor, e: LockedEnrolment, trainerToo: boolean): Promise<void> {
    if (actor.userId !== e.userId) {
      if (actor.hasRole(Role.HR)) return;
      if (trainerToo && can(coursePolicy, actor, 'manage', { organizationId: e.organizationId, ownerId: e.ownerId })) return;
      const p = new SqlParams();
      const line = this.people.selectionSql({ include: { linesOf: [actor.userId] } }, actor.organizationId, p);
      const [inLine] = await runSql(tx, `SELECT 1 WHERE ${p.add(e.userId)}::uuid IN (${line})`, p.values);
      if (inLine) return;
      throw AppError.notFound('enrolment');
    }
    throw AppError.forbidden();
  }
}
