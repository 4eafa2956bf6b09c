import { all, buildOrganization, buildUser, codeOf, gql, type TestUser } from '@pillars/api/testing';
import { ACK } from './policies.test-documents';
import { policiesTestApp, READING, type ReadingView } from './policy-features.test-support';

const START = `mutation($input: StartPolicyQuizInput!) { startPolicyQuiz(input: $input) { attempt { id number maxAttempts passMark language
  questions { id prompt multiple options { id text } } } } }`;
type Attempt = { id: string; number: number; maxAttempts: number; passMark: number; questions: { id: string; prompt: string; multiple: boolean; options: { id: string; text: string }[] }[] };

const { app, kit } = policiesTestApp();

const question = (language: string, prompt: string, options: [string, boolean][], multiple = false) => ({ language, prompt, multiple, options: options.map(([text, correct]) => ({ text, correct })) });
const quiz = {
  passMark: 60, maxAttempts: 2,
  questions: [
    question('en', 'May you post client names?', [['No', true], ['Yes', false], ['Only on Fridays', false]]),
    question('en', 'Which are confidential?', [['Salaries', true], ['Roadmaps', true], ['The cafeteria menu', false]], true),
    question('en', 'Who do you ask when unsure?', [['Comms team', true], ['Nobody', false]]),
    question('ar', 'هل يجوز نشر أسماء العملاء؟', [['لا', true], ['نعم', false]]),
  ],
};

async function start(user: TestUser, versionId: string, language = 'en') {
  return gql(app()).as(user).send<{ startPolicyQuiz: { attempt: Attempt } }>(START, { input: { versionId, language } });
}

/** The key, read from the database the way only the server can. */
async function key(versionId: string): Promise<Map<string, { prompt: string; correct: string[] }>> {
  const rows = await all<{ id: string; prompt: string; correct: string[] }>(`SELECT id, prompt, correct_option_ids AS correct FROM policy_quiz_questions WHERE version_id = $1`, [versionId]);
  return new Map(rows.map((r) => [r.id, r]));
}

async function submit(user: TestUser, policyId: string, attempt: Attempt, answer: (q: Attempt['questions'][number], correct: string[]) => string[]) {
  const read = (await kit.ok<ReadingView>(user, READING, { id: policyId, language: 'en' })).policy.currentVersion;
  const k = await key(read.id);
  const answers = attempt.questions.map((q) => ({ questionId: q.id, optionIds: answer(q, k.get(q.id)?.correct ?? []) }));
  return gql(app()).as(user).send<{ acknowledgePolicy: { acknowledgement: { method: string; position: number } } }>(ACK, {
    input: { versionId: read.id, language: read.reading.language, textHash: read.reading.textHash, quiz: { attemptId: attempt.id, answers } },
  });
}

