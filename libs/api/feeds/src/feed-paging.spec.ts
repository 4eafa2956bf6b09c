import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, TestUser } from '@pillars/api/testing';
import { randomUUID } from 'node:crypto';
import { FeedsModule } from './feeds.module';

const PAGE = `edges { node { id } } pageInfo { hasNextPage endCursor }`;
const HOME = `query($first: Int, $after: String) { homeFeed(first: $first, after: $after) { ${PAGE} } }`;
const COMPANY = `query($first: Int, $after: String) { companyFeed(first: $first, after: $after) { ${PAGE} } }`;
const TOPIC = `query($topic: String!, $first: Int, $after: String) { topicFeed(topic: $topic, first: $first, after: $after) { ${PAGE} } }`;
type Page = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

let app: INestApplication;

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
});

/** Every id of a feed, walking it `first` at a time by cursor (and failing on a repeated id). */
async function walk(viewer: TestUser, query: string, vars: Record<string, unknown> = {}, first = 3): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const res: { data?: Record<string, Page> | null; errors?: unknown } = await gql(app).as(viewer).send<Record<string, Page>>(query, { ...vars, first, after });
    expect(res.errors).toBeUndefined();
    const page: Page = Object.values(res.data ?? {})[0];
    expect(page.edges.length).toBeLessThanOrEqual(first);
    seen.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return seen;
    expect(page.edges).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('the feed did not end');
}

interface Seeded {
  id: string;
  createdAt: Date;
  pinned: boolean;
  /** In the viewer's home feed (worked out by hand from the rules, not by the API's SQL). */
  home: boolean;
  company: boolean;
  topics: string[];
}

