import { all, buildOrganization, buildUser, codeOf, gql, testDb, type TestUser } from '@pillars/api/testing';
import { ASSIGN, CREATE, courseInput, markdown, trainingTestApp, UPDATE } from './training.test-kit';

const { app, kit } = trainingTestApp();
const { ok, published, enrolmentOf } = kit;

const HOUR = 3600_000;
const SESSIONS = `sessions { id startsAt endsAt place capacity seatsLeft }`;
const SESSION_PLAYER = `player { enrolment { status } modules { done bookedSessionId module { id kind ${SESSIONS} } } }`;
const BOOK = `mutation($e: ID!, $s: ID!) { bookTrainingSession(enrolmentId: $e, sessionId: $s) { ${SESSION_PLAYER} } }`;
const CANCEL = `mutation($e: ID!, $m: ID!) { cancelTrainingSessionBooking(enrolmentId: $e, moduleId: $m) { ${SESSION_PLAYER} } }`;
const CONFIRM = `mutation($e: ID!, $m: ID!) { confirmTrainingAttendance(enrolmentId: $e, moduleId: $m) { ${SESSION_PLAYER} } }`;
const PLAYER = `query($id: ID!) { trainingPlayer(enrolmentId: $id) { enrolment { status } modules { done bookedSessionId module { id kind ${SESSIONS} } } } }`;

type Session = { id: string; startsAt: string; endsAt: string | null; place: string; capacity: number; seatsLeft: number };
type Player = { enrolment: { status: string }; modules: { done: boolean; bookedSessionId: string | null; module: { id: string; kind: string; sessions: Session[] } }[] };

const inDays = (days: number, hours = 0) => new Date(Date.now() + days * 24 * HOUR + hours * HOUR).toISOString();
const attendance = (sessions: Record<string, unknown>[]) => ({ kind: 'ATTENDANCE', title: 'Workshop', content: 'Bring a laptop.', sessions });

/** A published course of one live-session module (a one-seat session, a five-seat one) assigned to `learners`. */
async function world(seats = 1) {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'] });
  const manager = await buildUser(org);
  const learners = await Promise.all([0, 1, 2, 3].map(() => buildUser(org, { managerId: manager.id })));
  const course = await published(hr, {
    modules: [attendance([
      { startsAt: inDays(7), endsAt: inDays(7, 3), place: 'Room Agora', capacity: seats },
      { startsAt: inDays(14), place: 'https://meet.example.com/workshop', capacity: 5 },
    ])],
  });
  await ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: learners.map((l) => l.id) }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 30 } });
  const enrolments = await Promise.all(learners.map(async (l) => (await enrolmentOf(l, course.id))?.id as string));
  const player = async (who: TestUser, e: string) => (await ok<{ trainingPlayer: Player }>(who, PLAYER, { id: e })).trainingPlayer;
  const first = await player(learners[0], enrolments[0]);
  const moduleId = first.modules[0].module.id;
  const [small, large] = first.modules[0].module.sessions;
  return { org, hr, manager, learners, enrolments, player, moduleId, small, large, course };
}

