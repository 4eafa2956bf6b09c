import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { EventsService, runSql } from '@pillars/api/core';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, countQueries, createTestApp, gql, newId, one, testDb, TestOrg, TestUser } from '@pillars/api/testing';
import { AudiencesModule } from './audiences.module';
import { AudienceUsages } from './audience-usages';

const SUMMARY = `id name memberCount version owner { id name } usages { kind count } abilities { canEdit canListMembers }`;
const CREATE = `mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { ${SUMMARY} } } }`;
const UPDATE = `mutation($input: UpdateAudienceInput!) { updateAudience(input: $input) { audience { ${SUMMARY} } } }`;
const LIST = `query($first: Int, $after: String, $query: String) { savedAudiences(first: $first, after: $after, query: $query) {
  edges { cursor node { ${SUMMARY} } } pageInfo { hasNextPage endCursor } } }`;
const ONE = `query($id: ID!, $first: Int, $after: String) { audience(id: $id) { ${SUMMARY}
  members(first: $first, after: $after) { edges { node { userId name } } pageInfo { hasNextPage endCursor } } } }`;
const PREVIEW_MEMBERS = `query($rules: AudienceRulesInput!, $first: Int, $after: String) { audiencePreviewMembers(rules: $rules, first: $first, after: $after) {
  edges { node { userId name } } pageInfo { hasNextPage endCursor } } }`;

interface Summary { id: string; name: string | null; memberCount: number; version: number; owner: { id: string; name: string } | null; usages: { kind: string; count: number }[]; abilities: { canEdit: boolean; canListMembers: boolean } }
interface Page<T> { edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
type Rule = Record<string, unknown>;

let app: INestApplication;
let events: EventsService;
/** Uses registered by the test, as a pillar would register its own (feeds: ANNOUNCEMENT). */
const testUses = new Map<string, number>();

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, AudiencesModule]);
  events = app.get(EventsService);
  app.get(AudienceUsages).register({
    kind: 'TEST_THING',
    count: async (manager, organizationId, ids) => {
      // A real query, as a pillar's source makes: the query count below must include it once per page.
      await runSql(manager, `SELECT 1 FROM audiences WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
      return new Map(ids.filter((id) => testUses.has(id)).map((id) => [id, testUses.get(id) as number]));
    },
  });
});
afterAll(async () => {
  await events.kick();
  await app.close();
  await closeTestDb();
});

async function send<T>(actor: TestUser, query: string, variables: Record<string, unknown>) {
  const res = await gql(app).as(actor).send<T>(query, variables);
  await events.kick();
  return res;
}
async function create(actor: TestUser, name: string, include: Rule[]): Promise<Summary> {
  const res = await send<{ createAudience: { audience: Summary } }>(actor, CREATE, { input: { name, rules: { include } } });
  expect(res.errors).toBeUndefined();
  return res.data?.createAudience.audience as Summary;
}
async function list(actor: TestUser, vars: Record<string, unknown> = {}) {
  const res = await send<{ savedAudiences: Page<Summary> }>(actor, LIST, vars);
  expect(res.errors).toBeUndefined();
  return res.data?.savedAudiences as Page<Summary>;
}
/** A saved audience owned by someone who is not HR (e.g. HR when they saved it, since moved on), with its members. */
async function ownedBy(org: TestOrg, owner: TestUser, name: string, members: TestUser[]): Promise<string> {
  const row = await one<{ id: string }>(
    `INSERT INTO audiences (organization_id, name, owner_id, rules, member_count) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [org.id, name, owner.id, JSON.stringify({ include: [{ kind: 'USERS', userIds: members.map((m) => m.id) }], exclude: [] }), members.length],
  );
  for (const m of members) await testDb().query(`INSERT INTO audience_members (audience_id, user_id, organization_id) VALUES ($1, $2, $3)`, [row?.id, m.id, org.id]);
  return row?.id as string;
}

describe('saved audiences: names', () => {
  it('need a name, unique in the organisation ignoring case, and keep it through edits', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'], name: 'Hana HR' });
    const milan = await create(hr, 'Milan office', [{ kind: 'LOCATION', location: 'Milano' }]);
    expect(milan).toMatchObject({ name: 'Milan office', owner: { id: hr.id, name: 'Hana HR' }, abilities: { canEdit: true, canListMembers: true } });

    const dup = await send(hr, CREATE, { input: { name: '  milan OFFICE ', rules: { include: [{ kind: 'ALL' }] } } });
    expect(codeOf(dup)).toBe('AUDIENCE_NAME_TAKEN');
    expect(dup.errors?.[0].extensions?.fields).toEqual([{ field: 'name', rule: 'unique' }]);
    const blank = await send(hr, CREATE, { input: { name: '   ', rules: { include: [{ kind: 'ALL' }] } } });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'name', rule: 'empty' })]);
    const unnamed = await send(hr, `mutation { createAudience(input: { rules: { include: [{ kind: ALL }] } }) { audience { id } } }`, {});
    expect(unnamed.errors?.[0].message).toMatch(/name/);

    // Another organisation may use the same name.
    const otherHr = await buildUser(await buildOrganization(), { roles: ['HR'] });
    expect((await create(otherHr, 'Milan office', [{ kind: 'ALL' }])).name).toBe('Milan office');

    const everyone = await create(hr, 'Everyone', [{ kind: 'ALL' }]);
    const clash = await send(hr, UPDATE, { input: { id: everyone.id, name: 'MILAN office', rules: { include: [{ kind: 'ALL' }] } } });
    expect(codeOf(clash)).toBe('AUDIENCE_NAME_TAKEN');
    // Renaming to its own name in another case is not a clash; omitting the name keeps it.
    const renamed = await send<{ updateAudience: { audience: Summary } }>(hr, UPDATE, { input: { id: milan.id, name: 'MILAN Office', rules: { include: [{ kind: 'ALL' }] } } });
    expect(renamed.data?.updateAudience.audience.name).toBe('MILAN Office');
    const kept = await send<{ updateAudience: { audience: Summary } }>(hr, UPDATE, { input: { id: milan.id, rules: { include: [{ kind: 'ALL' }] } } });
    expect(kept.data?.updateAudience.audience.name).toBe('MILAN Office');
  });
});

