import { pdfText } from '@pillars/api/core';
import { all, appUrl, buildOrganization, buildTeam, buildUser, codeOf, gql, testDb, type TestUser } from '@pillars/api/testing';
import { TrainingJobs } from './training.jobs';
import { ASSIGN, COMPLETE, courseInput, CREATE, link, markdown, PLAYER, PUBLISH, quiz, trainingTestApp, UPDATE, VERIFY, type Course } from './training.test-kit';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const DAY = 86_400_000;

const { app, kit } = trainingTestApp({ uploads: 'pillars-training-files-' });
const { ok, drain, published, enrolmentOf, passQuiz, upload } = kit;

const team = (teamId: string) => ({ include: [{ kind: 'TEAM', teamId, includeSubTeams: true }], exclude: [] });
const assign = (actor: TestUser, input: Record<string, unknown>) => gql(app()).as(actor).send<{ assignTraining: { id: string; enrolled: number } }>(ASSIGN, { input });

describe('training: catalogue', () => {
  it('lets HR create and publish a course; employees cannot; hostile modules get stable codes and write nothing', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const employee = await buildUser(org);
    expect(codeOf(await gql(app()).as(employee).send(CREATE, { input: courseInput() }))).toBe('FORBIDDEN');
    const bad = async (modules: unknown[], rule: string) => {
      const res = await gql(app()).as(hr).send(CREATE, { input: courseInput({ title: 'Hostile', modules }) });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain(rule);
    };
    await bad([{ kind: 'EXTERNAL_LINK', title: 'x', url: 'javascript:alert(1)' }], 'url');
    await bad([{ kind: 'MARKDOWN', title: 'x', content: 'hi', url: 'https://a.example' }], 'notForKind');
    await bad([{ ...quiz(), drawCount: 1, questions: [{ prompt: 'q', multiple: false, options: [{ text: 'a', correct: true }, { text: 'b', correct: true }] }] }], 'exactlyOneCorrect');
    await bad([{ ...quiz(), drawCount: 9 }], 'max');
    await bad([{ kind: 'POLICY_ACK', title: 'Ack', policyId: '00000000-0000-4000-8000-000000000000' }], 'policyId');
    expect(codeOf(await gql(app()).as(hr).send(CREATE, { input: courseInput({ title: 'a\u202Eb' }) }))).toBe('BAD_USER_INPUT');
    expect(await all(`SELECT 1 FROM training_courses WHERE organization_id = $1`, [org.id])).toHaveLength(0);

    const created = (await ok<{ createTrainingCourse: Course }>(hr, CREATE, { input: courseInput({ modules: [markdown(), link(), quiz()] }) })).createTrainingCourse;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(created.modules.map((m) => m.kind)).toEqual(['MARKDOWN', 'EXTERNAL_LINK', 'QUIZ']);
    expect(created.modules[2]).toMatchObject({ drawCount: 2, questionCount: 3 });
    // Drafts stay with those who manage the course.
    expect(codeOf(await gql(app()).as(employee).send(`query($id: ID!) { trainingCourse(id: $id) { id } }`, { id: created.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app()).as(employee).send(PUBLISH, { id: created.id }))).toBe('FORBIDDEN');
    await ok(hr, PUBLISH, { id: created.id });
    expect(codeOf(await gql(app()).as(hr).send(PUBLISH, { id: created.id }))).toBe('TRAINING_COURSE_STATUS');
    // The learner's key is never in the schema's answers.
    const attemptKeys = await gql(app()).as(employee).send(`query($id: ID!) { trainingCourse(id: $id) { modules { kind questionCount } } }`, { id: created.id });
    expect(JSON.stringify(attemptKeys.data)).not.toContain('correct');
  });

  it('editing a published course makes a new version; an enrolment in progress keeps its own', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const learner = await buildUser(org);
    const course = await published(hr, { selfEnrol: true, modules: [markdown('One'), markdown('Two')] });
    const enrolled = await ok<{ selfEnrolTraining: { player: { enrolment: { id: string } } } }>(learner, `mutation($c: ID!) { selfEnrolTraining(courseId: $c) { player { enrolment { id } } } }`, { c: course.id });
    const enrolmentId = enrolled.selfEnrolTraining.player.enrolment.id;
    expect(codeOf(await gql(app()).as(learner).send(`mutation($c: ID!) { selfEnrolTraining(courseId: $c) { player { resumeModuleId } } }`, { c: course.id }))).toBe('TRAINING_ALREADY_ENROLLED');
    await ok(learner, COMPLETE, { e: enrolmentId, m: course.modules[0].id });
    const v2 = (await ok<{ updateTrainingCourse: Course }>(hr, UPDATE, { id: course.id, input: courseInput({ title: 'Security Basics 2', modules: [markdown('Only')] }) })).updateTrainingCourse;
    expect(v2).toMatchObject({ version: 2, status: 'PUBLISHED', title: 'Security Basics 2' });
    const player = (await ok<{ trainingPlayer: { course: { version: number; title: string }; resumeModuleId: string; modules: { done: boolean }[] } }>(learner, PLAYER, { id: enrolmentId })).trainingPlayer;
    expect(player.course).toMatchObject({ version: 1, title: courseInput().title });
    expect(player.modules.map((m) => m.done)).toEqual([true, false]);
    expect(player.resumeModuleId).toBe(course.modules[1].id);
    // A required course is not open to self-enrolment.
    const required = await published(hr);
    expect(codeOf(await gql(app()).as(learner).send(`mutation($c: ID!) { selfEnrolTraining(courseId: $c) { player { resumeModuleId } } }`, { c: required.id }))).toBe('TRAINING_SELF_ENROL_CLOSED');
  });
});

