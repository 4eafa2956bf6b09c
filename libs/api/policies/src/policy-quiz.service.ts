import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db, runSql, scoreQuiz, shuffled, type Tx } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import { PoliciesErrorCode } from './policies.errors';
import type { PolicyQuizAnswersInput } from './policy-quiz.inputs';
import type { PolicyQuizAttemptModel } from './policy-quiz.model';
import { QUESTION_COLUMNS, type QuestionRow } from './policy-quiz.questions';
import { PolicyAcknowledgementMethod, PolicyVersionStatus } from './policy.model';
import type { VersionRow } from './policy.presenter';
import { PoliciesService } from './policies.service';
import { PolicyQueriesService } from './policy-queries.service';

interface AttemptRow {
  id: string;
  versionId: string;
  userId: string;
  language: string;
  number: number;
  questionOrder: string[];
  optionOrder: Record<string, string[]>;
  submittedAt: Date | null;
}
const ATTEMPT_COLUMNS = `t.id, t.version_id AS "versionId", t.user_id AS "userId", t.language, t.number, t.question_order AS "questionOrder",
  t.option_order AS "optionOrder", t.submitted_at AS "submittedAt"`;

export interface QuizGrade {
  attemptId: string;
  score: number;
  passed: boolean;
  passMark: number;
  attemptsLeft: number;
}

/**
 * Quiz acknowledgement: attempts in their own random order, at most the version's limit (only
 * submitted attempts count; an open one is handed back as it was, so reloading costs nothing).
 * Grading is here; the pass is written with the evidence row (AcknowledgementsService).
 */
@Injectable()
export class PolicyQuizService {
  constructor(
    private readonly db: Db,
    private readonly audiences: AudienceDirectory,
    private readonly policies: PoliciesService,
    private readonly queries: PolicyQueriesService,
  ) {}

  async startAttempt(actor: Actor, versionId: string, language: string): Promise<PolicyQuizAttemptModel> {
    const version = await this.policies.versionRow(this.db.manager, versionId, actor);
    await this.queries.getPolicy(actor, version.policyId);
    if (version.retiredAt) throw new AppError(PoliciesErrorCode.POLICY_RETIRED, {}, 'The policy is retired');
    if (version.status !== PolicyVersionStatus.PUBLISHED) throw new AppError(PoliciesErrorCode.POLICY_VERSION_NOT_CURRENT, {}, 'Only the current version is acknowledged');
    if (version.ackMethod !== PolicyAcknowledgementMethod.QUIZ || version.quizMaxAttempts == null || version.quizPassMark == null) {
      throw AppError.badInput([{ field: 'versionId', rule: 'quiz' }], 'This version is not acknowledged by quiz');
    }
    if (!(await this.audiences.isMember(this.db.manager, actor.organizationId, version.audienceId, actor.userId))) {
      throw new AppError(PoliciesErrorCode.POLICY_NOT_IN_AUDIENCE, {}, 'This version is not addressed to you');
    }
    const done = await this.db.query(`SELECT 1 FROM policy_acknowledgements WHERE version_id = $1 AND user_id = $2`, [version.id, actor.userId]);
    if (done.length) throw new AppError(PoliciesErrorCode.POLICY_ALREADY_ACKNOWLEDGED, {}, 'You already acknowledged this version');
    const questions = await this.questions(this.db.manager, version.id, language);
    if (questions.length === 0) throw AppError.badInput([{ field: 'language', rule: 'oneOfBodies' }], 'The quiz has no questions in that language');
    const maxAttempts = version.quizMaxAttempts;
    const attempt = await this.db.transaction(async (tx) => {
      const [open] = await runSql<AttemptRow>(tx, `SELECT ${ATTEMPT_COLUMNS} FROM policy_quiz_attempts t WHERE t.version_id = $1 AND t.user_id = $2 AND t.submitted_at IS NULL FOR UPDATE`, [version.id, actor.userId]);
      if (open && open.language === language) return open;
      if (open) await runSql(tx, `DELETE FROM policy_quiz_attempts WHERE id = $1`, [open.id]);
      const [{ used }] = await runSql<{ used: number }>(tx, `SELECT count(*)::int AS used FROM policy_quiz_attempts WHERE version_id = $1 AND user_id = $2 AND submitted_at IS NOT NULL`, [version.id, actor.userId]);
      if (used >= maxAttempts) throw new AppError(PoliciesErrorCode.POLICY_QUIZ_ATTEMPTS_EXHAUSTED, { maxAttempts }, 'Every attempt allowed is used');
      const order = shuffled(questions.map((q) => q.id));
      const options = Object.fromEntries(questions.map((q) => [q.id, shuffled(q.options.map((o) => o.id))]));
      const [row] = await runSql<AttemptRow>(
        tx,
        `INSERT INTO policy_quiz_attempts AS t (organization_id, version_id, user_id, language, number, question_order, option_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${ATTEMPT_COLUMNS}`,
        [actor.organizationId, version.id, actor.userId, language, used + 1, order, JSON.stringify(options)],
      );
      return row;
    });
    return this.present(attempt, questions, version);
  }