describe('quiz acknowledgement', () => {
  it('records a failed attempt, passes with the score in the evidence, never shows the key', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const learner = await buildUser(org);
    const { policyId, versionId } = await kit.published(hr, { acknowledgementMethod: 'QUIZ', quiz }, [kit.body('en', 'Think before posting.'), kit.body('ar', 'فكر قبل النشر.')]);

    const res = await start(learner, versionId);
    expect(res.errors).toBeUndefined();
    const first = res.data?.startPolicyQuiz.attempt as Attempt;
    expect(first).toMatchObject({ number: 1, maxAttempts: 2, passMark: 60 });
    expect(first.questions).toHaveLength(3);
    // The key never leaves the server: not in the reply, and not a field one can ask for.
    const correctIds = [...(await key(versionId)).values()].flatMap((q) => q.correct);
    expect(JSON.stringify(res.data)).not.toMatch(/correct/i);
    expect(first.questions.flatMap((q) => q.options.map((o) => o.id))).toEqual(expect.arrayContaining(correctIds.filter((id) => first.questions.some((q) => q.options.some((o) => o.id === id)))));
    const asked = await gql(app()).as(learner).send(`mutation($input: StartPolicyQuizInput!) { startPolicyQuiz(input: $input) { attempt { questions { options { id correct } } } } }`, { input: { versionId, language: 'en' } });
    expect(codeOf(asked)).toBe('GRAPHQL_VALIDATION_FAILED');
    // Starting again hands back the open attempt (a reload costs nothing).
    expect((await start(learner, versionId)).data?.startPolicyQuiz.attempt.id).toBe(first.id);
    // Without answers a QUIZ version is not acknowledged.
    const read = (await kit.ok<ReadingView>(learner, READING, { id: policyId, language: 'en' })).policy.currentVersion;
    expect(codeOf(await gql(app()).as(learner).send(ACK, { input: { versionId, language: 'en', textHash: read.reading.textHash } }))).toBe('BAD_USER_INPUT');

    // One right of three: 33 % < 60 %.
    const failed = await submit(learner, policyId, first, (q, correct) => (q.prompt.startsWith('May') ? correct : q.options.filter((o) => !correct.includes(o.id)).slice(0, 1).map((o) => o.id)));
    expect(codeOf(failed)).toBe('POLICY_QUIZ_FAILED');
    expect(failed.errors?.[0].extensions).toMatchObject({ score: 33, passMark: 60, attemptsLeft: 1 });
    expect(await all(`SELECT score, passed FROM policy_quiz_attempts WHERE user_id = $1`, [learner.id])).toEqual([{ score: 33, passed: false }]);
    expect(await all(`SELECT 1 FROM policy_acknowledgements WHERE user_id = $1`, [learner.id])).toHaveLength(0);
    // The closed attempt cannot be sent again.
    expect(codeOf(await submit(learner, policyId, first, (_q, correct) => correct))).toBe('POLICY_QUIZ_ATTEMPT_INVALID');

    const second = (await start(learner, versionId)).data?.startPolicyQuiz.attempt as Attempt;
    expect(second.number).toBe(2);
    expect(second.id).not.toBe(first.id);
    const passed = await submit(learner, policyId, second, (_q, correct) => correct);
    expect(passed.errors).toBeUndefined();
    expect(passed.data?.acknowledgePolicy.acknowledgement.method).toBe('QUIZ');
    expect(await all(`SELECT quiz_score AS "quizScore", method FROM policy_acknowledgements WHERE user_id = $1`, [learner.id])).toEqual([{ quizScore: 100, method: 'QUIZ' }]);
    const evidence = await kit.ok<{ policyEvidence: { edges: { node: { quizScore: number; intact: boolean } }[] } }>(learner, `query($p: ID!) { policyEvidence(policyId: $p) { edges { node { quizScore intact } } } }`, { p: policyId });
    expect(evidence.policyEvidence.edges.map((e) => e.node)).toEqual([{ quizScore: 100, intact: true }]);
    expect(codeOf(await start(learner, versionId))).toBe('POLICY_ALREADY_ACKNOWLEDGED');
  });

  it('stops at the attempt limit with a stable code, and shuffles per attempt in the reader\'s language', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const learner = await buildUser(org);
    const others = await Promise.all([1, 2, 3, 4, 5, 6].map(() => buildUser(org)));
    const { policyId, versionId } = await kit.published(hr, { acknowledgementMethod: 'QUIZ', quiz: { ...quiz, maxAttempts: 1 } }, [kit.body('en', 'Think.'), kit.body('ar', 'فكر.')]);
    const arabic = (await start(learner, versionId, 'ar')).data?.startPolicyQuiz.attempt as Attempt;
    expect(arabic.questions.map((q) => q.prompt)).toEqual(['هل يجوز نشر أسماء العملاء؟']);
    // Switching language replaces the open attempt rather than using one up.
    const attempt = (await start(learner, versionId, 'en')).data?.startPolicyQuiz.attempt as Attempt;
    expect(attempt.number).toBe(1);
    expect(codeOf(await submit(learner, policyId, attempt, () => []))).toBe('POLICY_QUIZ_FAILED');
    const again = await start(learner, versionId);
    expect(codeOf(again)).toBe('POLICY_QUIZ_ATTEMPTS_EXHAUSTED');
    expect(again.errors?.[0].extensions).toMatchObject({ maxAttempts: 1 });
    expect(await all(`SELECT number FROM policy_quiz_attempts WHERE user_id = $1`, [learner.id])).toEqual([{ number: 1 }]);

    // Orders are stored per attempt, and over a few learners they differ (3! × option orders).
    const orders = new Set<string>();
    for (const other of others) {
      const a = (await start(other, versionId)).data?.startPolicyQuiz.attempt as Attempt;
      orders.add(JSON.stringify(a.questions.map((q) => [q.id, q.options.map((o) => o.id)])));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('refuses a quiz without questions in every body language, and a quiz without the QUIZ method', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const policyId = await kit.createPolicy(hr);
    const base = { policyId, change: 'MAJOR', fallbackLanguage: 'en', audience: kit.everyone };
    const missing = await gql(app()).as(hr).send(`mutation($input: DraftPolicyVersionInput!) { draftPolicyVersion(input: $input) { version { id } } }`, {
      input: { ...base, bodies: [kit.body('en', 'x'), kit.body('it', 'x')], acknowledgementMethod: 'QUIZ', quiz: { ...quiz, questions: quiz.questions.slice(0, 1) } },
    });
    expect(missing.errors?.[0].extensions?.fields).toEqual([{ field: 'quiz.questions', rule: 'everyLanguage' }]);
    const twoRight = await gql(app()).as(hr).send(`mutation($input: DraftPolicyVersionInput!) { draftPolicyVersion(input: $input) { version { id } } }`, {
      input: { ...base, bodies: [kit.body('en', 'x')], acknowledgementMethod: 'QUIZ', quiz: { ...quiz, questions: [question('en', 'Q', [['a', true], ['b', true]])] } },
    });
    expect(twoRight.errors?.[0].extensions?.fields).toEqual([{ field: 'quiz.questions.0.options', rule: 'exactlyOneCorrect' }]);
    const noMethod = await gql(app()).as(hr).send(`mutation($input: DraftPolicyVersionInput!) { draftPolicyVersion(input: $input) { version { id } } }`, { input: { ...base, bodies: [kit.body('en', 'x')], quiz } });
    expect(noMethod.errors?.[0].extensions?.fields).toEqual([{ field: 'quiz', rule: 'quizMethodOnly' }]);
    expect(await all(`SELECT 1 FROM policy_versions WHERE policy_id = $1`, [policyId])).toHaveLength(0);
  });
});
