import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, newId as anId, one, TestOrg, TestUser } from '@pillars/api/testing';
import { AudienceMembershipService } from './audience-membership.service';
import { AudiencesModule } from './audiences.module';

// Re-checks are counted, not timed: the membership service counts every audience it re-evaluates.
const STORED = 2000;
const CREATE = `mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { id } } }`;
const UPDATE_TEAM = `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`;
const ASSIGN_ROLES = `mutation($input: AssignRolesInput!) { assignRoles(input: $input) { user { id } } }`;
const SET_STATUS = `mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { id } } }`;
const ADD_MEMBER = `mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`;
type Rule = Record<string, unknown>;

let app: INestApplication;
let events: EventsService;
let membership: AudienceMembershipService;

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, AudiencesModule]);
  events = app.get(EventsService);
  membership = app.get(AudienceMembershipService);
});
afterAll(async () => {
  await events.kick();
  await app.close();
  await closeTestDb();
});

/** An organisation with HR, an admin and `STORED - real` audiences over teams, places, lines and people that no one here matches. */
async function crowdedOrg(real: number) {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'] });
  const admin = await buildUser(org, { roles: ['ADMIN'] });
  // One statement, not 2,000 mutations: rules as createAudience stores them (normalised), over ids nobody has.
  await all(
    `INSERT INTO audiences (organization_id, rules)
     SELECT $1, jsonb_build_object('exclude', '[]'::jsonb, 'include', jsonb_build_array(CASE i % 5
         WHEN 0 THEN jsonb_build_object('kind', 'TEAM', 'teamId', gen_random_uuid(), 'includeSubTeams', true)
         WHEN 1 THEN jsonb_build_object('kind', 'TEAM', 'teamId', gen_random_uuid(), 'includeSubTeams', false)
         WHEN 2 THEN jsonb_build_object('kind', 'LOCATION', 'location', 'Nowhere ' || i)
         WHEN 3 THEN jsonb_build_object('kind', 'MANAGER_LINE', 'managerId', gen_random_uuid(), 'direct', i % 2 = 0)
         ELSE jsonb_build_object('kind', 'USERS', 'userIds', jsonb_build_array(gen_random_uuid())) END))
       FROM generate_series(1, $2::int) i`,
    [org.id, STORED - real],
  );
  return { org, hr, admin };
}

async function audience(hr: TestUser, include: Rule[], exclude: Rule[] = []): Promise<string> {
  const res = await gql(app).as(hr).send<{ createAudience: { audience: { id: string } } }>(CREATE, { input: { name: `Audience ${anId()}`, rules: { include, exclude } } });
  expect(res.errors).toBeUndefined();
  return res.data?.createAudience.audience.id as string;
}

/** Runs a directory mutation, drains the outbox, and returns how many audiences the refresh re-checked. */
async function recheckedBy(actor: TestUser, query: string, input: Record<string, unknown>): Promise<{ rechecked: number; data: unknown }> {
  await events.kick();
  const before = membership.recheckedCount;
  const res = await gql(app).as(actor).send(query, { input });
  expect(res.errors).toBeUndefined();
  await events.kick();
  return { rechecked: membership.recheckedCount - before, data: res.data };
}

const members = async (audienceId: string) =>
  (await all<{ user_id: string }>(`SELECT user_id FROM audience_members WHERE audience_id = $1 ORDER BY user_id`, [audienceId])).map((r) => r.user_id);
