import type { INestApplication } from '@nestjs/common';
import { Actor, EventsService, RealtimeService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { Role } from '@pillars/shared/types';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, newId as anId, one, TestOrg, TestUser } from '@pillars/api/testing';
import { AudiencesModule } from './audiences.module';

const CREATE = `mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { id version memberCount } } }`;
const UPDATE = `mutation($input: UpdateAudienceInput!) { updateAudience(input: $input) { audience { id version memberCount } } }`;
type Rule = Record<string, unknown>;
type Created = { createAudience: { audience: { id: string; version: number; memberCount: number } } };

let app: INestApplication;
let events: EventsService;

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, AudiencesModule]);
  events = app.get(EventsService);
});
afterAll(async () => {
  await events.kick();
  await app.close();
  await closeTestDb();
});

async function staff(org: TestOrg) {
  return { hr: await buildUser(org, { roles: ['HR'] }), admin: await buildUser(org, { roles: ['ADMIN'] }) };
}
async function createAudience(hr: TestUser, include: Rule[], exclude?: Rule[]) {
  const res = await gql(app).as(hr).send<Created>(CREATE, { input: { name: `Audience ${anId()}`, rules: { include, exclude } } });
  expect(res.errors).toBeUndefined();
  return res.data?.createAudience.audience as Created['createAudience']['audience'];
}
async function send(actor: TestUser, query: string, input: Record<string, unknown>) {
  const res = await gql(app).as(actor).send(query, { input });
  expect(res.errors).toBeUndefined();
  await events.kick();
  return res;
}
const members = async (audienceId: string) =>
  (await all<{ user_id: string }>(`SELECT user_id FROM audience_members WHERE audience_id = $1 ORDER BY user_id`, [audienceId])).map((r) => r.user_id);
const audienceRow = (id: string) => one<{ version: number; member_count: number }>(`SELECT version, member_count FROM audiences WHERE id = $1`, [id]);
const changes = (audienceId: string) =>
  all<{ payload: { added: string[]; removed: string[]; version: number } }>(
    `SELECT payload FROM domain_events WHERE type = 'audience.members.changed' AND payload->>'audienceId' = $1 ORDER BY seq`,
    [audienceId],
  );
const sorted = (...users: TestUser[]) => users.map((u) => u.id).sort();