describe('saved audiences: the list', () => {
  it('shows named audiences by name with their size, owner and usages, a keyset page at a time, in constant queries', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const team = await buildTeam(org, { name: 'Design' });
    const [ana, bo] = [await buildUser(org, { name: 'Ana', teamIds: [team.id] }), await buildUser(org, { name: 'Bo', teamIds: [team.id] })];
    const names = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo'];
    const made: Summary[] = [];
    for (const name of names) made.push(await create(hr, name, [{ kind: 'TEAM', teamId: team.id }]));
    testUses.set(made[1].id, 3);
    // An audience a pillar made inline (no name) is not a saved one.
    await testDb().query(`INSERT INTO audiences (organization_id, rules, owner_id) VALUES ($1, '{"include":[{"kind":"ALL"}],"exclude":[]}', $2)`, [org.id, hr.id]);

    const first = await list(hr, { first: 2 });
    expect(first.edges.map((e) => e.node.name)).toEqual(['Alpha', 'Bravo']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges[0].node).toMatchObject({ memberCount: 2, usages: [{ kind: 'TEST_THING', count: 3 }], owner: { id: hr.id } });
    expect(first.edges[1].node.usages).toEqual([]);
    const rest = await list(hr, { first: 10, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.name)).toEqual(['charlie', 'delta', 'echo']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await list(hr, { query: 'HAR' })).edges.map((e) => e.node.name)).toEqual(['charlie']);
    expect(codeOf(await send(hr, LIST, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');

    // Owners, usages and abilities batch: a page of 2 costs what a page of 5 costs.
    const q = (n: number) => countQueries(() => list(hr, { first: n }));
    expect(await q(5)).toBe(await q(2));
    expect([ana.id, bo.id]).toHaveLength(2);
  });
});

describe('saved audiences: edit and members', () => {
  it('reopens, edits rules and name, and pages through members and through a draft by keyset', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const team = await buildTeam(org, { name: 'Ops' });
    const people: TestUser[] = [];
    for (const name of ['Eve', 'Cai', 'Ada', 'Dov', 'Bea']) people.push(await buildUser(org, { name, teamIds: [team.id] }));
    const saved = await create(hr, 'Ops', [{ kind: 'USERS', userIds: [people[0].id] }]);
    expect(saved.memberCount).toBe(1);
    // A reopened rule names its people, so the editor shows names rather than ids.
    const reopened = await send<{ audience: { rules: { include: { people: { userId: string; name: string }[] }[] } } }>(hr, `query($id: ID!) { audience(id: $id) { rules { include { people { userId name } } } } }`, { id: saved.id });
    expect(reopened.data?.audience.rules.include[0].people).toEqual([{ userId: people[0].id, name: 'Eve' }]);

    const edited = await send<{ updateAudience: { audience: Summary } }>(hr, UPDATE, { input: { id: saved.id, name: 'Ops team', rules: { include: [{ kind: 'TEAM', teamId: team.id }] } } });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateAudience.audience).toMatchObject({ name: 'Ops team', memberCount: 5, version: 2 });

    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { data?: { audience: { members: Page<{ name: string }> } } | null } = await send(hr, ONE, { id: saved.id, first: 2, after });
      const page = res.data?.audience.members as Page<{ name: string }>;
      names.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(names).toEqual(['Ada', 'Bea', 'Cai', 'Dov', 'Eve']);
    expect(pages).toBe(3);

    // "and N more" of a draft not saved yet: the same keyset pages straight from the rules.
    const rules = { include: [{ kind: 'TEAM', teamId: team.id }], exclude: [{ kind: 'USERS', userIds: [people[2].id] }] };
    const p1 = await send<{ audiencePreviewMembers: Page<{ name: string }> }>(hr, PREVIEW_MEMBERS, { rules, first: 3 });
    expect(p1.data?.audiencePreviewMembers.edges.map((e) => e.node.name)).toEqual(['Bea', 'Cai', 'Dov']);
    const p2 = await send<{ audiencePreviewMembers: Page<{ name: string }> }>(hr, PREVIEW_MEMBERS, { rules, first: 3, after: p1.data?.audiencePreviewMembers.pageInfo.endCursor });
    expect(p2.data?.audiencePreviewMembers.edges.map((e) => e.node.name)).toEqual(['Eve']);
    expect(p2.data?.audiencePreviewMembers.pageInfo.hasNextPage).toBe(false);
  });
});