describe('feed keyset paging', () => {
  it('walks a mixed home feed (pins, teams, follows, topics, announcements) by first=3 with no duplicate and no gap', async () => {
    const org = await buildOrganization();
    const mine = await buildTeam(org, { name: 'Mine' });
    const followed = await buildTeam(org, { name: 'Followed' });
    const other = await buildTeam(org, { name: 'Other' });
    const secret = await buildTeam(org, { name: 'Secret' });
    const viewer = await buildUser(org, { teamIds: [mine.id] });
    const friend = await buildUser(org, { teamIds: [other.id] });
    const stranger = await buildUser(org, { teamIds: [other.id, secret.id] });
    const hr = await buildUser(org, { roles: ['HR'] });
    await all(`INSERT INTO team_feeds (team_id, organization_id, visibility) VALUES ($1, $2, 'PRIVATE')`, [secret.id, org.id]);
    // The viewer follows a team, a person and a topic; and, uselessly, the private team they are not in.
    await all(
      `INSERT INTO feed_follows (user_id, kind, target, organization_id) VALUES ($1, 'TEAM', $2, $4), ($1, 'USER', $3, $4), ($1, 'TOPIC', 'design', $4), ($1, 'TEAM', $5, $4)`,
      [viewer.id, followed.id, friend.id, org.id, secret.id],
    );

    const posts: Seeded[] = [];
    const base = Date.parse('2026-06-01T12:00:00.000Z');
    let n = 0;
    async function add(o: { author: TestUser; team?: string | null; topics?: string[]; status?: string; deleted?: boolean; announcement?: { pinned: boolean; receipt: boolean } | null; home: boolean; company?: boolean }) {
      // Three posts share each timestamp, so ties are broken by id.
      const createdAt = new Date(base - Math.floor(n++ / 3) * 1000);
      const ann = o.announcement ?? null;
      const [row] = await all<{ id: string }>(
        `INSERT INTO posts (organization_id, author_id, team_id, body, body_html, topics, status, is_announcement, pinned_until, deleted_at, created_at)
         VALUES ($1, $2, $3, 'x', '<p>x</p>', $4, $5, $6, $7, $8, $9) RETURNING id`,
        [org.id, o.author.id, o.team ?? null, o.topics ?? [], o.status ?? 'PUBLISHED', !!ann, ann?.pinned ? new Date(Date.now() + 86400_000) : ann ? new Date(Date.now() - 86400_000) : null, o.deleted ? new Date() : null, createdAt],
      );
      if (ann) {
        await all(`INSERT INTO announcements (post_id, organization_id, audience_id) VALUES ($1, $2, $3)`, [row.id, org.id, randomUUID()]);
        if (ann.receipt) await all(`INSERT INTO announcement_receipts (post_id, user_id, organization_id) VALUES ($1, $2, $3)`, [row.id, viewer.id, org.id]);
      }
      posts.push({ id: row.id, createdAt, pinned: !!ann?.pinned, home: o.home, company: o.company ?? false, topics: o.topics ?? [] });
    }
    for (let round = 0; round < 3; round++) {
      await add({ author: stranger, home: true, company: true }); // the company feed
      await add({ author: stranger, team: mine.id, home: true }); // a team the viewer is in
      await add({ author: stranger, team: followed.id, home: true }); // a followed team
      await add({ author: friend, team: other.id, home: true }); // a followed person, elsewhere
      await add({ author: stranger, team: other.id, topics: ['design'], home: true }); // a followed topic, elsewhere
      await add({ author: stranger, team: other.id, topics: ['design', 'ux'], home: true });
      await add({ author: viewer, team: other.id, home: true }); // the viewer's own post
      await add({ author: stranger, team: other.id, topics: ['ux'], home: false }); // nothing the viewer follows
      await add({ author: stranger, team: secret.id, topics: ['design'], home: false }); // private: never, topic or follow
      await add({ author: stranger, team: other.id, status: 'PENDING', home: false });
      await add({ author: friend, team: other.id, deleted: true, home: false });
      await add({ author: hr, announcement: { pinned: true, receipt: true }, home: true, company: true }); // pinned, received
      await add({ author: hr, announcement: { pinned: false, receipt: true }, home: true, company: true }); // no longer pinned
      await add({ author: hr, team: other.id, topics: ['design'], announcement: { pinned: false, receipt: true }, home: true });
      await add({ author: hr, announcement: { pinned: true, receipt: false }, home: false }); // not for the viewer
      await add({ author: hr, topics: ['design'], announcement: { pinned: false, receipt: false }, home: false });
    }
    // Newest first; uuid order is the order of the lowercase hex text.
    const order = (a: Seeded, b: Seeded) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
    const homeList = posts.filter((p) => p.home);
    const expected = [...homeList.filter((p) => p.pinned).sort(order), ...homeList.filter((p) => !p.pinned).sort(order)].map((p) => p.id);
    expect(expected.slice(0, 3).length).toBe(3);

    expect(await walk(viewer, HOME)).toEqual(expected);
    // Other page sizes cut the same list.
    expect(await walk(viewer, HOME, {}, 2)).toEqual(expected);
    expect(await walk(viewer, HOME, {}, 20)).toEqual(expected);

    // The company feed and a topic feed, through their indexes, page the same way (no pin there).
    const company = posts.filter((p) => p.company).sort(order).map((p) => p.id);
    expect(await walk(viewer, COMPANY)).toEqual(company);
    const design = posts.filter((p) => p.topics.includes('design') && p.home).sort(order).map((p) => p.id);
    expect(await walk(viewer, TOPIC, { topic: 'design' })).toEqual(design);

    // An edit of a post's topics moves it between topic feeds (post_topics follows posts.topics).
    const moved = posts.find((p) => p.topics.includes('design') && p.home && !p.company) as Seeded;
    await all(`UPDATE posts SET topics = '{ux}' WHERE id = $1`, [moved.id]);
    expect(await walk(viewer, TOPIC, { topic: 'design' })).toEqual(design.filter((id) => id !== moved.id));
  }, 120_000);

  it('refuses a malformed or forged cursor as BAD_USER_INPUT', async () => {
    const org = await buildOrganization();
    const viewer = await buildUser(org);
    const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const after of ['nope', cursor(['2026-01-01', randomUUID()]), cursor([2, '2026-01-01 00:00:00+00', randomUUID()]), cursor([0, 'not a time', randomUUID()]), cursor([0, '2026-01-01 00:00:00+00', 'x'])]) {
      for (const query of [HOME, COMPANY]) {
        expect(codeOf(await gql(app).as(viewer).send(query, { first: 3, after }))).toBe('BAD_USER_INPUT');
      }
    }
    // A cursor of the earlier single-statement feed ([pin, created_at, id]) still reads.
    const res = await gql(app).as(viewer).send<{ homeFeed: Page }>(HOME, { first: 3, after: cursor([1, '2026-01-01 00:00:00+00', randomUUID()]) });
    expect(res.errors).toBeUndefined();
  });
});