const version = async (id: string) => (await one<{ version: number }>(`SELECT version FROM audiences WHERE id = $1`, [id]))?.version;
const ids = (...users: TestUser[]) => users.map((u) => u.id).sort();
const count = async (org: TestOrg) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM audiences WHERE organization_id = $1`, [org.id]))?.n;

describe(`with ${STORED} stored audiences`, () => {
  it('re-checks, for a team move, only the audiences over the trees the team left or entered', async () => {
    const { org, hr, admin } = await crowdedOrg(7);
    const A = await buildTeam(org, { name: 'A' });
    const O = await buildTeam(org, { name: 'Old', parentId: A.id });
    const N = await buildTeam(org, { name: 'New', parentId: A.id });
    const T = await buildTeam(org, { name: 'Moved', parentId: O.id });
    const T1 = await buildTeam(org, { name: 'Below', parentId: T.id });
    const t = await buildUser(org, { teamIds: [T.id] });
    const t1 = await buildUser(org, { teamIds: [T1.id] });
    const overOld = await audience(hr, [{ kind: 'TEAM', teamId: O.id, includeSubTeams: true }]);
    const overNew = await audience(hr, [{ kind: 'TEAM', teamId: N.id, includeSubTeams: true }]);
    const allButNew = await audience(hr, [{ kind: 'ALL' }], [{ kind: 'TEAM', teamId: N.id, includeSubTeams: true }]);
    const overCommon = await audience(hr, [{ kind: 'TEAM', teamId: A.id, includeSubTeams: true }]);
    const oldOnly = await audience(hr, [{ kind: 'TEAM', teamId: O.id, includeSubTeams: false }]);
    const everyone = await audience(hr, [{ kind: 'ALL' }]);
    const overMoved = await audience(hr, [{ kind: 'TEAM', teamId: T.id, includeSubTeams: true }]);
    expect(await count(org)).toBe(STORED);
    expect(await members(overOld)).toEqual(ids(t, t1));

    const { rechecked } = await recheckedBy(admin, UPDATE_TEAM, { id: T.id, parentId: N.id });

    expect(rechecked).toBe(3);
    expect(await members(overOld)).toEqual([]);
    expect(await members(overNew)).toEqual(ids(t, t1));
    expect(await members(allButNew)).toEqual(ids(hr, admin));
    expect(await members(overCommon)).toEqual(ids(t, t1));
    for (const untouched of [overCommon, oldOnly, everyone, overMoved]) expect(await version(untouched)).toBe(1);

    // Back to the top level: it leaves A's tree too.
    const back = await recheckedBy(admin, UPDATE_TEAM, { id: T.id, parentId: null });
    expect(back.rechecked).toBe(3);
    expect(await members(overNew)).toEqual([]);
    expect(await members(overCommon)).toEqual([]);
    expect(await members(allButNew)).toEqual(ids(hr, admin, t, t1));
  });

  it('re-checks, for a location change, the audiences over the old and new place and everyone', async () => {
    const { org, hr, admin } = await crowdedOrg(4);
    const p = await buildUser(org, { location: 'Paris' });
    const paris = await audience(hr, [{ kind: 'LOCATION', location: 'paris' }]);
    const roma = await audience(hr, [{ kind: 'LOCATION', location: 'Róma' }]);
    const everyone = await audience(hr, [{ kind: 'ALL' }]);
    const hrOnly = await audience(hr, [{ kind: 'ROLE', role: 'HR' }]);

    expect((await recheckedBy(admin, UPDATE_USER, { id: p.id, location: 'ROMA' })).rechecked).toBe(3);
    expect(await members(paris)).toEqual([]);
    expect(await members(roma)).toEqual([p.id]);
    expect(await members(everyone)).toEqual(ids(hr, admin, p));
    expect(await version(hrOnly)).toBe(1);
  });

  it('moves a sub-line between manager-line audiences, re-checking only those lines and everyone', async () => {
    const { org, hr, admin } = await crowdedOrg(4);
    const boss = await buildUser(org);
    const mid = await buildUser(org, { managerId: boss.id });
    const elsewhere = await buildUser(org);
    const lead = await buildUser(org, { managerId: elsewhere.id });
    const report = await buildUser(org, { managerId: lead.id });
    const bossLine = await audience(hr, [{ kind: 'MANAGER_LINE', managerId: boss.id }]);
    const bossDirect = await audience(hr, [{ kind: 'MANAGER_LINE', managerId: boss.id, direct: true }]);
    const elsewhereLine = await audience(hr, [{ kind: 'MANAGER_LINE', managerId: elsewhere.id }]);
    const everyone = await audience(hr, [{ kind: 'ALL' }]);

    // lead and report: in elsewhereLine and everyone before; under mid, boss and lead after.
    expect((await recheckedBy(admin, UPDATE_USER, { id: lead.id, managerId: mid.id })).rechecked).toBe(3);
    expect(await members(bossLine)).toEqual(ids(mid, lead, report));
    expect(await members(elsewhereLine)).toEqual([]);
    expect(await members(bossDirect)).toEqual([mid.id]);
    expect(await version(bossDirect)).toBe(1);
    expect(await version(everyone)).toBe(1);
  });

  it('follows a role change, an exclusion, a new joiner and a suspension, re-checking only what can hold the person', async () => {
    const { org, hr, admin } = await crowdedOrg(5);
    const X = await buildTeam(org);
    const Y = await buildTeam(org);
    const p = await buildUser(org, { location: 'Milano' });
    const hrRole = await audience(hr, [{ kind: 'ROLE', role: 'HR' }]);
    const allButX = await audience(hr, [{ kind: 'ALL' }], [{ kind: 'TEAM', teamId: X.id }]);
    const teamY = await audience(hr, [{ kind: 'TEAM', teamId: Y.id }]);
    const milano = await audience(hr, [{ kind: 'LOCATION', location: 'milano' }]);
    const named = await audience(hr, [{ kind: 'USERS', userIds: [p.id] }]);

    // Role: the HR audience (matches now) and the two p is in that match everyone or Milan, and the named one.
    expect((await recheckedBy(admin, ASSIGN_ROLES, { id: p.id, roles: ['HR'] })).rechecked).toBe(4);
    expect(await members(hrRole)).toEqual(ids(hr, p));
    expect((await recheckedBy(admin, ASSIGN_ROLES, { id: p.id, roles: [] })).rechecked).toBe(4);
    expect(await members(hrRole)).toEqual([hr.id]);

    // Exclusion: joining X takes p out of "everyone but X"; team Y's audience is not looked at.
    expect((await recheckedBy(admin, ADD_MEMBER, { teamId: X.id, userId: p.id })).rechecked).toBe(3);
    expect(await members(allButX)).toEqual(ids(hr, admin));
    expect(await version(teamY)).toBe(1);

    // New joiner in Y and Milan: everyone-but-X, team Y and Milan (the HR and named audiences cannot hold them).
    const joined = await recheckedBy(admin, CREATE_USER, { email: `j@${org.slug}.test`, name: 'New Joiner', location: 'Milano', teamIds: [Y.id] });
    const joiner = (joined.data as { createUser: { user: { id: string } } }).createUser.user.id;
    expect(joined.rechecked).toBe(3);
    expect(await members(teamY)).toEqual([joiner]);
    expect(await members(milano)).toEqual([p.id, joiner].sort());
    expect(await members(allButX)).toEqual([hr.id, admin.id, joiner].sort());

    // Suspension: out of every audience they were in, and nothing else is looked at.
    expect((await recheckedBy(admin, SET_STATUS, { id: joiner, status: 'SUSPENDED' })).rechecked).toBe(3);
    expect(await members(teamY)).toEqual([]);
    expect(await members(milano)).toEqual([p.id]);
    expect(await members(allButX)).toEqual(ids(hr, admin));
    expect(await version(named)).toBe(1);
  });

  it('narrows an import to the audiences its people can be in', async () => {
    const { org, hr, admin } = await crowdedOrg(4);
    const eng = await buildTeam(org, { name: 'Eng' });
    const everyone = await audience(hr, [{ kind: 'ALL' }]);
    const engTree = await audience(hr, [{ kind: 'TEAM', teamId: eng.id, includeSubTeams: true }]);
    const rome = await audience(hr, [{ kind: 'LOCATION', location: 'rome' }]);
    const oslo = await audience(hr, [{ kind: 'LOCATION', location: 'Oslo' }]);
    const csv = ['email,name,title,team path,manager email,location,locale,start date', `a@${org.slug}.test,Ann,,Eng,,Rome,en,`, `b@${org.slug}.test,Bo,,Eng/Web,,Rome,en,`].join('\n');

    const { rechecked } = await recheckedBy(admin, `mutation($input: ApplyDirectoryImportInput!) { applyDirectoryImport(input: $input) { total } }`, { csv, mode: 'ALL_OR_NOTHING' });

    expect(rechecked).toBe(3);
    const imported = (await members(everyone)).filter((id) => id !== hr.id && id !== admin.id);
    expect(imported).toHaveLength(2);
    expect(await members(engTree)).toEqual(imported);
    expect(await members(rome)).toEqual(imported);
    expect(await version(oslo)).toBe(1);
  });

  it('keys every rule kind the way the candidate search asks for them', async () => {
    const team = '6f1c0000-0000-4000-8000-00000000000a';
    const user = '6f1c0000-0000-4000-8000-00000000000b';
    const rules = {
      include: [
        { kind: 'TEAM', teamId: team, includeSubTeams: true }, { kind: 'TEAM', teamId: team, includeSubTeams: false }, { kind: 'LOCATION', location: 'Zürich' },
        { kind: 'ROLE', role: 'EMPLOYEE' }, { kind: 'ROLE', role: 'HR' }, { kind: 'MANAGER_LINE', managerId: user, direct: true },
      ],
      exclude: [{ kind: 'MANAGER_LINE', managerId: user, direct: false }, { kind: 'USERS', userIds: [user] }],
    };
    const row = await one<{ keys: string[] }>(`SELECT audience_rule_keys($1::jsonb) AS keys`, [JSON.stringify(rules)]);
    expect(row?.keys.sort()).toEqual(['all', `line:${user}`, 'location:zurich', `reports:${user}`, 'role:HR', `team:${team}`, `tree:${team}`, `user:${user}`].sort());
  });
});
