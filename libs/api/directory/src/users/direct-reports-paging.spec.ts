import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { buildOrganization, buildUser, closeTestDb, createTestApp, gql, leastQueries, testDb, type TestOrg } from '@pillars/api/testing';
import { LIMITS } from '@pillars/shared/validation';
import { DirectoryModule } from '../directory.module';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

type Page = { edges: { cursor: string; node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const REPORTS = `query($id: ID!, $first: Int, $after: String) { user(id: $id) { id directReportCount reports(first: $first, after: $after) {
  edges { cursor node { id name directReportCount } } pageInfo { hasNextPage endCursor } } } }`;

/** `n` active reports of `managerId` (plus one departed), inserted in one statement through the directory's users writer. */
async function bulkReports(org: TestOrg, managerId: string, n: number) {
  const people = Array.from({ length: n + 1 }, (_, i) => ({
    id: randomUUID(), email: `r${i}.${randomUUID().slice(0, 8)}@${org.slug}.test`, name: `Report ${String(i).padStart(4, '0')}`,
    title: null, location: null, locale: 'en', manager_id: managerId, roles: [], status: i === n ? 'DEPARTED' : 'ACTIVE', password_hash: null,
  }));
  await testDb().query(`SELECT pillars_insert_users($1, $2::jsonb, false)`, [org.id, JSON.stringify(people)]);
  return people.slice(0, n).map((p) => p.name);
}

describe('a manager with more than 500 direct reports', () => {
  it('pages through every report by name with a keyset cursor, none cut and none repeated, in a bounded number of queries', async () => {
    const org = await buildOrganization();
    const manager = await buildUser(org, { name: 'Many Reports' });
    const names = await bulkReports(org, manager.id, 523);
    const seen: string[] = [];
    const cursors: (string | null)[] = [];
    let after: string | null = null;
    let more = true;
    while (more && cursors.length < 20) {
      const res = await send(after);
      expect(res.errors).toBeUndefined();
      const page = res.data?.user.reports as Page;
      expect(res.data?.user.directReportCount).toBe(523);
      // Full pages of the maximum size, then the remainder; hasNextPage only while more are left.
      expect(page.edges.length).toBe(Math.min(LIMITS.pageSize, 523 - seen.length));
      seen.push(...page.edges.map((e) => e.node.name));
      expect(page.pageInfo.hasNextPage).toBe(seen.length < 523);
      cursors.push(after);
      after = page.pageInfo.endCursor;
      more = page.pageInfo.hasNextPage;
    }
    const pages = cursors.length;
    expect(pages).toBe(Math.ceil(523 / LIMITS.pageSize));
    expect(seen).toEqual(names);
    // The deprecated list stops at 500; the count does not.
    const old = await gql(app).as(manager).send<{ user: { directReports: unknown[] } }>(`query($id: ID!) { user(id: $id) { directReports { id } } }`, { id: manager.id });
    expect(old.data?.user.directReports).toHaveLength(500);

    // A first page and a later page each cost the same few queries, whatever the page size.
    const small = await leastQueries(app, manager, REPORTS, { id: manager.id, first: 5 });
    const full = await leastQueries(app, manager, REPORTS, { id: manager.id, first: LIMITS.pageSize });
    expect(full).toBe(small);
    expect(full).toBeLessThanOrEqual(5);
    const later = await leastQueries(app, manager, REPORTS, { id: manager.id, first: LIMITS.pageSize, after: cursors[3] });
    expect(later).toBeLessThanOrEqual(full);

    function send(cursor: string | null) {
      return gql(app).as(manager).send<{ user: { directReportCount: number; reports: Page } }>(REPORTS, { id: manager.id, first: LIMITS.pageSize, after: cursor });
    }
  }, 120_000);

  it('batches the first page of reports of many managers into one query, and refuses a page larger than the limit', async () => {
    const org = await buildOrganization();
    const top = await buildUser(org, { name: 'Top' });
    for (let i = 0; i < 3; i++) {
      const m = await buildUser(org, { name: `Mgr ${i}`, managerId: top.id });
      await bulkReports(org, m.id, i + 2);
    }
    const TREE = `query($id: ID!) { user(id: $id) { reports(first: 10) { edges { node { name reports(first: 2) { edges { node { name } } pageInfo { hasNextPage } } } } } } }`;
    const res = await gql(app).as(top).send<{ user: { reports: { edges: { node: { name: string; reports: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } }[] } } }>(TREE, { id: top.id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.user.reports.edges.map((e) => [e.node.name, e.node.reports.edges.length, e.node.reports.pageInfo.hasNextPage])).toEqual([
      ['Mgr 0', 2, false],
      ['Mgr 1', 2, true],
      ['Mgr 2', 2, true],
    ]);
    const once = await leastQueries(app, top, TREE, { id: top.id });
    const LONE = `query($id: ID!) { user(id: $id) { reports(first: 10) { edges { node { name } } } } }`;
    // The three nested pages are one query, not three.
    expect(once - (await leastQueries(app, top, LONE, { id: top.id }))).toBeLessThanOrEqual(1);
    const tooMany = await gql(app).as(top).send<{ user: { reports: Page } }>(REPORTS, { id: top.id, first: LIMITS.pageSize + 1 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
