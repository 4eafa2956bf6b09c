import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { EventsService } from '@pillars/api/core';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, newId, TestOrg, TestUser } from '@pillars/api/testing';
import { AudiencesModule } from './audiences.module';

const PREVIEW = `query($rules: AudienceRulesInput!) { audiencePreview(rules: $rules) { count sample { userId name addedAt } } }`;
const CREATE = `mutation($input: CreateAudienceInput!) { createAudience(input: $input) {
  audience { id version memberCount rules { include { kind teamId includeSubTeams location role managerId direct userIds } exclude { kind userIds } } } } }`;
const AUDIENCE = `query($id: ID!, $after: String) { audience(id: $id) { id version memberCount abilities { canEdit canListMembers }
  members(first: 2, after: $after) { edges { node { userId name addedAt } } pageInfo { hasNextPage endCursor } } } }`;
const AUDIENCE_HEAD = `query($id: ID!) { audience(id: $id) { id memberCount abilities { canEdit canListMembers } } }`;

type Rule = Record<string, unknown>;
interface PreviewResult { audiencePreview: { count: number; sample: { userId: string; name: string }[] } }
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

/**
 * Teams A ⊃ B ⊃ C and D; a manager line boss → mid → rep1 → rep2; people spread over locations
 * and roles; one suspended person who matches every rule and must never be counted.
 */
async function buildWorld() {
  const org = await buildOrganization();
  const A = await buildTeam(org, { name: 'A' });
  const B = await buildTeam(org, { name: 'B', parentId: A.id });
  const C = await buildTeam(org, { name: 'C', parentId: B.id });
  const D = await buildTeam(org, { name: 'D' });
  const hr = await buildUser(org, { name: 'Hana HR', roles: ['HR'], teamIds: [D.id] });
  const boss = await buildUser(org, { name: 'Bea Boss', location: 'Milano' , teamIds: [A.id] });
  const mid = await buildUser(org, { name: 'Mo Mid', managerId: boss.id, location: 'MILÀNO', teamIds: [B.id] });
  const rep1 = await buildUser(org, { name: 'Ray One', managerId: mid.id, location: 'Tel Aviv', teamIds: [C.id] });
  const rep2 = await buildUser(org, { name: 'Rita Two', managerId: rep1.id, teamIds: [D.id] });
  const gone = await buildUser(org, { name: 'Sam Suspended', status: 'SUSPENDED', managerId: boss.id, location: 'Milano', roles: ['HR'], teamIds: [A.id, C.id] });
  return { org, A, B, C, D, hr, boss, mid, rep1, rep2, gone };
}

/** Creates, then lets the post-commit dispatch finish so no query runs behind the test's back. */
async function create<T>(actor: TestUser, input: Record<string, unknown>) {
  const res = await gql(app).as(actor).send<T>(CREATE, { input: { name: `Audience ${newId()}`, ...input } });
  await events.kick();
  return res;
}
const ids = (...users: TestUser[]) => users.map((u) => u.id).sort();
async function preview(actor: TestUser, include: Rule[], exclude?: Rule[]) {
  const res = await gql(app).as(actor).send<PreviewResult>(PREVIEW, { rules: { include, exclude } });
  expect(res.errors).toBeUndefined();
  const result = res.data?.audiencePreview as PreviewResult['audiencePreview'];
  return { count: result.count, ids: result.sample.map((s) => s.userId).sort(), names: result.sample.map((s) => s.name) };
}