describe('training: the editor\'s catalogue', () => {
  const CATALOGUE = `query($first: Int, $after: String, $status: TrainingCourseStatus) { trainingCourses(first: $first, after: $after, status: $status) { edges { node { id title status } } pageInfo { hasNextPage endCursor } } }`;
  const BANK = `query($id: ID!) { trainingCourse(id: $id) { modules { kind questionBank { prompt multiple options { text correct } } } } }`;
  type Page = { trainingCourses: { edges: { node: { id: string; title: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  it('pages the catalogue by title with a status filter; drafts only for those who manage; the quiz key only for them', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const employee = await buildUser(org);
    const live = await published(hr, { title: 'B course', modules: [quiz()] });
    await ok(hr, CREATE, { input: courseInput({ title: 'A draft' }) });
    await published(hr, { title: 'C course' });
    const first = (await ok<Page>(hr, CATALOGUE, { first: 2 })).trainingCourses;
    expect(first.edges.map((e) => e.node.title)).toEqual(['A draft', 'B course']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await ok<Page>(hr, CATALOGUE, { first: 2, after: first.pageInfo.endCursor })).trainingCourses;
    expect(next.edges.map((e) => e.node.title)).toEqual(['C course']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect((await ok<Page>(hr, CATALOGUE, { status: 'DRAFT' })).trainingCourses.edges.map((e) => e.node.title)).toEqual(['A draft']);
    expect((await ok<Page>(employee, CATALOGUE, {})).trainingCourses.edges.map((e) => e.node.title)).toEqual(['B course', 'C course']);
    expect(codeOf(await gql(app()).as(hr).send(CATALOGUE, { after: 'nonsense' }))).toBe('BAD_USER_INPUT');

    const bank = (await ok<{ trainingCourse: { modules: { questionBank: { prompt: string; options: { text: string; correct: boolean }[] }[] | null }[] } }>(hr, BANK, { id: live.id })).trainingCourse.modules[0].questionBank;
    expect(bank?.map((q) => q.prompt)).toEqual(['Question 1?', 'Question 2?', 'Question 3?']);
    expect(bank?.[0].options).toEqual([{ text: 'Right 1', correct: true }, { text: 'Wrong 1', correct: false }]);
    const learner = await gql(app()).as(employee).send<{ trainingCourse: { modules: { questionBank: unknown }[] } }>(BANK, { id: live.id });
    expect(learner.data?.trainingCourse.modules[0].questionBank).toBeNull();
  });
});

describe('training: assignments (AC1)', () => {
  it('an assignment to a team reaches a new joiner, due N days from the join; a leaver keeps their history', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const sales = await buildTeam(org, { name: 'Sales' });
    const first = await buildUser(org, { teamIds: [sales.id] });
    const joiner = await buildUser(org);
    const course = await published(hr);
    const res = await assign(hr, { courseId: course.id, rules: team(sales.id), dueKind: 'AFTER_JOINING', dueDays: 7 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.assignTraining.enrolled).toBe(1);
    expect(await enrolmentOf(joiner, course.id)).toBeUndefined();
    const before = await enrolmentOf(first, course.id);
    expect(before?.status).toBe('NOT_STARTED');

    await ok(admin, `mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`, { input: { teamId: sales.id, userId: joiner.id } });
    await drain();
    const mine = await enrolmentOf(joiner, course.id);
    expect(mine).toMatchObject({ status: 'NOT_STARTED', cycle: 1 });
    expect(new Date(mine?.dueAt as string).getTime() - new Date(mine?.enrolledAt as string).getTime()).toBe(7 * DAY);
    expect(new Date(mine?.dueAt as string).getTime()).toBeGreaterThanOrEqual(new Date(before?.dueAt as string).getTime());
    const notes = await all(`SELECT recipient_id FROM notifications WHERE kind = 'training.assigned' AND target_id = $1`, [course.id]);
    expect(notes.map((n) => n.recipient_id).sort()).toEqual([first.id, joiner.id].sort());

    // Leaving the team: the enrolment stays; joining again does not enrol twice.
    await ok(admin, `mutation($input: TeamMemberInput!) { removeTeamMember(input: $input) { team { id } } }`, { input: { teamId: sales.id, userId: joiner.id } });
    await drain();
    expect((await enrolmentOf(joiner, course.id))?.id).toBe(mine?.id);
    await ok(admin, `mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`, { input: { teamId: sales.id, userId: joiner.id } });
    await drain();
    expect(await all(`SELECT id FROM training_enrolments WHERE user_id = $1`, [joiner.id])).toHaveLength(1);
  });

  it('validates due rules and keeps managers to their own line', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const manager = await buildUser(org);
    const report = await buildUser(org, { managerId: manager.id });
    const stranger = await buildUser(org);
    const employee = await buildUser(org);
    const course = await published(hr);
    expect(codeOf(await assign(hr, { courseId: course.id, rules: { include: [{ kind: 'ALL' }] }, dueKind: 'FIXED_DATE', dueDays: 3 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await assign(hr, { courseId: course.id, rules: { include: [{ kind: 'ALL' }] }, dueKind: 'FIXED_DATE', dueDate: new Date(Date.now() - DAY).toISOString() }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await assign(hr, { courseId: course.id, rules: { include: [{ kind: 'ALL' }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 3, recurrence: 'ON_EXPIRY' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await assign(hr, { courseId: course.id, dueKind: 'AFTER_ASSIGNMENT', dueDays: 3 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await assign(employee, { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [employee.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 3 }))).toBe('FORBIDDEN');
    const outside = await assign(manager, { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [report.id, stranger.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 3 });
    expect(codeOf(outside)).toBe('TRAINING_ASSIGNMENT_OUTSIDE_LINE');
    expect(await all(`SELECT 1 FROM training_assignments WHERE course_id = $1`, [course.id])).toHaveLength(0);
    const draft = (await ok<{ createTrainingCourse: Course }>(hr, CREATE, { input: courseInput() })).createTrainingCourse;
    expect(codeOf(await assign(hr, { courseId: draft.id, rules: { include: [{ kind: 'ALL' }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 3 }))).toBe('TRAINING_COURSE_NOT_PUBLISHED');
    const mine = await assign(manager, { courseId: course.id, rules: { include: [{ kind: 'MANAGER_LINE', managerId: manager.id, direct: false }] }, dueKind: 'FIXED_DATE', dueDate: new Date(Date.now() + 10 * DAY).toISOString() });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.assignTraining.enrolled).toBe(1);
    expect(await enrolmentOf(stranger, course.id)).toBeUndefined();
  });
});

describe('training: completion and certificates (AC1)', () => {
  it('completing every module completes the enrolment, sets the expiry and issues a certificate anyone can verify without signing in', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const learner = await buildUser(org, { name: 'سلمى حداد' });
    const other = await buildUser(org);
    const course = await published(hr, { validityMonths: 12, modules: [markdown(), link(), quiz()] });
    await ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [learner.id, other.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 } });
    const e = await enrolmentOf(learner, course.id);
    const [md, ln, qz] = course.modules;
    expect(codeOf(await gql(app()).as(other).send(COMPLETE, { e: e?.id, m: md.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app()).as(learner).send(COMPLETE, { e: e?.id, m: qz.id }))).toBe('TRAINING_MODULE_KIND');
    await ok(learner, COMPLETE, { e: e?.id, m: md.id });
    await ok(learner, COMPLETE, { e: e?.id, m: ln.id });
    expect((await enrolmentOf(learner, course.id))?.status).toBe('IN_PROGRESS');
    // A failed attempt is recorded; two attempts allowed, then exhausted unless passed.
    const attempt = (await ok<{ startTrainingQuiz: { id: string; questions: { id: string; options: { id: string; text: string }[] }[] } }>(learner, `mutation($e: ID!, $m: ID!) { startTrainingQuiz(enrolmentId: $e, moduleId: $m) { id questions { id options { id text } } } }`, { e: e?.id, m: qz.id })).startTrainingQuiz;
    expect(attempt.questions).toHaveLength(2);
    const wrong = attempt.questions.map((q) => ({ questionId: q.id, optionIds: q.options.filter((o) => o.text.startsWith('Wrong')).map((o) => o.id) }));
    const failed = await gql(app()).as(learner).send(`mutation($input: SubmitTrainingQuizInput!) { submitTrainingQuiz(input: $input) { player { resumeModuleId } } }`, { input: { attemptId: attempt.id, answers: wrong } });
    expect(codeOf(failed)).toBe('TRAINING_QUIZ_FAILED');
    expect(failed.errors?.[0]?.extensions).toMatchObject({ score: 0, passMark: 100, attemptsLeft: 1 });
    expect(codeOf(await gql(app()).as(learner).send(`mutation($input: SubmitTrainingQuizInput!) { submitTrainingQuiz(input: $input) { player { resumeModuleId } } }`, { input: { attemptId: attempt.id, answers: wrong } }))).toBe('TRAINING_QUIZ_ATTEMPT_INVALID');
    const passed = await passQuiz(learner, e?.id as string, qz.id);
    expect(passed.errors).toBeUndefined();

    const done = await enrolmentOf(learner, course.id);
    expect(done?.status).toBe('DONE');
    const completed = new Date(done?.completedAt as string);
    const expected = new Date(completed);
    expected.setUTCMonth(expected.getUTCMonth() + 12);
    expect(Math.abs(new Date(done?.expiresAt as string).getTime() - expected.getTime())).toBeLessThan(2 * DAY);
    const code = done?.certificate?.code as string;
    expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Completed: nothing more is recorded.
    expect(codeOf(await gql(app()).as(learner).send(`mutation($e: ID!, $m: ID!) { startTrainingQuiz(enrolmentId: $e, moduleId: $m) { id } }`, { e: e?.id, m: qz.id }))).toBe('TRAINING_ENROLMENT_CLOSED');

    // The public check, without a session: name, course, date, validity, nothing else.
    const check = await gql(app()).send<{ verifyTrainingCertificate: Record<string, unknown> }>(VERIFY, { code });
    expect(check.errors).toBeUndefined();
    expect(check.data?.verifyTrainingCertificate).toEqual({ personName: 'سلمى حداد', courseTitle: courseInput().title, completedAt: done?.completedAt, expiresAt: done?.expiresAt, valid: true });
    expect(codeOf(await gql(app()).send(VERIFY, { code: `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}` }))).toBe('TRAINING_CERTIFICATE_UNKNOWN');
    expect(codeOf(await gql(app()).send(VERIFY, { code: "' OR 1=1 --" }))).toBe('TRAINING_CERTIFICATE_UNKNOWN');
    expect(codeOf(await gql(app()).send(`query { myTraining { completed { id } } }`))).toBe('UNAUTHENTICATED');

    // The PDF: the learner's name as a reader extracts it; nobody else's line may download it.
    const url = `${appUrl(app())}${done?.certificate?.pdfUrl}`;
    const res = await fetch(url, { headers: { cookie: `pillars_session=${learner.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const { items } = pdfText(Buffer.from(await res.arrayBuffer()));
    const texts = items[0].map((i) => i.str);
    expect(texts).toContain('سلمى حداد');
    expect(items[0].find((i) => i.str === 'سلمى حداد')?.dir).toBe('rtl');
    expect(texts.join(' ')).toContain(code);
    expect((await fetch(url, { headers: { cookie: `pillars_session=${other.token}` } })).status).toBe(404);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { cookie: `pillars_session=${hr.token}` } })).status).toBe(200);
  });

  it('a concurrent double submit of the last module completes the enrolment once with one certificate', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const learner = await buildUser(org);
    const course = await published(hr, { modules: [markdown()] });
    await ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [learner.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 } });
    const e = await enrolmentOf(learner, course.id);
    const results = await Promise.all([0, 1, 2].map(() => gql(app()).as(learner).send(COMPLETE, { e: e?.id, m: course.modules[0].id })));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await all(`SELECT 1 FROM training_progress WHERE enrolment_id = $1`, [e?.id])).toHaveLength(1);
    expect(await all(`SELECT 1 FROM training_certificates WHERE enrolment_id = $1`, [e?.id])).toHaveLength(1);
    expect(await all(`SELECT 1 FROM domain_events WHERE type = 'training.enrolment.completed' AND payload->>'enrolmentId' = $1`, [e?.id])).toHaveLength(1);
  });
});

describe('training: evidence uploads (AC1)', () => {
  it('refuses a file whose magic bytes are not a PDF or an image; the manager approves or rejects with a reason', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const manager = await buildUser(org);
    const otherManager = await buildUser(org);
    await buildUser(org, { managerId: otherManager.id });
    const learner = await buildUser(org, { managerId: manager.id });
    const course = await published(hr, { modules: [{ kind: 'EVIDENCE_UPLOAD', title: 'Upload your first-aid certificate' }] });
    await ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [learner.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 } });
    const e = await enrolmentOf(learner, course.id);
    const m = course.modules[0].id;
    const SUBMIT = `mutation($e: ID!, $m: ID!, $f: ID!) { submitTrainingEvidence(enrolmentId: $e, moduleId: $m, fileId: $f) }`;
    const REVIEW = `mutation($input: ReviewTrainingEvidenceInput!) { reviewTrainingEvidence(input: $input) }`;

    const fake = await upload(learner, Buffer.from('<html><script>alert(1)</script></html>'), 'certificate.pdf');
    expect(fake).toMatchObject({ status: 415, code: 'FILES_TYPE_NOT_ALLOWED' });
    // Someone else's upload cannot be handed in.
    const theirs = await upload(hr, PDF, 'hr.pdf');
    expect(codeOf(await gql(app()).as(learner).send(SUBMIT, { e: e?.id, m, f: theirs.id }))).toBe('FILES_NOT_ATTACHABLE');
    expect(await all(`SELECT 1 FROM training_evidence WHERE enrolment_id = $1`, [e?.id])).toHaveLength(0);

    const first = await upload(learner, PDF, 'first-aid.pdf');
    const evidenceId = (await ok<{ submitTrainingEvidence: string }>(learner, SUBMIT, { e: e?.id, m, f: first.id })).submitTrainingEvidence;
    const again = await upload(learner, PDF, 'again.pdf');
    expect(codeOf(await gql(app()).as(learner).send(SUBMIT, { e: e?.id, m, f: again.id }))).toBe('TRAINING_EVIDENCE_REVIEWED');
    expect(codeOf(await gql(app()).as(learner).send(REVIEW, { input: { evidenceId, approve: true } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app()).as(otherManager).send(REVIEW, { input: { evidenceId, approve: true } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app()).as(manager).send(REVIEW, { input: { evidenceId, approve: false } }))).toBe('BAD_USER_INPUT');
    await ok(manager, REVIEW, { input: { evidenceId, approve: false, reason: 'The scan is unreadable.' } });
    const player = (await ok<{ trainingPlayer: { modules: { done: boolean; evidenceStatus: string; evidenceReason: string } [] } }>(learner, PLAYER, { id: e?.id })).trainingPlayer;
    expect(player.modules[0]).toMatchObject({ done: false, evidenceStatus: 'REJECTED', evidenceReason: 'The scan is unreadable.' });
    // The file is readable by the learner and their manager, not by another line's manager.
    const [file] = await all<{ id: string }>(`SELECT id FROM files WHERE owner_id = $1`, [evidenceId]);
    const get = (who: TestUser) => fetch(`${appUrl(app())}/files/${file.id}`, { headers: { cookie: `pillars_session=${who.token}` } });
    expect((await get(manager)).status).toBe(200);
    expect((await get(otherManager)).status).toBe(404);

    const second = (await ok<{ submitTrainingEvidence: string }>(learner, SUBMIT, { e: e?.id, m, f: again.id })).submitTrainingEvidence;
    await ok(manager, REVIEW, { input: { evidenceId: second, approve: true } });
    expect(codeOf(await gql(app()).as(manager).send(REVIEW, { input: { evidenceId: second, approve: true } }))).toBe('TRAINING_EVIDENCE_REVIEWED');
    expect((await enrolmentOf(learner, course.id))?.status).toBe('DONE');
  });
});

describe('training: recurrence and reminders (AC1)', () => {
  it('re-enrols before expiry exactly once even when the job runs twice, and reminds once per step', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const learner = await buildUser(org);
    const course = await published(hr, { validityMonths: 12 });
    await ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [learner.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14, recurrence: 'ON_EXPIRY' } });
    const e = await enrolmentOf(learner, course.id);
    await ok(learner, COMPLETE, { e: e?.id, m: course.modules[0].id });
    const jobs = app().get(TrainingJobs);
    // Far from expiry: nothing.
    expect((await jobs.run(new Date(), org.id)).renewals).toHaveLength(0);
    // Ten days before expiry: one renewal, due at the expiry, whatever the number of runs.
    const expiresAt = new Date(Date.now() + 10 * DAY);
    await testDb().query(`UPDATE training_enrolments SET expires_at = $2 WHERE id = $1`, [e?.id, expiresAt]);
    const [a, b] = await Promise.all([jobs.run(new Date(), org.id), jobs.run(new Date(), org.id)]);
    expect(a.renewals.length + b.renewals.length).toBe(1);
    expect((await jobs.run(new Date(), org.id)).renewals).toHaveLength(0);
    const cycles = await all<{ cycle: number; due_at: Date; renewal_of: string | null }>(`SELECT cycle, due_at, renewal_of FROM training_enrolments WHERE user_id = $1 ORDER BY cycle`, [learner.id]);
    expect(cycles.map((c) => c.cycle)).toEqual([1, 2]);
    expect(cycles[1]).toMatchObject({ renewal_of: e?.id });
    expect(new Date(cycles[1].due_at).getTime()).toBe(expiresAt.getTime());
    expect(await all(`SELECT 1 FROM notifications WHERE kind = 'training.renewal' AND recipient_id = $1`, [learner.id])).toHaveLength(1);
    // The valid completion still stands (EXPIRING), the renewal is open.
    const mine = await kit.mine(learner);
    expect(mine.completed.map((x) => [x.cycle, x.status])).toEqual([[1, 'EXPIRING']]);

    // Reminders: due soon, then overdue, each once.
    const at = (days: number) => new Date(expiresAt.getTime() + days * DAY);
    expect((await jobs.run(at(-3), org.id)).reminders.map((r) => r.step)).toEqual(['DUE_SOON']);
    expect((await jobs.run(at(-2), org.id)).reminders).toHaveLength(0);
    expect((await jobs.run(at(1), org.id)).reminders.map((r) => r.step)).toEqual(['OVERDUE']);
    expect((await jobs.run(at(2), org.id)).reminders).toHaveLength(0);
    expect(await all(`SELECT 1 FROM notifications WHERE kind IN ('training.due_soon', 'training.overdue') AND recipient_id = $1`, [learner.id])).toHaveLength(2);
  });
});
