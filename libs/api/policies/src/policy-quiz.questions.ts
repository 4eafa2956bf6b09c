import { AppError, runSql, type Tx } from '@pillars/api/core';
import { randomUUID } from 'node:crypto';
import type { PolicyQuizInput } from './policy-quiz.inputs';
import { QUIZ_LIMITS } from './policy-quiz.inputs';

/** A question as stored: options with ids; the key (`correct`) never leaves the server for a learner. */
export interface QuestionRow {
  id: string;
  language: string;
  prompt: string;
  multiple: boolean;
  options: { id: string; text: string }[];
  correct: string[];
}

export const QUESTION_COLUMNS = `q.id, q.language, q.prompt, q.multiple, q.options, q.correct_option_ids AS correct`;

/**
 * Checks a quiz against the version's languages (every body language has questions, no question
 * in another language; single choice has one correct option, multiple at least one) and stores it.
 */
export async function saveQuiz(tx: Tx, organizationId: string, versionId: string, quiz: PolicyQuizInput, languages: readonly string[]): Promise<void> {
  const perLanguage = new Map<string, number>();
  quiz.questions.forEach((q, i) => {
    if (!languages.includes(q.language)) throw AppError.badInput([{ field: `quiz.questions.${i}.language`, rule: 'oneOfBodies' }], 'A question needs a body in its language');
    const right = q.options.filter((o) => o.correct).length;
    if (q.multiple ? right < 1 : right !== 1) throw AppError.badInput([{ field: `quiz.questions.${i}.options`, rule: q.multiple ? 'oneCorrectAtLeast' : 'exactlyOneCorrect' }], 'Mark the correct options');
    perLanguage.set(q.language, (perLanguage.get(q.language) ?? 0) + 1);
  });
  for (const language of languages) {
    const n = perLanguage.get(language) ?? 0;
    if (n === 0) throw AppError.badInput([{ field: 'quiz.questions', rule: 'everyLanguage' }], `The quiz has no question in ${language}`);
    if (n > QUIZ_LIMITS.questionsPerLanguage) throw AppError.badInput([{ field: 'quiz.questions', rule: 'maxSize' }], 'Too many questions');
  }
  const position = new Map<string, number>();
  const rows = quiz.questions.map((q) => {
    const options = q.options.map((o) => ({ id: randomUUID(), text: o.text, correct: o.correct }));
    const at = (position.get(q.language) ?? 0) + 1;
    position.set(q.language, at);
    return { language: q.language, position: at, prompt: q.prompt, multiple: q.multiple, options: options.map(({ id, text }) => ({ id, text })), correct: options.filter((o) => o.correct).map((o) => o.id) };
  });
  await runSql(tx, `UPDATE policy_versions SET quiz_pass_mark = $2, quiz_max_attempts = $3 WHERE id = $1`, [versionId, quiz.passMark, quiz.maxAttempts]);
  await runSql(
    tx,
    `INSERT INTO policy_quiz_questions (organization_id, version_id, language, position, prompt, multiple, options, correct_option_ids)
     SELECT $1, $2, q->>'language', (q->>'position')::int, q->>'prompt', (q->>'multiple')::boolean, q->'options',
            ARRAY(SELECT jsonb_array_elements_text(q->'correct'))
       FROM jsonb_array_elements($3::jsonb) q`,
    [organizationId, versionId, JSON.stringify(rows)],
  );
}

/** A minor version keeps the quiz of the version it amends (same questions, same option ids). */
export async function copyQuiz(tx: Tx, fromVersionId: string, toVersionId: string): Promise<void> {
  await runSql(
    tx,
    `UPDATE policy_versions t SET quiz_pass_mark = f.quiz_pass_mark, quiz_max_attempts = f.quiz_max_attempts FROM policy_versions f WHERE t.id = $2 AND f.id = $1`,
    [fromVersionId, toVersionId],
  );
  await runSql(
    tx,
    `INSERT INTO policy_quiz_questions (organization_id, version_id, language, position, prompt, multiple, options, correct_option_ids)
     SELECT organization_id, $2, language, position, prompt, multiple, options, correct_option_ids FROM policy_quiz_questions WHERE version_id = $1`,
    [fromVersionId, toVersionId],
  );
}