  /**
   * Grades the reader's open attempt in `tx` and closes it (a failed attempt is recorded by the
   * caller's commit). Not the reader's open attempt for this version and language: INVALID.
   */
  async grade(tx: Tx, actor: Actor, version: VersionRow, language: string, input: PolicyQuizAnswersInput | undefined): Promise<QuizGrade> {
    if (!input) throw AppError.badInput([{ field: 'quiz', rule: 'required' }], 'Answer the quiz');
    const [attempt] = await runSql<AttemptRow>(
      tx,
      `SELECT ${ATTEMPT_COLUMNS} FROM policy_quiz_attempts t WHERE t.id = $1 AND t.organization_id = $2 AND t.user_id = $3 AND t.version_id = $4 FOR UPDATE`,
      [input.attemptId, actor.organizationId, actor.userId, version.id],
    );
    if (!attempt || attempt.submittedAt || attempt.language !== language) throw new AppError(PoliciesErrorCode.POLICY_QUIZ_ATTEMPT_INVALID, {}, 'Start an attempt first');
    const questions = await this.questions(tx, version.id, language);
    const score = scoreQuiz(questions, input.answers);
    const passMark = version.quizPassMark ?? 100;
    const passed = score >= passMark;
    await runSql(tx, `UPDATE policy_quiz_attempts SET answers = $2, score = $3, passed = $4, submitted_at = now() WHERE id = $1`, [attempt.id, JSON.stringify(input.answers), score, passed]);
    return { attemptId: attempt.id, score, passed, passMark, attemptsLeft: Math.max(0, (version.quizMaxAttempts ?? 0) - attempt.number) };
  }

  private questions(tx: Tx, versionId: string, language: string): Promise<QuestionRow[]> {
    return runSql<QuestionRow>(tx, `SELECT ${QUESTION_COLUMNS} FROM policy_quiz_questions q WHERE q.version_id = $1 AND q.language = $2 ORDER BY q.position`, [versionId, language]);
  }

  /** The learner's view: this attempt's order, and no key. */
  private present(attempt: AttemptRow, questions: QuestionRow[], version: VersionRow): PolicyQuizAttemptModel {
    const byId = new Map(questions.map((q) => [q.id, q]));
    return {
      id: attempt.id, versionId: attempt.versionId, language: attempt.language, number: attempt.number,
      maxAttempts: version.quizMaxAttempts ?? 0, passMark: version.quizPassMark ?? 100,
      questions: attempt.questionOrder.flatMap((id) => {
        const q = byId.get(id);
        if (!q) return [];
        const texts = new Map(q.options.map((o) => [o.id, o.text]));
        return [{ id: q.id, prompt: q.prompt, multiple: q.multiple, options: (attempt.optionOrder[id] ?? []).map((oid) => ({ id: oid, text: texts.get(oid) ?? '' })) }];
      }),
    };
  }
}