describe('training: live sessions, dates and capacity', () => {
  it('the editor gives an attendance module its sessions; a module without a date, a session ending before it starts, sessions on another kind are refused', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const bad = async (modules: unknown[], rule: string) => {
      const res = await gql(app()).as(hr).send(CREATE, { input: courseInput({ title: 'Hostile', modules }) });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0]?.extensions?.fields)).toContain(rule);
    };
    await bad([attendance([])], 'required');
    await bad([{ kind: 'ATTENDANCE', title: 'Workshop' }], 'required');
    await bad([attendance([{ startsAt: inDays(2), endsAt: inDays(1), place: 'Room', capacity: 5 }])], 'afterStart');
    await bad([attendance([{ startsAt: inDays(2), place: 'Room', capacity: 0 }])], 'min');
    await bad([{ ...markdown(), sessions: [{ startsAt: inDays(2), place: 'Room', capacity: 5 }] }], 'notForKind');
    expect(await all(`SELECT 1 FROM training_courses WHERE organization_id = $1`, [org.id])).toHaveLength(0);

    const session = { startsAt: inDays(3), endsAt: inDays(3, 2), place: 'Room Agora', capacity: 12 };
    const input = courseInput({ modules: [markdown(), attendance([session])] });
    const created = (await ok<{ createTrainingCourse: { id: string } }>(hr, CREATE, { input })).createTrainingCourse;
    const read = await ok<{ trainingCourse: { modules: { kind: string; sessions: Session[] }[] } }>(hr, `query($id: ID!) { trainingCourse(id: $id) { modules { kind ${SESSIONS} } } }`, { id: created.id });
    expect(read.trainingCourse.modules.map((m) => m.sessions.length)).toEqual([0, 1]);
    expect(read.trainingCourse.modules[1].sessions[0]).toMatchObject({ ...session, seatsLeft: 12 });
  });

  it('two people racing over HTTP for the last seat: one books it, the other gets TRAINING_SESSION_FULL; seats left show on the player', async () => {
    const { learners, enrolments, player, small } = await world(2);
    const results = await Promise.all(learners.map((l, i) => gql(app()).as(l).send(BOOK, { e: enrolments[i], s: small.id })));
    expect(results.filter((r) => !r.errors).length).toBe(2);
    expect(results.filter((r) => codeOf(r) === 'TRAINING_SESSION_FULL').length).toBe(2);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions).toMatchObject({ capacity: 2 });
    expect(await all(`SELECT 1 FROM training_session_bookings WHERE session_id = $1`, [small.id])).toHaveLength(2);
    const loser = results.findIndex((r) => r.errors);
    const seen = await player(learners[loser], enrolments[loser]);
    expect(seen.modules[0].bookedSessionId).toBeNull();
    expect(seen.modules[0].module.sessions.map((s) => s.seatsLeft)).toEqual([0, 5]);
  });

  it('a learner books one seat, moves to another session, cancels before the start; never in someone else\'s enrolment', async () => {
    const { learners, enrolments, player, moduleId, small, large } = await world(1);
    const [ana, ben] = learners;
    expect(codeOf(await gql(app()).as(ben).send(BOOK, { e: enrolments[0], s: small.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app()).as(ana).send(BOOK, { e: enrolments[0], s: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    const booked = (await ok<{ bookTrainingSession: { player: Player } }>(ana, BOOK, { e: enrolments[0], s: small.id })).bookTrainingSession.player;
    expect(booked.modules[0]).toMatchObject({ bookedSessionId: small.id, done: false });
    expect(booked.modules[0].module.sessions.map((s) => s.seatsLeft)).toEqual([0, 5]);
    // The same booking again changes nothing; the full session refuses Ben.
    await ok(ana, BOOK, { e: enrolments[0], s: small.id });
    expect(codeOf(await gql(app()).as(ben).send(BOOK, { e: enrolments[1], s: small.id }))).toBe('TRAINING_SESSION_FULL');
    // Ana moves to the large session: her seat in the small one is free again, and Ben takes it.
    await ok(ana, BOOK, { e: enrolments[0], s: large.id });
    expect(await all(`SELECT session_id FROM training_session_bookings WHERE enrolment_id = $1`, [enrolments[0]])).toEqual([{ session_id: large.id }]);
    await ok(ben, BOOK, { e: enrolments[1], s: small.id });
    const cancelled = (await ok<{ cancelTrainingSessionBooking: { player: Player } }>(ben, CANCEL, { e: enrolments[1], m: moduleId })).cancelTrainingSessionBooking.player;
    expect(cancelled.modules[0].bookedSessionId).toBeNull();
    expect(cancelled.modules[0].module.sessions.map((s) => s.seatsLeft)).toEqual([1, 4]);
    await ok(ben, CANCEL, { e: enrolments[1], m: moduleId });
    expect((await player(ben, enrolments[1])).modules[0].bookedSessionId).toBeNull();
  });

  it('attendance is confirmed only for someone booked in a session that has started; then no cancelling or booking into it', async () => {
    const { learners, enrolments, manager, hr, player, moduleId, small, large } = await world(3);
    const [ana, ben, cleo] = learners;
    expect(codeOf(await gql(app()).as(manager).send(CONFIRM, { e: enrolments[0], m: moduleId }))).toBe('TRAINING_SESSION_NOT_BOOKED');
    await ok(ana, BOOK, { e: enrolments[0], s: small.id });
    await ok(cleo, BOOK, { e: enrolments[2], s: small.id });
    const early = await gql(app()).as(manager).send(CONFIRM, { e: enrolments[0], m: moduleId });
    expect(codeOf(early)).toBe('TRAINING_SESSION_NOT_STARTED');
    expect((await player(ana, enrolments[0])).modules[0].done).toBe(false);
    // The learner never confirms their own attendance.
    expect(codeOf(await gql(app()).as(ana).send(CONFIRM, { e: enrolments[0], m: moduleId }))).toBe('FORBIDDEN');

    // The small session starts.
    await testDb().query(`UPDATE training_sessions SET starts_at = now() - interval '1 hour', ends_at = NULL WHERE id = $1`, [small.id]);
    expect(codeOf(await gql(app()).as(ben).send(BOOK, { e: enrolments[1], s: small.id }))).toBe('TRAINING_SESSION_STARTED');
    expect(codeOf(await gql(app()).as(cleo).send(CANCEL, { e: enrolments[2], m: moduleId }))).toBe('TRAINING_SESSION_STARTED');
    expect(codeOf(await gql(app()).as(cleo).send(BOOK, { e: enrolments[2], s: large.id }))).toBe('TRAINING_SESSION_STARTED');
    // Ben, booked in the later session, is not confirmed yet either.
    await ok(ben, BOOK, { e: enrolments[1], s: large.id });
    expect(codeOf(await gql(app()).as(hr).send(CONFIRM, { e: enrolments[1], m: moduleId }))).toBe('TRAINING_SESSION_NOT_STARTED');

    const confirmed = (await ok<{ confirmTrainingAttendance: { player: Player } }>(manager, CONFIRM, { e: enrolments[0], m: moduleId })).confirmTrainingAttendance.player;
    expect(confirmed.modules[0].done).toBe(true);
    expect(confirmed.enrolment.status).toBe('DONE');
    expect(await all(`SELECT 1 FROM training_certificates WHERE enrolment_id = $1`, [enrolments[0]])).toHaveLength(1);
    expect(codeOf(await gql(app()).as(ana).send(CANCEL, { e: enrolments[0], m: moduleId }))).toBe('TRAINING_ENROLMENT_CLOSED');
  });

  it('gives trainers a session\'s roster, a manager only their line\'s seats, anyone else none', async () => {
    const { org, learners, enrolments, manager, hr, moduleId, small } = await world(3);
    const [ana, , cleo] = learners;
    const stranger = await buildUser(org);
    await ok(ana, BOOK, { e: enrolments[0], s: small.id });
    await ok(cleo, BOOK, { e: enrolments[2], s: small.id });
    const ROSTER = `query($s: ID!) { trainingSessionRoster(sessionId: $s) { enrolmentId userId name attended } }`;
    type Seat = { enrolmentId: string; userId: string; name: string; attended: boolean };
    const roster = async (who: TestUser) => (await ok<{ trainingSessionRoster: Seat[] }>(who, ROSTER, { s: small.id })).trainingSessionRoster;
    const seats = await roster(hr);
    expect(seats.map((x) => x.enrolmentId)).toEqual([enrolments[0], enrolments[2]]);
    expect(seats[0]).toMatchObject({ userId: ana.id, name: ana.name, attended: false });
    expect((await roster(manager)).map((x) => x.userId)).toEqual([ana.id, cleo.id]);
    expect(await roster(stranger)).toEqual([]);
    expect(codeOf(await gql(app()).as(hr).send(ROSTER, { s: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    await testDb().query(`UPDATE training_sessions SET starts_at = now() - interval '1 hour', ends_at = NULL WHERE id = $1`, [small.id]);
    await ok(hr, CONFIRM, { e: seats[0].enrolmentId, m: moduleId });
    expect((await roster(hr)).map((x) => x.attended)).toEqual([true, false]);
  });
});

describe('training: live sessions across course versions', () => {
  it('an edit that carries the module over keeps one set of sessions, seats and bookings for every version; attendance stays; a changed module starts afresh', async () => {
    const { org, hr, manager, learners, enrolments, player, moduleId, small, large, course } = await world(1);
    await ok(learners[0], BOOK, { e: enrolments[0], s: small.id });
    const again = (x: Session) => ({ startsAt: x.startsAt, endsAt: x.endsAt, place: x.place, capacity: x.capacity });
    const extra = { startsAt: inDays(21), place: 'Room Forum', capacity: 3 };
    // Version 2: a new title, the module unchanged, its sessions re-sent with one more.
    await ok(hr, UPDATE, { id: course.id, input: courseInput({ title: 'Workshop course, revised', modules: [attendance([again(small), again(large), extra])] }) });
    const newcomer = await buildUser(org, { managerId: manager.id });
    await ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [newcomer.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 30 } });
    const fresh = (await enrolmentOf(newcomer, course.id))?.id as string;
    const v2 = (await player(newcomer, fresh)).modules[0];
    expect(v2.module.id).not.toBe(moduleId);
    // The same sessions (ids), the seat booked on version 1 counted: no second copy of the one-seat session.
    expect(v2.module.sessions.map((x) => [x.place, x.seatsLeft])).toEqual([['Room Agora', 0], ['https://meet.example.com/workshop', 5], ['Room Forum', 3]]);
    expect(v2.module.sessions.slice(0, 2).map((x) => x.id)).toEqual([small.id, large.id]);
    expect(codeOf(await gql(app()).as(newcomer).send(BOOK, { e: fresh, s: small.id }))).toBe('TRAINING_SESSION_FULL');
    await ok(newcomer, BOOK, { e: fresh, s: large.id });
    // A learner still on version 1 sees the same sessions and seats, the added one included.
    const v1 = (await player(learners[1], enrolments[1])).modules[0].module;
    expect(v1.id).toBe(moduleId);
    expect(v1.sessions.map((x) => [x.place, x.seatsLeft])).toEqual([['Room Agora', 0], ['https://meet.example.com/workshop', 4], ['Room Forum', 3]]);
    const sessionsOf = async () => (await all<{ place: string }>(`SELECT place FROM training_sessions WHERE organization_id = $1 ORDER BY starts_at`, [org.id])).map((r) => r.place);
    expect(await sessionsOf()).toEqual(['Room Agora', 'https://meet.example.com/workshop', 'Room Forum']);

    // The one-seat session takes place; its attendance is confirmed on version 1.
    await testDb().query(`UPDATE training_sessions SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [small.id]);
    await ok(manager, CONFIRM, { e: enrolments[0], m: moduleId });
    const past = (await player(learners[0], enrolments[0])).modules[0].module.sessions[0];
    // Version 3 leaves out the unbooked upcoming session and the booked one: the first goes, the booked one and the past one stay.
    await ok(hr, UPDATE, { id: course.id, input: courseInput({ title: 'Workshop course, revised', modules: [attendance([again(past)])] }) });
    expect(await sessionsOf()).toEqual(['Room Agora', 'https://meet.example.com/workshop']);
    expect((await player(learners[0], enrolments[0])).modules[0]).toMatchObject({ done: true, bookedSessionId: small.id });
    expect((await player(newcomer, fresh)).modules[0].bookedSessionId).toBe(large.id);

    // Version 4 changes the module (its title): a module of its own, with sessions of its own.
    await ok(hr, UPDATE, { id: course.id, input: courseInput({ title: 'Workshop course, revised', modules: [{ ...attendance([again(large)]), title: 'Workshop, new format' }] }) });
    const v4 = (await ok<{ trainingCourse: { modules: { sessions: Session[] }[] } }>(hr, `query($id: ID!) { trainingCourse(id: $id) { modules { ${SESSIONS} } } }`, { id: course.id })).trainingCourse.modules[0].sessions;
    expect(v4.map((x) => [x.place, x.seatsLeft])).toEqual([['https://meet.example.com/workshop', 5]]);
    expect(v4[0].id).not.toBe(large.id);
  });
});

describe('training: module identity across course versions (the editor names the modules it carries over)', () => {
  const SHAPE = `query($id: ID!) { trainingPlayer(enrolmentId: $id) { modules { bookedSessionId module { id kind title position ${SESSIONS} } } } }`;
  type Shape = { trainingPlayer: { modules: { bookedSessionId: string | null; module: { id: string; kind: string; title: string; position: number; sessions: Session[] } }[] } };

  /** A published course: a Markdown module, then a live-session module (one seat, five seats); learners[0] holds the one seat. */
  async function twoModules() {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const manager = await buildUser(org);
    const learners = await Promise.all([0, 1].map(() => buildUser(org, { managerId: manager.id })));
    const course = await published(hr, {
      modules: [markdown(), attendance([
        { startsAt: inDays(7), endsAt: inDays(7, 3), place: 'Room Agora', capacity: 1 },
        { startsAt: inDays(14), place: 'https://meet.example.com/workshop', capacity: 5 },
      ])],
    });
    const assign = (users: TestUser[]) => ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: users.map((u) => u.id) }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 30 } });
    await assign(learners);
    const enrolments = await Promise.all(learners.map(async (l) => (await enrolmentOf(l, course.id))?.id as string));
    const shape = async (who: TestUser, e: string) => (await ok<Shape>(who, SHAPE, { id: e })).trainingPlayer.modules;
    const [intro, live] = (await shape(learners[0], enrolments[0])).map((m) => m.module);
    const [small, large] = live.sessions;
    await ok(learners[0], BOOK, { e: enrolments[0], s: small.id });
    const again = (x: Session) => ({ startsAt: x.startsAt, endsAt: x.endsAt, place: x.place, capacity: x.capacity });
    return { org, hr, manager, learners, enrolments, course, assign, shape, intro, live, small, large, again };
  }

  it('a live-session module retitled and moved keeps its sessions and the seats booked in them for learners of the new version', async () => {
    const { org, hr, manager, learners, enrolments, course, assign, shape, intro, live, small, large, again } = await twoModules();
    // Version 2: the live session first, its title's typo fixed; the Markdown after it; a new module at the end.
    const modules = [
      { id: live.id, ...attendance([again(small), again(large)]), title: 'Workshop (hands-on)' },
      { id: intro.id, ...markdown() },
      markdown('Further reading'),
    ];
    const v2 = (await ok<{ updateTrainingCourse: { version: number } }>(hr, UPDATE, { id: course.id, input: courseInput({ modules }) })).updateTrainingCourse;
    expect(v2.version).toBe(2);
    const newcomer = await buildUser(org, { managerId: manager.id });
    await assign([newcomer]);
    const fresh = (await enrolmentOf(newcomer, course.id))?.id as string;
    const mods = await shape(newcomer, fresh);
    expect(mods.map((m) => [m.module.kind, m.module.title])).toEqual([['ATTENDANCE', 'Workshop (hands-on)'], ['MARKDOWN', 'Read me'], ['MARKDOWN', 'Further reading']]);
    const moved = mods[0].module;
    expect(moved.id).not.toBe(live.id);
    // The same two sessions (no copies), the one seat learners[0] booked on version 1 counted.
    expect(moved.sessions.map((x) => [x.id, x.seatsLeft])).toEqual([[small.id, 0], [large.id, 5]]);
    expect(codeOf(await gql(app()).as(newcomer).send(BOOK, { e: fresh, s: small.id }))).toBe('TRAINING_SESSION_FULL');
    await ok(newcomer, BOOK, { e: fresh, s: large.id });
    expect((await shape(newcomer, fresh))[0].bookedSessionId).toBe(large.id);
    // Version 1's learners keep their seat and see the newcomer's.
    expect((await shape(learners[0], enrolments[0]))[1]).toMatchObject({ bookedSessionId: small.id });
    expect((await shape(learners[1], enrolments[1]))[1].module.sessions.map((x) => x.seatsLeft)).toEqual([0, 4]);
    expect(await all(`SELECT 1 FROM training_sessions WHERE organization_id = $1`, [org.id])).toHaveLength(2);
    // The Markdown module kept its lineage too; the new one has its own.
    const lineages = await all<{ title: string; same: boolean }>(
      `SELECT m.title, m.lineage_id = ANY($2::uuid[]) AS same FROM training_modules m JOIN training_course_versions v ON v.id = m.version_id WHERE v.course_id = $1 AND v.number = 2 ORDER BY m.position`,
      [course.id, (await all<{ lineage_id: string }>(`SELECT lineage_id FROM training_modules WHERE id = ANY($1::uuid[])`, [[intro.id, live.id]])).map((r) => r.lineage_id)],
    );
    expect(lineages.map((r) => [r.title, r.same])).toEqual([['Workshop (hands-on)', true], ['Read me', true], ['Further reading', false]]);
  });

  it('a module id of another course or organisation, of another kind, or named twice is refused and nothing is written; a draft keeps its own ids', async () => {
    const { org, hr, course, intro, live, small, again } = await twoModules();
    const other = await published(hr, { title: 'Another course', modules: [attendance([again(small)])] });
    const otherModule = (await ok<{ trainingCourse: { modules: { id: string }[] } }>(hr, `query($id: ID!) { trainingCourse(id: $id) { modules { id } } }`, { id: other.id })).trainingCourse.modules[0].id;
    const stranger = await buildOrganization();
    const strangerHr = await buildUser(stranger, { roles: ['HR'] });
    const foreign = (await ok<{ createTrainingCourse: { modules: { id: string }[] } }>(strangerHr, CREATE, { input: courseInput() })).createTrainingCourse.modules[0].id;
    const snapshot = async () => ({
      versions: await all(`SELECT id, number, title FROM training_course_versions WHERE organization_id = $1 ORDER BY course_id, number`, [org.id]),
      modules: await all(`SELECT id, lineage_id, title FROM training_modules WHERE organization_id = $1 ORDER BY id`, [org.id]),
      sessions: await all(`SELECT id, module_id, capacity FROM training_sessions WHERE organization_id = $1 ORDER BY id`, [org.id]),
      courses: await all(`SELECT id, current_version_id, category, updated_at FROM training_courses WHERE organization_id = $1 ORDER BY id`, [org.id]),
    });
    const before = await snapshot();
    const refused = async (modules: unknown[], field: string, rule: string) => {
      const res = await gql(app()).as(hr).send(UPDATE, { id: course.id, input: courseInput({ title: 'Should not be saved', category: 'Changed', modules }) });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field, rule })]);
    };
    const live2 = (id: string) => ({ id, ...attendance([again(small)]) });
    await refused([{ id: intro.id, ...markdown() }, live2(otherModule)], 'modules.1.id', 'exists');
    await refused([live2(foreign)], 'modules.0.id', 'exists');
    await refused([{ id: intro.id, ...markdown() }, { id: intro.id, ...markdown('Twice') }], 'modules.1.id', 'unique');
    await refused([{ id: live.id, ...markdown() }], 'modules.0.id', 'sameKind');
    expect(await snapshot()).toEqual(before);
    // Creating a course carries nothing over.
    const created = await gql(app()).as(hr).send(CREATE, { input: courseInput({ modules: [{ id: intro.id, ...markdown() }] }) });
    expect(codeOf(created)).toBe('BAD_USER_INPUT');
    expect(await all(`SELECT 1 FROM training_courses WHERE organization_id = $1`, [org.id])).toHaveLength(2);

    // A draft edited with the ids it was loaded with is rewritten (no learner, nothing to keep but the lineage).
    const draft = (await ok<{ createTrainingCourse: { id: string; modules: { id: string }[] } }>(hr, CREATE, { input: courseInput({ modules: [attendance([again(small)])] }) })).createTrainingCourse;
    const lineageOf = async (courseId: string) => (await all<{ lineage_id: string }>(`SELECT m.lineage_id FROM training_modules m JOIN training_courses c ON c.current_version_id = m.version_id WHERE c.id = $1`, [courseId]))[0]?.lineage_id;
    const draftLineage = await lineageOf(draft.id);
    await ok(hr, UPDATE, { id: draft.id, input: courseInput({ modules: [{ id: draft.modules[0].id, ...attendance([again(small)]), title: 'Workshop, retitled' }] }) });
    expect(await lineageOf(draft.id)).toBe(draftLineage);
  });
});
