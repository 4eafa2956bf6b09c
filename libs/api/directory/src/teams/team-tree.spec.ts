import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, leastQueries, type TestUser } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

type Page<T> = { edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const cost = (viewer: TestUser, query: string, variables: Record<string, unknown> = {}) => leastQueries(app, viewer, query, variables);

describe('team options for pickers', () => {
  it('pages through the tree in order without repeats and finds teams by name, accent-insensitively', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org);
    const eng = await buildTeam(org, { name: 'Eng' });
    for (const name of ['Data', 'Mobile', 'Platform']) await buildTeam(org, { name, parentId: eng.id });
    await buildTeam(org, { name: 'Sécurité' });
    const OPTIONS = `query($first: Int, $after: String, $query: String) { teamOptions(first: $first, after: $after, query: $query) {
      edges { cursor node { path } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: { data?: { teamOptions: Page<{ path: string[] }> } | null } = await gql(app).as(me).send(OPTIONS, { first: 2, after });
      seen.push(...(res.data?.teamOptions.edges.map((e) => e.node.path.join('/')) ?? []));
      after = res.data?.teamOptions.pageInfo.hasNextPage ? res.data.teamOptions.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Eng', 'Eng/Data', 'Eng/Mobile', 'Eng/Platform', 'Sécurité']);
    const found = await gql(app).as(me).send<{ teamOptions: Page<{ path: string[] }> }>(OPTIONS, { query: 'securite' });
    expect(found.data?.teamOptions.edges.map((e) => e.node.path)).toEqual([['Sécurité']]);
    expect(codeOf(await gql(app).as(me).send(OPTIONS, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app).as(me).send(OPTIONS, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });
});

describe('sub-teams', () => {
  it('pages a team’s sub-teams by name', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org);
    const root = await buildTeam(org, { name: 'Root' });
    for (const name of ['E', 'B', 'D', 'A', 'C']) await buildTeam(org, { name, parentId: root.id });
    const CHILDREN = `query($id: ID!, $after: String) { team(id: $id) { children(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } } }`;
    const names: string[] = [];
    let after: string | null = null;
    do {
      const res: { data?: { team: { children: Page<{ name: string }> } } | null } = await gql(app).as(me).send(CHILDREN, { id: root.id, after });
      names.push(...(res.data?.team.children.edges.map((e) => e.node.name) ?? []));
      after = res.data?.team.children.pageInfo.hasNextPage ? res.data.team.children.pageInfo.endCursor : null;
    } while (after);
    expect(names).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('query cost of lines and paths', () => {
  it('resolves every listed person’s manager chain in one recursive query, for 3 people as for 30', async () => {
    const org = await buildOrganization();
    let managerId: string | null = null;
    for (let depth = 0; depth < 4; depth++) managerId = (await buildUser(org, { name: `Level ${depth}`, managerId })).id;
    for (let i = 0; i < 30; i++) await buildUser(org, { name: `Member ${String(i).padStart(2, '0')}`, managerId });
    const viewer = await buildUser(org, { name: 'Viewer' });
    const PEOPLE = `query($first: Int) { people(query: "member", first: $first) { edges { node { id managerChain { id name } } } } }`;
    const res = await gql(app).as(viewer).send<{ people: Page<{ managerChain: { name: string }[] }> }>(PEOPLE, { first: 1 });
    expect(res.data?.people.edges[0].node.managerChain.map((m) => m.name)).toEqual(['Level 3', 'Level 2', 'Level 1', 'Level 0']);
    const small = await cost(viewer, PEOPLE, { first: 3 });
    const large = await cost(viewer, PEOPLE, { first: 30 });
    expect(large).toBe(small);
    // The actor, the page, the chains: no query per person.
    expect(large).toBeLessThanOrEqual(3);
  });

  it('resolves every listed team’s ancestors in one recursive query, for 3 sub-teams as for 30', async () => {
    const org = await buildOrganization();
    const viewer = await buildUser(org);
    let parentId: string | null = null;
    for (const name of ['Company', 'Engineering', 'Platform']) parentId = (await buildTeam(org, { name, parentId })).id;
    for (let i = 0; i < 30; i++) await buildTeam(org, { name: `Squad ${String(i).padStart(2, '0')}`, parentId });
    const TREE = `query($id: ID!, $first: Int) { team(id: $id) { children(first: $first) { edges { node { name ancestors { name } } } } } }`;
    const res = await gql(app).as(viewer).send<{ team: { children: Page<{ ancestors: { name: string }[] }> } }>(TREE, { id: parentId, first: 1 });
    expect(res.data?.team.children.edges[0].node.ancestors.map((t) => t.name)).toEqual(['Company', 'Engineering', 'Platform']);
    const small = await cost(viewer, TREE, { id: parentId, first: 3 });
    const large = await cost(viewer, TREE, { id: parentId, first: 30 });
    expect(large).toBe(small);
    // The actor, the team, its children, their ancestors.
    expect(large).toBeLessThanOrEqual(4);
  });
});

describe('childCount', () => {
  it('counts sub-teams so a tree draws no chevron on a leaf, in one statement for a whole level', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org);
    const eng = await buildTeam(org, { name: 'Eng' });
    await buildTeam(org, { name: 'Design' });
    for (const name of ['Data', 'Mobile']) await buildTeam(org, { name, parentId: eng.id });
    const TREE = `{ departments { name childCount children(first: 10) { edges { node { name childCount } } } } }`;
    const res = await gql(app).as(me).send<{ departments: { name: string; childCount: number; children: { edges: { node: { name: string; childCount: number } }[] } }[] }>(TREE);
    expect(res.data?.departments.map((d) => [d.name, d.childCount, d.children.edges.map((e) => [e.node.name, e.node.childCount])])).toEqual([
      ['Design', 0, []],
      ['Eng', 2, [['Data', 0], ['Mobile', 0]]],
    ]);
    const few = await cost(me, TREE);
    for (const name of ['Web', 'Ops', 'QA']) await buildTeam(org, { name, parentId: eng.id });
    expect(await cost(me, TREE)).toBe(few);
  });
});