describe('audiencePreview', () => {
  it('resolves every rule kind, active people only, sub-teams and whole lines through the tree', async () => {
    const w = await buildWorld();
    const everyone = ids(w.hr, w.boss, w.mid, w.rep1, w.rep2);

    const allRule = await preview(w.hr, [{ kind: 'ALL' }]);
    expect(allRule.count).toBe(5);
    expect(allRule.ids).toEqual(everyone);
    expect(allRule.names).toEqual(['Bea Boss', 'Hana HR', 'Mo Mid', 'Ray One', 'Rita Two']);

    // A team includes the teams below it unless the rule says otherwise (issue 14).
    expect((await preview(w.hr, [{ kind: 'TEAM', teamId: w.A.id }])).ids).toEqual(ids(w.boss, w.mid, w.rep1));
    expect((await preview(w.hr, [{ kind: 'TEAM', teamId: w.A.id, includeSubTeams: false }])).ids).toEqual(ids(w.boss));
    expect((await preview(w.hr, [{ kind: 'TEAM', teamId: w.A.id, includeSubTeams: true }])).ids).toEqual(ids(w.boss, w.mid, w.rep1));
    expect((await preview(w.hr, [{ kind: 'TEAM', teamId: w.B.id, includeSubTeams: true }])).ids).toEqual(ids(w.mid, w.rep1));
    expect((await preview(w.hr, [{ kind: 'LOCATION', location: ' milano ' }])).ids).toEqual(ids(w.boss, w.mid));
    expect((await preview(w.hr, [{ kind: 'ROLE', role: 'HR' }])).ids).toEqual(ids(w.hr));
    expect((await preview(w.hr, [{ kind: 'ROLE', role: 'EMPLOYEE' }])).count).toBe(5);
    expect((await preview(w.hr, [{ kind: 'MANAGER_LINE', managerId: w.boss.id, direct: true }])).ids).toEqual(ids(w.mid));
    expect((await preview(w.hr, [{ kind: 'MANAGER_LINE', managerId: w.boss.id, direct: false }])).ids).toEqual(ids(w.mid, w.rep1, w.rep2));
    expect((await preview(w.hr, [{ kind: 'MANAGER_LINE', managerId: w.mid.id }])).ids).toEqual(ids(w.rep1, w.rep2));
    expect((await preview(w.hr, [{ kind: 'USERS', userIds: [w.rep2.id, w.gone.id, w.rep2.id] }])).ids).toEqual(ids(w.rep2));
    // Rules are OR-ed.
    expect((await preview(w.hr, [{ kind: 'TEAM', teamId: w.D.id }, { kind: 'LOCATION', location: 'Tel Aviv' }])).ids).toEqual(ids(w.hr, w.rep1, w.rep2));
  });

  it('subtracts exclusions of any kind', async () => {
    const w = await buildWorld();
    const sub = { kind: 'TEAM', teamId: w.A.id, includeSubTeams: true };
    expect((await preview(w.hr, [sub], [{ kind: 'TEAM', teamId: w.B.id, includeSubTeams: false }])).ids).toEqual(ids(w.boss, w.rep1));
    expect((await preview(w.hr, [sub], [{ kind: 'TEAM', teamId: w.B.id, includeSubTeams: true }])).ids).toEqual(ids(w.boss));
    expect((await preview(w.hr, [{ kind: 'ALL' }], [{ kind: 'USERS', userIds: [w.hr.id] }, { kind: 'LOCATION', location: 'milano' }])).ids).toEqual(ids(w.rep1, w.rep2));
    expect((await preview(w.hr, [{ kind: 'ALL' }], [{ kind: 'MANAGER_LINE', managerId: w.mid.id }])).ids).toEqual(ids(w.hr, w.boss, w.mid));
    expect((await preview(w.hr, [{ kind: 'ALL' }], [{ kind: 'ROLE', role: 'HR' }])).count).toBe(4);
  });

  it('lets team leads preview but not plain employees', async () => {
    const w = await buildWorld();
    const lead = await buildUser(w.org, { leadOf: [w.D.id] });
    expect((await preview(lead, [{ kind: 'TEAM', teamId: w.D.id }])).count).toBe(3);
    const res = await gql(app).as(w.rep2).send(PREVIEW, { rules: { include: [{ kind: 'ALL' }] } });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('refuses malformed rules with field paths', async () => {
    const w = await buildWorld();
    const bad = async (include: Rule[], exclude?: Rule[]) => {
      const res = await gql(app).as(w.hr).send(PREVIEW, { rules: { include, exclude } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return res.errors?.[0].extensions?.fields;
    };
    expect(await bad([])).toEqual([expect.objectContaining({ field: 'include', rule: 'arrayMinSize' })]);
    expect(await bad([{ kind: 'TEAM' }])).toEqual([expect.objectContaining({ field: 'include.0.teamId', rule: 'required' })]);
    expect(await bad([{ kind: 'ALL' }, { kind: 'MANAGER_LINE', managerId: newId() }])).toEqual([expect.objectContaining({ field: 'include.1.managerId', rule: 'exists' })]);
    expect(await bad([{ kind: 'ALL' }], [{ kind: 'ALL' }])).toEqual([expect.objectContaining({ field: 'exclude.0.kind', rule: 'excludesEveryone' })]);
    const many = (n: number) => Array.from({ length: n }, () => newId());
    expect(await bad([{ kind: 'USERS', userIds: many(300) }, { kind: 'USERS', userIds: many(201) }])).toEqual([expect.objectContaining({ field: 'rules', rule: 'maxNamedUsers' })]);
    expect(await bad(Array.from({ length: 51 }, () => ({ kind: 'ALL' })))).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'include', rule: 'arrayMaxSize' })]));
  });
});

