import fc from 'fast-check';
import { scoreQuiz, shuffled } from './quiz';

describe('quiz grading', () => {
  const questions = [
    { id: 'q1', correct: ['a'] },
    { id: 'q2', correct: ['b', 'c'] },
    { id: 'q3', correct: ['d'] },
  ];

  it('counts a question right only with every correct option and no other, rounding down', () => {
    expect(scoreQuiz(questions, [{ questionId: 'q1', optionIds: ['a'] }, { questionId: 'q2', optionIds: ['b', 'c'] }, { questionId: 'q3', optionIds: ['d'] }])).toBe(100);
    expect(scoreQuiz(questions, [{ questionId: 'q1', optionIds: ['a'] }, { questionId: 'q2', optionIds: ['b'] }])).toBe(33);
    expect(scoreQuiz(questions, [{ questionId: 'q2', optionIds: ['b', 'c', 'x'] }])).toBe(0);
    expect(scoreQuiz([], [])).toBe(0);
  });

  it('ignores answers to questions that were not asked', () => {
    expect(scoreQuiz(questions, [{ questionId: 'q9', optionIds: ['a'] }, { questionId: 'q1', optionIds: ['a'] }])).toBe(33);
  });

  it('shuffles into a permutation of the same items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (items) => {
        const out = shuffled(items);
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });
});