describe('saved audiences: who may see and edit', () => {
  it('the owner, HR and admins; nobody else, and another organisation’s id is not found', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const owner = await buildUser(org, { name: 'Olga Owner' });
    const stranger = await buildUser(org, { name: 'Stan Stranger' });
    const lead = await buildUser(org, { leadOf: [(await buildTeam(org)).id] });
    const [m1, m2] = [await buildUser(org, { name: 'Mia' }), await buildUser(org, { name: 'Max' })];
    const gone = await buildUser(org, { name: 'Gil Gone' });
    const mine = await ownedBy(org, owner, 'Olga’s list', [m1, m2, gone]);
    const hrs = await create(hr, 'HR list', [{ kind: 'USERS', userIds: [hr.id] }]);
    // Suspended behind the refresh's back: member lists still never show them to someone who may not list them.
    await testDb().query(`UPDATE users SET status = 'SUSPENDED' WHERE id = $1`, [gone.id]);

    // The owner: their own saved audience in the list, editable, members without the suspended person.
    expect((await list(owner)).edges.map((e) => e.node.name)).toEqual(['Olga’s list']);
    const asOwner = await send<{ audience: Summary & { members: Page<{ name: string }> } }>(owner, ONE, { id: mine });
    expect(asOwner.data?.audience.abilities).toEqual({ canEdit: true, canListMembers: true });
    expect(asOwner.data?.audience.members.edges.map((e) => e.node.name)).toEqual(['Max', 'Mia']);
    const ownerEdit = await send<{ updateAudience: { audience: Summary } }>(owner, UPDATE, { input: { id: mine, name: 'Olga’s people', rules: { include: [{ kind: 'USERS', userIds: [m1.id] }] } } });
    expect(ownerEdit.errors).toBeUndefined();
    expect(ownerEdit.data?.updateAudience.audience).toMatchObject({ name: 'Olga’s people', memberCount: 1 });
    // …but only HR and admins save new ones, and an owner does not see HR's.
    expect(codeOf(await send(owner, CREATE, { input: { name: 'Mine too', rules: { include: [{ kind: 'ALL' }] } } }))).toBe('FORBIDDEN');
    expect(codeOf(await send(owner, ONE, { id: hrs.id }))).toBe('NOT_FOUND');

    // HR and admins: every saved audience, editable; HR lists suspended people (they may see them).
    expect((await list(admin)).edges.map((e) => e.node.name)).toEqual(['HR list', 'Olga’s people']);
    const asAdmin = await send<{ audience: Summary }>(admin, ONE, { id: mine });
    expect(asAdmin.data?.audience.abilities).toEqual({ canEdit: true, canListMembers: true });
    expect((await send<{ updateAudience: { audience: Summary } }>(hr, UPDATE, { input: { id: mine, rules: { include: [{ kind: 'USERS', userIds: [m1.id, gone.id] }] } } })).errors).toBeUndefined();

    // Anyone else: nothing listed, not found (never forbidden), unchanged.
    for (const nobody of [stranger, lead]) {
      expect((await list(nobody)).edges).toEqual([]);
      expect(codeOf(await send(nobody, ONE, { id: mine }))).toBe('NOT_FOUND');
      expect(codeOf(await send(nobody, UPDATE, { input: { id: mine, name: 'Taken over', rules: { include: [{ kind: 'ALL' }] } } }))).toBe('NOT_FOUND');
    }
    // A member sees the audience they are in (its room) but not who else is.
    const asMember = await send<{ audience: Summary }>(m1, `query($id: ID!) { audience(id: $id) { ${SUMMARY} } }`, { id: mine });
    expect(asMember.data?.audience.abilities).toEqual({ canEdit: false, canListMembers: false });
    expect(codeOf(await send(m1, ONE, { id: mine }))).toBe('FORBIDDEN');

    // Another organisation's HR: not found, not listed, not editable.
    const foreignHr = await buildUser(await buildOrganization(), { roles: ['HR'] });
    expect(codeOf(await send(foreignHr, ONE, { id: mine }))).toBe('NOT_FOUND');
    expect(codeOf(await send(foreignHr, UPDATE, { input: { id: mine, rules: { include: [{ kind: 'ALL' }] } } }))).toBe('NOT_FOUND');
    expect((await list(foreignHr)).edges).toEqual([]);
    expect(await all(`SELECT name FROM audiences WHERE id = $1`, [mine])).toEqual([{ name: 'Olga’s people' }]);

    // Draft members: HR and leads may page through a preview, a plain employee may not.
    const rules = { include: [{ kind: 'USERS', userIds: [m1.id, m2.id] }] };
    expect((await send(lead, PREVIEW_MEMBERS, { rules })).errors).toBeUndefined();
    expect(codeOf(await send(stranger, PREVIEW_MEMBERS, { rules }))).toBe('FORBIDDEN');
    expect(codeOf(await send(hr, ONE, { id: newId() }))).toBe('NOT_FOUND');
  });
});