describe('createAudience', () => {
  it('materialises the members and returns the canonical rules', async () => {
    const w = await buildWorld();
    const res = await create<{ createAudience: { audience: { id: string; version: number; memberCount: number; rules: unknown } } }>(w.hr, { rules: { include: [{ kind: 'TEAM', teamId: w.A.id, includeSubTeams: true, location: 'ignored' }], exclude: [{ kind: 'USERS', userIds: [w.rep1.id] }] },
    });
    expect(res.errors).toBeUndefined();
    const audience = res.data?.createAudience.audience;
    expect(audience).toMatchObject({ version: 1, memberCount: 2 });
    expect(audience?.rules).toEqual({
      include: [{ kind: 'TEAM', teamId: w.A.id, includeSubTeams: true, location: null, role: null, managerId: null, direct: null, userIds: null }],
      exclude: [{ kind: 'USERS', userIds: [w.rep1.id] }],
    });
    const rows = await all<{ user_id: string }>(`SELECT user_id FROM audience_members WHERE audience_id = $1 ORDER BY user_id`, [audience?.id]);
    expect(rows.map((r) => r.user_id)).toEqual(ids(w.boss, w.mid));
  });

  it("refuses another organisation's team with BAD_USER_INPUT and writes nothing", async () => {
    const w = await buildWorld();
    const otherOrg: TestOrg = await buildOrganization();
    const foreign = await buildTeam(otherOrg);
    const res = await gql(app).as(w.hr).send(CREATE, { input: { name: `Audience ${newId()}`, rules: { include: [{ kind: 'ALL' }, { kind: 'TEAM', teamId: foreign.id }] } } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'rules.include.1.teamId', rule: 'exists' })]);
    expect(await all(`SELECT 1 FROM audiences WHERE organization_id = $1`, [w.org.id])).toHaveLength(0);
    expect(await all(`SELECT 1 FROM audience_members WHERE organization_id = $1`, [w.org.id])).toHaveLength(0);
    expect(await all(`SELECT 1 FROM domain_events WHERE organization_id = $1 AND type LIKE 'audience.%'`, [w.org.id])).toHaveLength(0);
  });

  it('is refused to non-HR people, team leads included, and writes nothing', async () => {
    const w = await buildWorld();
    const lead = await buildUser(w.org, { leadOf: [w.D.id] });
    for (const actor of [w.rep1, lead]) {
      const res = await gql(app).as(actor).send(CREATE, { input: { name: `Audience ${newId()}`, rules: { include: [{ kind: 'ALL' }] } } });
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    expect(await all(`SELECT 1 FROM audiences WHERE organization_id = $1`, [w.org.id])).toHaveLength(0);
  });
});

describe('audience(id)', () => {
  it('shows HR the members page by page; members see the audience but not the list; others get NOT_FOUND', async () => {
    const w = await buildWorld();
    const created = await create<{ createAudience: { audience: { id: string } } }>(w.hr, { rules: { include: [{ kind: 'MANAGER_LINE', managerId: w.boss.id }] } });
    const id = created.data?.createAudience.audience.id;

    type Page = { audience: { memberCount: number; abilities: { canEdit: boolean }; members: { edges: { node: { name: string; addedAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const first = await gql(app).as(w.hr).send<Page>(AUDIENCE, { id });
    expect(first.errors).toBeUndefined();
    expect(first.data?.audience.memberCount).toBe(3);
    expect(first.data?.audience.abilities).toEqual({ canEdit: true, canListMembers: true });
    expect(first.data?.audience.members.edges.map((e) => e.node.name)).toEqual(['Mo Mid', 'Ray One']);
    expect(first.data?.audience.members.edges[0].node.addedAt).toEqual(expect.any(String));
    const second = await gql(app).as(w.hr).send<Page>(AUDIENCE, { id, after: first.data?.audience.members.pageInfo.endCursor });
    expect(second.data?.audience.members.edges.map((e) => e.node.name)).toEqual(['Rita Two']);
    expect(second.data?.audience.members.pageInfo.hasNextPage).toBe(false);

    const asMember = await gql(app).as(w.rep2).send<{ audience: { abilities: unknown } }>(AUDIENCE_HEAD, { id });
    expect(asMember.data?.audience.abilities).toEqual({ canEdit: false, canListMembers: false });
    expect(codeOf(await gql(app).as(w.rep2).send(AUDIENCE, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(w.boss).send(AUDIENCE_HEAD, { id }))).toBe('NOT_FOUND');
    const stranger = await buildUser(await buildOrganization(), { roles: ['HR'] });
    expect(codeOf(await gql(app).as(stranger).send(AUDIENCE_HEAD, { id }))).toBe('NOT_FOUND');
  });
});
