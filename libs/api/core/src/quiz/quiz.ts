import { randomInt } from 'node:crypto';

/** Fisher–Yates with a CSPRNG: a learner cannot predict the next draw or the order of an attempt. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Percent of questions answered exactly (every correct option of a question and no other), rounded
 * down. Policies' quiz acknowledgements and training's quiz modules grade the same way.
 */
export function scoreQuiz(questions: readonly { id: string; correct: readonly string[] }[], answers: readonly { questionId: string; optionIds: readonly string[] }[]): number {
  if (questions.length === 0) return 0;
  const given = new Map(answers.map((a) => [a.questionId, new Set(a.optionIds)]));
  const right = questions.filter((q) => {
    const chosen = given.get(q.id);
    return !!chosen && chosen.size === q.correct.length && q.correct.every((id) => chosen.has(id));
  }).length;
  return Math.floor((right * 100) / questions.length);
}