describe('materialised membership follows the directory', () => {
  it('adds the members of a team moved under a sub-team audience', async () => {
    const org = await buildOrganization();
    const { hr, admin } = await staff(org);
    const A = await buildTeam(org, { name: 'A' });
    const B = await buildTeam(org, { name: 'B', parentId: A.id });
    const C = await buildTeam(org, { name: 'C' });
    const Cchild = await buildTeam(org, { name: 'C1', parentId: C.id });
    const b = await buildUser(org, { teamIds: [B.id] });
    const c = await buildUser(org, { teamIds: [C.id] });
    const c1 = await buildUser(org, { teamIds: [Cchild.id] });
    const audience = await createAudience(hr, [{ kind: 'TEAM', teamId: A.id, includeSubTeams: true }]);
    expect(await members(audience.id)).toEqual(sorted(b));

    await send(admin, `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }`, { id: C.id, parentId: B.id });

    expect(await members(audience.id)).toEqual(sorted(b, c, c1));
    expect(await audienceRow(audience.id)).toEqual({ version: 2, member_count: 3 });
    const [changed] = await changes(audience.id);
    expect(changed.payload).toEqual({ audienceId: audience.id, version: 2, added: sorted(c, c1), removed: [] });

    // And out again when the team moves away.
    await send(admin, `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }`, { id: C.id, parentId: null });
    expect(await members(audience.id)).toEqual(sorted(b));
  });

  it('puts a new joiner into the audiences of their team', async () => {
    const org = await buildOrganization();
    const { hr, admin } = await staff(org);
    const A = await buildTeam(org);
    const other = await buildTeam(org);
    const teamAudience = await createAudience(hr, [{ kind: 'TEAM', teamId: A.id }]);
    const otherAudience = await createAudience(hr, [{ kind: 'TEAM', teamId: other.id }]);

    const res = await send(admin, `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      email: `new@${org.slug}.test`, name: 'New Joiner', teamIds: [A.id],
    });
    const newId = (res.data as { createUser: { user: { id: string } } }).createUser.user.id;

    expect(await members(teamAudience.id)).toEqual([newId]);
    expect(await members(otherAudience.id)).toEqual([]);
    expect((await changes(teamAudience.id)).map((c) => c.payload.added)).toEqual([[newId]]);
  });

  it('moves a person and their whole sub-line in and out of a manager line with a manager change', async () => {
    const org = await buildOrganization();
    const { hr, admin } = await staff(org);
    const boss = await buildUser(org);
    const mid = await buildUser(org, { managerId: boss.id });
    const elsewhere = await buildUser(org);
    const lead = await buildUser(org, { managerId: elsewhere.id });
    const report = await buildUser(org, { managerId: lead.id });
    const line = await createAudience(hr, [{ kind: 'MANAGER_LINE', managerId: boss.id }]);
    const direct = await createAudience(hr, [{ kind: 'MANAGER_LINE', managerId: boss.id, direct: true }]);
    expect(await members(line.id)).toEqual(sorted(mid));

    const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`;
    await send(admin, UPDATE_USER, { id: lead.id, managerId: mid.id });
    // The event names only `lead`; their report comes along because the line runs through them.
    expect(await members(line.id)).toEqual(sorted(mid, lead, report));
    expect(await members(direct.id)).toEqual(sorted(mid));

    await send(admin, UPDATE_USER, { id: lead.id, managerId: boss.id });
    expect(await members(direct.id)).toEqual(sorted(mid, lead));

    await send(admin, UPDATE_USER, { id: lead.id, managerId: elsewhere.id });
    expect(await members(line.id)).toEqual(sorted(mid));
    expect(await members(direct.id)).toEqual(sorted(mid));
    expect(await audienceRow(line.id)).toMatchObject({ member_count: 1 });
  });

  it('drops a suspended person and takes them back on reactivation', async () => {
    const org = await buildOrganization();
    const { hr, admin } = await staff(org);
    const person = await buildUser(org, { location: 'Roma' });
    const everyone = await createAudience(hr, [{ kind: 'ALL' }]);
    const roma = await createAudience(hr, [{ kind: 'LOCATION', location: 'roma' }]);
    expect(everyone.memberCount).toBe(3);

    const STATUS = `mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { id } } }`;
    const emit = jest.spyOn(app.get(RealtimeService), 'emit');
    await send(admin, STATUS, { id: person.id, status: 'SUSPENDED' });
    // The refresh handler's own events are delivered in the same drain, not at the next poll.
    expect(emit).toHaveBeenCalledWith(`audience:${roma.id}`, { type: 'Audience', id: roma.id, version: 2 });
    emit.mockRestore();
    expect(await members(everyone.id)).toEqual(sorted(hr, admin));
    expect(await members(roma.id)).toEqual([]);
    expect(await audienceRow(everyone.id)).toMatchObject({ member_count: 2 });
    expect((await changes(roma.id)).map((c) => c.payload.removed)).toEqual([[person.id]]);

    await send(admin, STATUS, { id: person.id, status: 'ACTIVE' });
    expect(await members(roma.id)).toEqual([person.id]);
  });
});

describe('updateAudience', () => {
  it('bumps the version, applies the diff in the same transaction, announces it and invalidates the room', async () => {
    const org = await buildOrganization();
    const { hr } = await staff(org);
    const A = await buildTeam(org);
    const B = await buildTeam(org);
    const a = await buildUser(org, { teamIds: [A.id] });
    const b = await buildUser(org, { teamIds: [B.id] });
    const audience = await createAudience(hr, [{ kind: 'TEAM', teamId: A.id }]);
    const emit = jest.spyOn(app.get(RealtimeService), 'emit');

    const res = await gql(app).as(hr).send<{ updateAudience: { audience: { version: number; memberCount: number } } }>(UPDATE, {
      input: { id: audience.id, rules: { include: [{ kind: 'TEAM', teamId: B.id }] } },
    });
    expect(res.data?.updateAudience.audience).toEqual({ id: audience.id, version: 2, memberCount: 1 });
    expect(await members(audience.id)).toEqual([b.id]);
    expect((await changes(audience.id)).map((c) => c.payload)).toEqual([{ audienceId: audience.id, version: 2, added: [b.id], removed: [a.id] }]);

    await events.kick();
    expect(emit).toHaveBeenCalledWith(`audience:${audience.id}`, { type: 'Audience', id: audience.id, version: 2 });
    emit.mockRestore();
  });

  it('refuses non-HR editors and cross-organisation references, leaving rules and members unchanged', async () => {
    const org = await buildOrganization();
    const { hr } = await staff(org);
    const member = await buildUser(org);
    const audience = await createAudience(hr, [{ kind: 'USERS', userIds: [member.id] }]);
    const foreign = await buildUser(await buildOrganization());

    const asMember = await gql(app).as(member).send(UPDATE, { input: { id: audience.id, rules: { include: [{ kind: 'ALL' }] } } });
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const crossOrg = await gql(app).as(hr).send(UPDATE, { input: { id: audience.id, rules: { include: [{ kind: 'USERS', userIds: [member.id, foreign.id] }] } } });
    expect(crossOrg.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'rules.include.0.userIds', rule: 'exists' }] });
    expect(await audienceRow(audience.id)).toEqual({ version: 1, member_count: 1 });
    expect(await members(audience.id)).toEqual([member.id]);
  });
});

describe('audience rooms', () => {
  it('admit HR and members of the same organisation only', async () => {
    const org = await buildOrganization();
    const { hr } = await staff(org);
    const member = await buildUser(org);
    const outsider = await buildUser(org);
    const audience = await createAudience(hr, [{ kind: 'USERS', userIds: [member.id] }]);
    const realtime = app.get(RealtimeService);
    const actor = (u: TestUser, roles: Role[] = [], organizationId = org.id) => new Actor(u.id, organizationId, roles, 'session');
    const room = `audience:${audience.id}`;

    expect(await realtime.mayJoin(actor(hr, [Role.HR]), room)).toBe(true);
    expect(await realtime.mayJoin(actor(member), room)).toBe(true);
    expect(await realtime.mayJoin(actor(outsider), room)).toBe(false);
    const otherOrg = await buildOrganization();
    const foreignHr = await buildUser(otherOrg, { roles: ['HR'] });
    expect(await realtime.mayJoin(actor(foreignHr, [Role.HR], otherOrg.id), room)).toBe(false);
  });
});
