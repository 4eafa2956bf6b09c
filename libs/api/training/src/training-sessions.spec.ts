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
