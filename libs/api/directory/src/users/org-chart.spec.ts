import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, leastQueries, type TestOrg, type TestUser } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

type Person = { id: string; name: string; directReportCount: number };
type Page<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const P = `id name directReportCount`;
const AROUND = `query($id: ID!) { user(id: $id) { ${P} managerChain { ${P} } peers { ${P} } directReports { ${P} } } }`;
const ROOTS = `query($first: Int, $after: String) { orgChartRoots(first: $first, after: $after) { edges { node { ${P} directReports { ${P} } } } pageInfo { hasNextPage endCursor } } }`;

const cost = (viewer: TestUser, query: string, variables: Record<string, unknown> = {}) => leastQueries(app, viewer, query, variables);

/** ceo → vp → lead → (n peers of `me` and `me`) → n reports of `me`, each with one report. */
async function line(org: TestOrg, n: number, prefix: string) {
  const ceo = await buildUser(org, { name: `${prefix} CEO` });
  const vp = await buildUser(org, { name: `${prefix} VP`, managerId: ceo.id });
  const lead = await buildUser(org, { name: `${prefix} Lead`, managerId: vp.id });
  const me = await buildUser(org, { name: `${prefix} Me`, managerId: lead.id });
  for (let i = 0; i < n; i++) {
    await buildUser(org, { name: `${prefix} Peer ${String(i).padStart(2, '0')}`, managerId: lead.id });
    const report = await buildUser(org, { name: `${prefix} Report ${String(i).padStart(2, '0')}`, managerId: me.id });
    await buildUser(org, { name: `${prefix} Sub ${String(i).padStart(2, '0')}`, managerId: report.id });
  }
  return { ceo, vp, lead, me };
}

describe('org chart around a person', () => {
  it('shows the manager chain, the peers (same manager, active) and the reports with their counts', async () => {
    const org = await buildOrganization();
    const { ceo, vp, lead, me } = await line(org, 2, 'A');
    await buildUser(org, { name: 'A Peer gone', managerId: lead.id, status: 'DEPARTED' });
    const res = await gql(app).as(me).send<{ user: Person & { managerChain: Person[]; peers: Person[]; directReports: Person[] } }>(AROUND, { id: me.id });
    expect(res.errors).toBeUndefined();
    const u = res.data?.user;
    expect(u?.managerChain.map((m) => m.id)).toEqual([lead.id, vp.id, ceo.id]);
    expect(u?.managerChain.map((m) => m.directReportCount)).toEqual([3, 1, 1]);
    expect(u?.peers.map((p) => p.name)).toEqual(['A Peer 00', 'A Peer 01']);
    expect(u?.directReports.map((r) => [r.name, r.directReportCount])).toEqual([['A Report 00', 1], ['A Report 01', 1]]);
    expect(u?.directReportCount).toBe(2);
    // The top has no peers; another organisation's person is not found.
    const top = await gql(app).as(me).send<{ user: { peers: Person[] } }>(AROUND, { id: ceo.id });
    expect(top.data?.user.peers).toEqual([]);
    const stranger = await buildUser(await buildOrganization());
    expect(codeOf(await gql(app).as(stranger).send(AROUND, { id: me.id }))).toBe('NOT_FOUND');
  });

  it('costs the same number of queries for 3 peers and reports as for 30 (no N+1)', async () => {
    const org = await buildOrganization();
    const small = await line(org, 3, 'S');
    const large = await line(org, 30, 'L');
    const few = await cost(small.me, AROUND, { id: small.me.id });
    expect(await cost(large.me, AROUND, { id: large.me.id })).toBe(few);
    // The session, the person, the chain, the managers' reports (peers), every count: batched.
    expect(few).toBeLessThanOrEqual(6);
  }, 60_000);
});

describe('whole-organisation chart', () => {
  it('starts at the people without an active manager, pages by name, and opens one level at a time in constant queries', async () => {
    const org = await buildOrganization();
    const a = await line(org, 2, 'A');
    const b = await line(org, 20, 'B');
    const leaver = await buildUser(org, { name: 'C Leaver', status: 'DEPARTED' });
    const orphan = await buildUser(org, { name: 'C Orphan', managerId: leaver.id });
    const viewer = a.me;

    const first = await gql(app).as(viewer).send<{ orgChartRoots: Page<Person & { directReports: Person[] }> }>(ROOTS, { first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.orgChartRoots.edges.map((e) => e.node.name)).toEqual(['A CEO', 'B CEO']);
    expect(first.data?.orgChartRoots.edges[0].node.directReports.map((r) => [r.id, r.directReportCount])).toEqual([[a.vp.id, 1]]);
    const rest = await gql(app).as(viewer).send<{ orgChartRoots: Page<Person> }>(ROOTS, { first: 2, after: first.data?.orgChartRoots.pageInfo.endCursor });
    // Someone whose manager left starts a branch of their own instead of vanishing.
    expect(rest.data?.orgChartRoots.edges.map((e) => e.node.id)).toEqual([orphan.id]);
    expect(rest.data?.orgChartRoots.pageInfo.hasNextPage).toBe(false);

    // Opening a branch: a manager with 2 reports costs what one with 20 costs.
    const BRANCH = `query($id: ID!) { user(id: $id) { ${P} directReports { ${P} } } }`;
    expect(await cost(viewer, BRANCH, { id: b.me.id })).toBe(await cost(viewer, BRANCH, { id: a.me.id }));
    expect(await cost(viewer, ROOTS, { first: 3 })).toBe(await cost(viewer, ROOTS, { first: 1 }));
  }, 60_000);
});
