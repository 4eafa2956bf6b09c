import { appUrl, buildOrganization, buildUser, codeOf, gql, leastQueries, testDb, type TestUser } from '@pillars/api/testing';
import { ASSIGN, markdown, trainingTestApp } from './training.test-kit';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const SUBMIT = `mutation($e: ID!, $m: ID!, $f: ID!) { submitTrainingEvidence(enrolmentId: $e, moduleId: $m, fileId: $f) }`;
const REVIEW = `mutation($input: ReviewTrainingEvidenceInput!) { reviewTrainingEvidence(input: $input) }`;
const PENDING = `query($first: Int, $after: String) { pendingTrainingEvidenceCount pendingTrainingEvidence(first: $first, after: $after) {
  edges { cursor node { id enrolmentId userId personName courseId courseTitle moduleTitle submittedAt file { id name mime url } } } pageInfo { hasNextPage endCursor } } }`;
const TREND = `query($courseId: ID!) { trainingCompletionTrend(courseId: $courseId) { month required done percent } }`;

type Pending = {
  pendingTrainingEvidenceCount: number;
  pendingTrainingEvidence: {
    edges: { node: { id: string; userId: string; personName: string; courseTitle: string; moduleTitle: string; submittedAt: string; file: { id: string; name: string; url: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
type Month = { month: string; required: number; done: number; percent: number };

const { app, kit } = trainingTestApp({ uploads: 'pillars-training-review-' });
const { ok, published, enrolmentOf, upload } = kit;
const toUsers = (courseId: string, users: TestUser[]) => ({ courseId, rules: { include: [{ kind: 'USERS', userIds: users.map((u) => u.id) }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 });

describe('training: evidence waiting for review', () => {
  it('lists the line\'s pending uploads newest first to their manager, everyone\'s to HR, none to another line\'s manager; the file only to those', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const manager = await buildUser(org, { name: 'Mara Manager' });
    const otherManager = await buildUser(org);
    const stranger = await buildUser(org, { managerId: otherManager.id });
    const ada = await buildUser(org, { managerId: manager.id, name: 'Ada Lovelace' });
    const bo = await buildUser(org, { managerId: manager.id, name: 'Bo Chen' });
    const course = await published(hr, { title: 'First Aid', modules: [{ kind: 'EVIDENCE_UPLOAD', title: 'Your first-aid certificate' }] });
    await ok(hr, ASSIGN, { input: toUsers(course.id, [ada, bo, stranger]) });
    const m = course.modules[0].id;
    const hand = async (who: TestUser, name: string) => {
      const file = await upload(who, PDF, name);
      const e = await enrolmentOf(who, course.id);
      return (await ok<{ submitTrainingEvidence: string }>(who, SUBMIT, { e: e?.id, m, f: file.id })).submitTrainingEvidence;
    };
    const adaEvidence = await hand(ada, 'ada-first-aid.pdf');
    const boEvidence = await hand(bo, 'bo-first-aid.pdf');
    const strangerEvidence = await hand(stranger, 'stranger.pdf');
    // Submission order decides "newest first" (same-millisecond inserts would tie).
    await testDb().query(`UPDATE training_evidence SET submitted_at = now() - make_interval(mins => $2) WHERE id = $1`, [adaEvidence, 30]);
    await testDb().query(`UPDATE training_evidence SET submitted_at = now() - make_interval(mins => $2) WHERE id = $1`, [strangerEvidence, 20]);
    await testDb().query(`UPDATE training_evidence SET submitted_at = now() - make_interval(mins => $2) WHERE id = $1`, [boEvidence, 10]);

    const mine = await ok<Pending>(manager, PENDING, { first: 1 });
    expect(mine.pendingTrainingEvidenceCount).toBe(2);
    expect(mine.pendingTrainingEvidence.edges.map((x) => x.node)).toEqual([
      expect.objectContaining({ id: boEvidence, userId: bo.id, personName: 'Bo Chen', courseTitle: 'First Aid', moduleTitle: 'Your first-aid certificate', file: expect.objectContaining({ name: 'bo-first-aid.pdf' }) }),
    ]);
    expect(mine.pendingTrainingEvidence.pageInfo.hasNextPage).toBe(true);
    const next = await ok<Pending>(manager, PENDING, { first: 1, after: mine.pendingTrainingEvidence.pageInfo.endCursor });
    expect(next.pendingTrainingEvidence.edges.map((x) => x.node.id)).toEqual([adaEvidence]);
    expect(next.pendingTrainingEvidence.pageInfo.hasNextPage).toBe(false);

    const other = await ok<Pending>(otherManager, PENDING, { first: 10 });
    expect(other.pendingTrainingEvidence.edges.map((x) => x.node.id)).toEqual([strangerEvidence]);
    const fresh = await buildUser(org, { managerId: (await buildUser(org)).id });
    const outsider = await buildUser(org);
    await buildUser(org, { managerId: outsider.id });
    const none = await ok<Pending>(outsider, PENDING, { first: 10 });
    expect(none).toMatchObject({ pendingTrainingEvidenceCount: 0, pendingTrainingEvidence: { edges: [] } });
    // The learner's own upload is not theirs to review.
    expect((await ok<Pending>(ada, PENDING, {})).pendingTrainingEvidenceCount).toBe(0);
    expect((await ok<Pending>(fresh, PENDING, {})).pendingTrainingEvidenceCount).toBe(0);
    const everyone = await ok<Pending>(hr, PENDING, { first: 10 });
    expect(everyone.pendingTrainingEvidence.edges.map((x) => x.node.id)).toEqual([boEvidence, strangerEvidence, adaEvidence]);
    expect(codeOf(await gql(app()).as(hr).send(PENDING, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    // A page costs the same number of statements whatever its size (page, names, files; the count).
    // (The least of two runs each: a session lookup lands in whichever request comes first after the cache's second.)
    const cost = (first: number) => leastQueries(app(), hr, PENDING, { first });
    expect(await cost(3)).toBe(await cost(1));

    // The file: the uploader, their line's managers and HR; nobody else.
    const url = mine.pendingTrainingEvidence.edges[0].node.file?.url as string;
    const get = (who: TestUser) => fetch(`${appUrl(app())}${url}`, { headers: { cookie: `pillars_session=${who.token}` } });
    for (const who of [bo, manager, hr]) expect((await get(who)).status).toBe(200);
    for (const who of [ada, otherManager, outsider, stranger]) expect((await get(who)).status).toBe(404);

    // Reviewed uploads leave the list.
    await ok(manager, REVIEW, { input: { evidenceId: boEvidence, approve: false, reason: 'Unreadable scan.' } });
    await ok(manager, REVIEW, { input: { evidenceId: adaEvidence, approve: true } });
    expect(await ok<Pending>(manager, PENDING, {})).toMatchObject({ pendingTrainingEvidenceCount: 0, pendingTrainingEvidence: { edges: [] } });
  });
});

describe('training: completion trend', () => {
  it('gives the last 12 months\' completion rate from the enrolments\' dates, the line\'s to a manager and everyone\'s to HR', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const manager = await buildUser(org);
    const [a, b] = [await buildUser(org, { managerId: manager.id }), await buildUser(org, { managerId: manager.id })];
    const c = await buildUser(org);
    const employee = await buildUser(org);
    const course = await published(hr, { modules: [markdown()] });
    await ok(hr, ASSIGN, { input: toUsers(course.id, [a, b, c]) });
    // Months are counted back from the current UTC month; the dates sit mid-month.
    const now = new Date();
    const mid = (back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 15));
    const set = (who: TestUser, enrolled: Date, completed: Date | null, expires: Date | null) =>
      testDb().query(`UPDATE training_enrolments SET enrolled_at = $3, started_at = $4, completed_at = $4, expires_at = $5 WHERE user_id = $1 AND course_id = $2`, [who.id, course.id, enrolled, completed, expires]);
    await set(a, mid(8), mid(6), mid(2)); // done from 6 months back, expired 2 months back
    await set(b, mid(5), mid(3), null); // done from 3 months back
    await set(c, mid(4), null, null); // never done

    const trend = (who: TestUser) => ok<{ trainingCompletionTrend: Month[] }>(who, TREND, { courseId: course.id }).then((r) => r.trainingCompletionTrend);
    const all = await trend(hr);
    expect(all).toHaveLength(12);
    expect(new Date(all[11].month).toISOString()).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString());
    // Oldest first; index 11 - back is the month `back` months ago.
    const at = (rows: Month[], back: number) => rows[11 - back];
    expect(at(all, 9)).toMatchObject({ required: 0, done: 0, percent: 0 });
    expect(at(all, 8)).toMatchObject({ required: 1, done: 0, percent: 0 });
    expect(at(all, 6)).toMatchObject({ required: 1, done: 1, percent: 100 });
    expect(at(all, 4)).toMatchObject({ required: 3, done: 1, percent: 33.3 });
    expect(at(all, 3)).toMatchObject({ required: 3, done: 2, percent: 66.7 });
    expect(at(all, 2)).toMatchObject({ required: 3, done: 1, percent: 33.3 });
    expect(at(all, 0)).toMatchObject({ required: 3, done: 1, percent: 33.3 });

    const line = await trend(manager);
    expect(at(line, 4)).toMatchObject({ required: 2, done: 1, percent: 50 });
    expect(at(line, 3)).toMatchObject({ required: 2, done: 2, percent: 100 });
    expect(at(line, 0)).toMatchObject({ required: 2, done: 1, percent: 50 });
    // Someone with no line and no enrolment sees nothing; an unknown course is NOT_FOUND.
    expect((await trend(employee)).every((x) => x.required === 0)).toBe(true);
    expect(codeOf(await gql(app()).as(hr).send(TREND, { courseId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});
