import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { addMember, all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, leastQueries, testDb } from '@pillars/api/testing';
import { TrainingModule } from './training.module';
import { ASSIGN, COMPLETE, MATRIX, trainingKit } from './training.test-kit';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule, TrainingModule]);
});
afterAll(async () => {
  await kit.drain();
  await app.close();
  await closeTestDb();
});
const kit = trainingKit(() => app);
const { ok, published, enrolmentOf } = kit;

type Matrix = { trainingMatrix: { columns: { courseId: string; title: string }[]; rows: { userId: string; name: string; teamName: string | null; overdueCount: number; statuses: (string | null)[]; dates: (string | null)[] }[] } };

/** HR, two managers with their lines (one a sub-line), two required courses. */
async function world() {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'] });
  const ops = await buildTeam(org, { name: 'Operations' });
  const sales = await buildTeam(org, { name: 'Sales' });
  const mira = await buildUser(org, { name: 'Mira Manager', teamIds: [ops.id] });
  const lead = await buildUser(org, { name: 'Lea Lead', managerId: mira.id, teamIds: [ops.id] });
  const ada = await buildUser(org, { name: 'Ada Analyst', managerId: lead.id, teamIds: [sales.id] });
  const bo = await buildUser(org, { name: 'Bo Builder', managerId: mira.id });
  const other = await buildUser(org, { name: 'Omar Other' });
  const stranger = await buildUser(org, { name: 'Sam Stranger', managerId: other.id });
  const security = await published(hr, { title: 'Information Security Basics', validityMonths: 12 });
  const conduct = await published(hr, { title: 'Code of Conduct Basics' });
  for (const c of [security, conduct]) await ok(hr, ASSIGN, { input: { courseId: c.id, rules: { include: [{ kind: 'ALL' }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 } });
  return { org, hr, ops, sales, mira, lead, ada, bo, other, stranger, security, conduct };
}

describe('training: manager matrix, roll-up, nudges', () => {
  it('shows a manager their whole line grouped by team, cells per status; never another line; in a bounded number of statements', async () => {
    const w = await world();
    const adaSec = await enrolmentOf(w.ada, w.security.id);
    await ok(w.ada, COMPLETE, { e: adaSec?.id, m: w.security.modules[0].id });
    const boConduct = await enrolmentOf(w.bo, w.conduct.id);
    await testDb().query(`UPDATE training_enrolments SET due_at = now() - interval '2 days' WHERE id = $1`, [boConduct?.id]);
    const leaSec = await enrolmentOf(w.lead, w.security.id);
    await ok(w.lead, COMPLETE, { e: leaSec?.id, m: w.security.modules[0].id });
    await testDb().query(`UPDATE training_enrolments SET expires_at = now() + interval '10 days' WHERE id = $1`, [leaSec?.id]);

    const m = (await ok<Matrix>(w.mira, MATRIX)).trainingMatrix;
    expect(m.columns.map((c) => c.title)).toEqual(['Code of Conduct Basics', 'Information Security Basics']);
    expect(m.rows.map((r) => [r.name, r.teamName])).toEqual([['Lea Lead', 'Operations'], ['Ada Analyst', 'Sales'], ['Bo Builder', null]]);
    const column = (courseId: string) => m.columns.findIndex((c) => c.courseId === courseId);
    const cell = (name: string, courseId: string) => m.rows.find((r) => r.name === name)?.statuses[column(courseId)];
    const dateOf = (name: string, courseId: string) => m.rows.find((r) => r.name === name)?.dates[column(courseId)];
    expect(m.rows.every((r) => r.statuses.length === 2 && r.dates.length === 2)).toBe(true);
    expect(cell('Ada Analyst', w.security.id)).toBe('DONE');
    expect(cell('Lea Lead', w.security.id)).toBe('EXPIRING');
    expect(cell('Bo Builder', w.conduct.id)).toBe('OVERDUE');
    expect(cell('Bo Builder', w.security.id)).toBe('NOT_STARTED');
    // Each status with the date it speaks of: the completion, the expiry, the due date.
    const [adaDone] = await all<{ completed_at: Date }>(`SELECT completed_at FROM training_enrolments WHERE id = $1`, [adaSec?.id]);
    expect(dateOf('Ada Analyst', w.security.id)).toBe(new Date(adaDone.completed_at).toISOString());
    const [leaExp] = await all<{ expires_at: Date }>(`SELECT expires_at FROM training_enrolments WHERE id = $1`, [leaSec?.id]);
    expect(dateOf('Lea Lead', w.security.id)).toBe(new Date(leaExp.expires_at).toISOString());
    const [boDue] = await all<{ due_at: Date }>(`SELECT due_at FROM training_enrolments WHERE id = $1`, [boConduct?.id]);
    expect(dateOf('Bo Builder', w.conduct.id)).toBe(new Date(boDue.due_at).toISOString());
    expect(m.rows.some((r) => r.userId === w.stranger.id)).toBe(false);

    // Another line's records: not in the matrix, the player, nudges; managerId is HR's only.
    const strangerSec = await enrolmentOf(w.stranger, w.security.id);
    expect(codeOf(await gql(app).as(w.mira).send(`query($id: ID!) { trainingPlayer(enrolmentId: $id) { resumeModuleId } }`, { id: strangerSec?.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(w.mira).send(MATRIX, { managerId: w.other.id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(w.mira).send(`mutation($c: ID!, $u: ID) { nudgeTraining(courseId: $c, userId: $u) }`, { c: w.security.id, u: w.stranger.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(w.ada).send(MATRIX))).toBe('FORBIDDEN');
    expect((await ok<Matrix>(w.hr, MATRIX, { managerId: w.other.id })).trainingMatrix.rows.map((r) => r.name)).toEqual(['Sam Stranger']);
    // The manager sees their line's player, not their own course's key.
    expect((await gql(app).as(w.mira).send(`query($id: ID!) { trainingPlayer(enrolmentId: $id) { resumeModuleId } }`, { id: adaSec?.id })).errors).toBeUndefined();

    // Bounded: the same statements for a line of 3 and a line of 13.
    const small = await leastQueries(app, w.mira, MATRIX);
    for (let i = 0; i < 10; i++) await buildUser({ id: w.org.id, slug: '' }, { managerId: w.bo.id });
    await ok(w.hr, ASSIGN, { input: { courseId: w.conduct.id, rules: { include: [{ kind: 'MANAGER_LINE', managerId: w.bo.id, direct: true }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 3 } });
    expect((await ok<Matrix>(w.mira, MATRIX)).trainingMatrix.rows).toHaveLength(13);
    expect(await leastQueries(app, w.mira, MATRIX)).toBe(small);
    expect(small).toBeLessThanOrEqual(4);

    const csv = (await ok<{ trainingMatrixCsv: string }>(w.mira, `query { trainingMatrixCsv }`)).trainingMatrixCsv;
    expect(csv.split('\r\n')[0]).toBe('"name","team","Code of Conduct Basics","Information Security Basics"');
    expect(csv).toContain('"Bo Builder","","OVERDUE ');
  });

  it('rolls the organisation up by team tree for HR only, rates a course, and rate-limits nudges', async () => {
    const w = await world();
    const adaSec = await enrolmentOf(w.ada, w.security.id);
    await ok(w.ada, COMPLETE, { e: adaSec?.id, m: w.security.modules[0].id });
    const ROLLUP = `query($c: ID) { trainingRollup(courseId: $c) { totals { required done overdue percent } groups { name counts { required done } } } }`;
    expect(codeOf(await gql(app).as(w.mira).send(ROLLUP, {}))).toBe('FORBIDDEN');
    const r = (await ok<{ trainingRollup: { totals: { required: number; done: number }; groups: { name: string; counts: { required: number; done: number } }[] } }>(w.hr, ROLLUP, { c: w.security.id })).trainingRollup;
    expect(r.totals).toMatchObject({ required: 7, done: 1 });
    expect(r.groups).toEqual([{ name: 'Operations', counts: { required: 2, done: 0 } }, { name: 'Sales', counts: { required: 1, done: 1 } }]);
    // Someone in several teams counts once in each subtree: Bo joins Operations, its sub-team Field, and Sales.
    const field = await buildTeam(w.org, { name: 'Field', parentId: w.ops.id });
    for (const t of [w.ops, field, w.sales]) await addMember(t, w.bo.id);
    const again = (await ok<{ trainingRollup: { totals: { required: number; done: number }; groups: { name: string; counts: { required: number; done: number } }[] } }>(w.hr, ROLLUP, { c: w.security.id })).trainingRollup;
    expect(again.totals).toMatchObject({ required: 7, done: 1 });
    expect(again.groups).toEqual([
      { name: 'Field', counts: { required: 1, done: 0 } }, { name: 'Operations', counts: { required: 3, done: 0 } }, { name: 'Sales', counts: { required: 2, done: 1 } },
    ]);
    // Each group names the team above it, so the web can show the tree.
    const parents = (await ok<{ trainingRollup: { groups: { teamId: string; parentId: string | null }[] } }>(w.hr, `query($c: ID) { trainingRollup(courseId: $c) { groups { teamId parentId } } }`, { c: w.security.id })).trainingRollup.groups;
    expect(parents.find((g) => g.teamId === field.id)?.parentId).toBe(w.ops.id);
    expect(parents.find((g) => g.teamId === w.ops.id)?.parentId).toBeNull();
    const RATE = `query($c: ID!) { trainingCourseCompletion(courseId: $c) { required done percent } }`;
    expect((await ok<{ trainingCourseCompletion: { required: number; done: number } }>(w.mira, RATE, { c: w.security.id })).trainingCourseCompletion).toMatchObject({ required: 4, done: 1 }); // her own and her line's three

    const NUDGE = `mutation($c: ID!, $u: ID) { nudgeTraining(courseId: $c, userId: $u) }`;
    expect((await ok<{ nudgeTraining: number }>(w.mira, NUDGE, { c: w.conduct.id, u: w.bo.id })).nudgeTraining).toBe(1);
    expect(codeOf(await gql(app).as(w.mira).send(NUDGE, { c: w.conduct.id, u: w.bo.id }))).toBe('RATE_LIMITED');
    expect(await all(`SELECT 1 FROM notifications WHERE kind = 'training.nudge' AND recipient_id = $1`, [w.bo.id])).toHaveLength(1);
  });

  it('nudges everyone overdue in a team tree only (the matrix filtered by it), rate-limited per team; a manager never beyond their line', async () => {
    const w = await world();
    // Operations holds Mira and Lea, its sub-team Field holds Fay (Lea's report); Sales holds Ada (in Lea's line) and Sam; Bo is in no team. Everyone is overdue on ethics.
    const field = await buildTeam(w.org, { name: 'Field', parentId: w.ops.id });
    const fay = await buildUser(w.org, { name: 'Fay Field', managerId: w.lead.id, teamIds: [field.id] });
    const sam = await buildUser(w.org, { name: 'Sam Sales', teamIds: [w.sales.id] });
    const ethics = await published(w.hr, { title: 'Ethics Basics' });
    await ok(w.hr, ASSIGN, { input: { courseId: ethics.id, rules: { include: [{ kind: 'ALL' }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 } });
    await testDb().query(`UPDATE training_enrolments SET due_at = now() - interval '2 days' WHERE course_id = $1`, [ethics.id]);
    const NUDGE = `mutation($c: ID!, $t: ID) { nudgeTraining(courseId: $c, teamId: $t) }`;
    const TEAM_MATRIX = `query($t: ID) { trainingMatrix(teamId: $t) { rows { userId name teamId teamName overdueCount } } }`;
    type TeamMatrix = { trainingMatrix: { rows: { userId: string; name: string; teamId: string | null; teamName: string | null; overdueCount: number }[] } };
    const nudged = async () =>
      (await all<{ recipient_id: string }>(`SELECT DISTINCT recipient_id FROM notifications WHERE kind = 'training.nudge' AND organization_id = $1`, [w.org.id])).map((r) => r.recipient_id).sort();
    const ids = (...us: { id: string }[]) => us.map((u) => u.id).sort();

    // HR's matrix filtered by Operations: the whole tree across the organisation, each row with its team's id.
    const view = (await ok<TeamMatrix>(w.hr, TEAM_MATRIX, { t: w.ops.id })).trainingMatrix.rows;
    expect(view.map((r) => [r.name, r.teamName])).toEqual([['Fay Field', 'Field'], ['Lea Lead', 'Operations'], ['Mira Manager', 'Operations']]);
    expect(view.find((r) => r.name === 'Fay Field')?.teamId).toBe(field.id);
    // The nudge reaches exactly those overdue people, no one outside the tree.
    expect((await ok<{ nudgeTraining: number }>(w.hr, NUDGE, { c: ethics.id, t: w.ops.id })).nudgeTraining).toBe(3);
    expect(await nudged()).toEqual(ids(w.mira, w.lead, fay));
    // The same scope again within the hour is refused; another team is not blocked by it.
    expect(codeOf(await gql(app).as(w.hr).send(NUDGE, { c: ethics.id, t: w.ops.id }))).toBe('RATE_LIMITED');
    expect((await ok<{ nudgeTraining: number }>(w.hr, NUDGE, { c: ethics.id, t: w.sales.id })).nudgeTraining).toBe(2);
    expect(await nudged()).toEqual(ids(w.mira, w.lead, fay, w.ada, sam));

    // A manager of another line naming Operations reaches no one (and sees no rows), without an error.
    expect((await ok<TeamMatrix>(w.other, TEAM_MATRIX, { t: w.ops.id })).trainingMatrix.rows).toEqual([]);
    expect((await ok<{ nudgeTraining: number }>(w.other, NUDGE, { c: ethics.id, t: w.ops.id })).nudgeTraining).toBe(0);
    // Lea's line filtered by Field: Fay only; by Sales: Ada (her report) only, never Sales beyond her line.
    expect((await ok<TeamMatrix>(w.lead, TEAM_MATRIX, { t: field.id })).trainingMatrix.rows.map((r) => r.name)).toEqual(['Fay Field']);
    await testDb().query(`DELETE FROM notifications WHERE organization_id = $1`, [w.org.id]);
    expect((await ok<{ nudgeTraining: number }>(w.lead, NUDGE, { c: ethics.id, t: w.sales.id })).nudgeTraining).toBe(1);
    expect(await nudged()).toEqual(ids(w.ada));
    // A team of no organisation of the viewer's: NOT_FOUND.
    const elsewhere = await buildTeam(await buildOrganization(), { name: 'Elsewhere' });
    expect(codeOf(await gql(app).as(w.hr).send(NUDGE, { c: ethics.id, t: elsewhere.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(w.hr).send(TEAM_MATRIX, { t: elsewhere.id }))).toBe('NOT_FOUND');
  });

  it('gives a person\'s history, newest first a page at a time, to them, their line\'s managers and HR; empty to anyone else', async () => {
    const w = await world();
    const HISTORY = `query($u: ID!, $first: Int, $after: String) { trainingHistory(userId: $u, first: $first, after: $after) { edges { node { courseTitle status cycle } } pageInfo { hasNextPage endCursor } } }`;
    type History = { trainingHistory: { edges: { node: { courseTitle: string; status: string; cycle: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const adaSec = await enrolmentOf(w.ada, w.security.id);
    await ok(w.ada, COMPLETE, { e: adaSec?.id, m: w.security.modules[0].id });
    await testDb().query(`UPDATE training_enrolments SET enrolled_at = now() - interval '1 day' WHERE id = $1`, [adaSec?.id]);
    const titles = (h: History) => h.trainingHistory.edges.map((e) => `${e.node.courseTitle}:${e.node.status}`);
    for (const viewer of [w.ada, w.lead, w.mira, w.hr]) {
      expect(titles(await ok<History>(viewer, HISTORY, { u: w.ada.id }))).toEqual(['Code of Conduct Basics:NOT_STARTED', 'Information Security Basics:DONE']);
    }
    const first = (await ok<History>(w.mira, HISTORY, { u: w.ada.id, first: 1 })).trainingHistory;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(titles(await ok<History>(w.mira, HISTORY, { u: w.ada.id, first: 1, after: first.pageInfo.endCursor }))).toEqual(['Information Security Basics:DONE']);
    for (const outsider of [w.other, w.bo, w.stranger]) expect(titles(await ok<History>(outsider, HISTORY, { u: w.ada.id }))).toEqual([]);
  });
});
