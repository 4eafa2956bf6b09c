import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { FeedsModule } from '@pillars/api/feeds';
import { all, closeTestDb, codeOf, createEmptyDatabase, createTestApp, gql, inTestTransaction, one, signInByEmail, testDb, type TestUser } from '@pillars/api/testing';
import { DEMO_ANNOUNCEMENT_TITLE, DEMO_MODERATED_TEAM, DEMO_PRIVATE_TEAM, seedDemoAnnouncement, seedDemoFeed, seedDemoIfEmpty, seedOrganization } from '@pillars/api/demo';
import { Pool } from 'pg';

type Node = { id: string; language: string | null; teamId: string | null; bodyHtml: string; topics: string[] };
type Page = { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const FEED = (name: string) => `query($after: String) { ${name}(first: 50, after: $after) { edges { node { id language teamId bodyHtml topics } } pageInfo { hasNextPage endCursor } } }`;

let app: INestApplication;
let orgId: string;
let seedMs: number;

async function seedDemoOrganization(slug: string): Promise<string> {
  return inTestTransaction(async (client) => {
    const { organizationId } = await seedOrganization(client, { users: 60, teams: 10, slug, name: 'Pillars Demo (spec)', seed: Date.now() % 1_000_000 });
    const started = Date.now();
    expect(await seedDemoFeed(client, organizationId)).toBe(true);
    seedMs = Date.now() - started;
    return organizationId;
  });
}

const login = (email: string): Promise<TestUser> => signInByEmail(orgId, email);

async function everything(actor: TestUser, feed: string): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  do {
    const res: { data?: Record<string, Page> | null; errors?: unknown } = await gql(app).as(actor).send<Record<string, Page>>(FEED(feed), { after });
    expect(res.errors).toBeUndefined();
    const page = (res.data as Record<string, Page>)[feed];
    nodes.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const counts = async () =>
  one(
    `SELECT (SELECT count(*) FROM posts WHERE organization_id = $1)::int AS posts, (SELECT count(*) FROM post_comments WHERE organization_id = $1)::int AS comments,
            (SELECT count(*) FROM post_reactions WHERE organization_id = $1)::int AS reactions, (SELECT count(*) FROM feed_follows WHERE organization_id = $1)::int AS follows,
            (SELECT count(*) FROM post_versions WHERE organization_id = $1)::int AS versions, (SELECT count(*) FROM teams WHERE organization_id = $1)::int AS teams,
            (SELECT count(*) FROM domain_events WHERE organization_id = $1)::int AS events,
            (SELECT count(*) FROM announcements WHERE organization_id = $1)::int AS announcements, (SELECT count(*) FROM announcement_receipts WHERE organization_id = $1)::int AS receipts,
            (SELECT count(*) FROM audiences WHERE organization_id = $1)::int AS audiences`,
    [orgId],
  );

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
  orgId = await seedDemoOrganization(`demo-spec-${Date.now().toString(36)}`);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

describe('demo seed: the lived-in feed', () => {
  it('fills the company feed and several teams in English, Arabic, Hebrew and Italian, with topics, mentions, threads, reactions and follows', async () => {
    const employee = await login('employee@pillars.demo');
    const company = await everything(employee, 'companyFeed');
    expect(company.length).toBeGreaterThanOrEqual(12);
    expect(new Set(company.map((p) => p.language))).toEqual(new Set(['en', 'ar', 'he', 'it']));
    const home = await everything(employee, 'homeFeed');
    expect(new Set(home.filter((p) => p.teamId).map((p) => p.language))).toEqual(new Set(['en', 'ar', 'he', 'it']));
    // Rendered by the feeds' renderer: topics as links, mentions as links, a table and code.
    const html = company.map((p) => p.bodyHtml).join('\n') + home.map((p) => p.bodyHtml).join('\n');
    expect(html).toContain('class="topic"');
    expect(html).toContain('class="mention" data-mention-user=');
    expect(html).toContain('<table>');
    expect(html).toContain('<code class="language-ts">');
    expect(html).not.toContain('<script');
    expect(company.flatMap((p) => p.topics)).toEqual(expect.arrayContaining(['onboarding', 'security', 'release']));

    const shape = await one<Record<string, number>>(
      `SELECT (SELECT count(DISTINCT team_id) FROM posts WHERE organization_id = $1 AND team_id IS NOT NULL)::int AS teams,
              (SELECT count(*) FROM posts WHERE organization_id = $1)::int AS posts,
              (SELECT count(*) FROM post_comments WHERE organization_id = $1 AND parent_id IS NOT NULL)::int AS replies,
              (SELECT count(DISTINCT user_id) FROM post_reactions WHERE organization_id = $1)::int AS reactors,
              (SELECT count(*) FROM posts WHERE organization_id = $1 AND version = 2 AND edited_at IS NOT NULL)::int AS edited,
              (SELECT count(*) FROM post_versions WHERE organization_id = $1)::int AS versions,
              (SELECT count(*) FROM posts p JOIN team_feeds f ON f.team_id = p.team_id WHERE p.organization_id = $1 AND f.requires_approval AND p.status = 'PENDING')::int AS pending,
              (SELECT count(DISTINCT user_id) FROM feed_follows WHERE organization_id = $1)::int AS followers,
              (SELECT count(*) FROM posts WHERE organization_id = $1 AND created_at < now() - interval '10 days')::int AS older`,
      [orgId],
    );
    expect(shape).toMatchObject({ edited: 1, versions: 1, pending: 1 });
    expect(shape?.['posts']).toBeGreaterThanOrEqual(35);
    expect(shape?.['teams']).toBeGreaterThanOrEqual(6);
    expect(shape?.['replies']).toBeGreaterThanOrEqual(5);
    expect(shape?.['reactors']).toBeGreaterThanOrEqual(10);
    expect(shape?.['followers']).toBeGreaterThanOrEqual(5);
    expect(shape?.['older']).toBeGreaterThan(0);
    // Seeding stays cheap (the first start must stay around a minute).
    expect(seedMs).toBeLessThan(5000);
  });

  it('keeps the private team to its members: not in companyFeed or homeFeed for the demo employee, in homeFeed for a member', async () => {
    const privateTeam = (await one<{ id: string }>(`SELECT t.id FROM teams t JOIN team_feeds f ON f.team_id = t.id AND f.visibility = 'PRIVATE' WHERE t.organization_id = $1 AND t.name = $2`, [orgId, DEMO_PRIVATE_TEAM])) as { id: string };
    const privatePosts = (await all<{ id: string }>(`SELECT id FROM posts WHERE team_id = $1`, [privateTeam.id])).map((r) => r.id);
    expect(privatePosts.length).toBeGreaterThanOrEqual(3);
    const employee = await login('employee@pillars.demo');
    const seen = [...(await everything(employee, 'companyFeed')), ...(await everything(employee, 'homeFeed'))].map((p) => p.id);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((id) => privatePosts.includes(id))).toEqual([]);
    expect(codeOf(await gql(app).as(employee).send(`query($id: ID!) { post(id: $id) { id } }`, { id: privatePosts[0] }))).toBe('NOT_FOUND');
    const admin = await login('admin@pillars.demo');
    expect((await everything(admin, 'homeFeed')).map((p) => p.id)).toEqual(expect.arrayContaining(privatePosts));
    // The moderated team's pending post is not in its feed for the employee either.
    const pending = await one<{ id: string }>(`SELECT p.id FROM posts p JOIN teams t ON t.id = p.team_id WHERE t.organization_id = $1 AND t.name = $2 AND p.status = 'PENDING'`, [orgId, DEMO_MODERATED_TEAM]);
    expect(seen).not.toContain(pending?.id);
  });

  it('pins a must-read HR announcement to the whole company first in the employee’s home feed, with a realistic mix of receipts', async () => {
    const HOME = `{ homeFeed(first: 5) { edges { node { id bodyHtml pinnedUntil isAnnouncement author { id } announcement { mustRead myReceipt { deliveredAt seenAt readAt acknowledgedAt } } } } } }`;
    type HomeNode = { id: string; bodyHtml: string; pinnedUntil: string | null; isAnnouncement: boolean; author: { id: string }; announcement: { mustRead: boolean; myReceipt: Record<string, string | null> | null } | null };
    const employee = await login('employee@pillars.demo');
    const hr = await login('hr@pillars.demo');
    const res = await gql(app).as(employee).send<{ homeFeed: { edges: { node: HomeNode }[] } }>(HOME);
    expect(res.errors).toBeUndefined();
    const first = (res.data as { homeFeed: { edges: { node: HomeNode }[] } }).homeFeed.edges[0].node;
    expect(first).toMatchObject({ isAnnouncement: true, author: { id: hr.id }, announcement: { mustRead: true, myReceipt: { deliveredAt: expect.any(String), acknowledgedAt: null } } });
    expect(first.bodyHtml).toContain(DEMO_ANNOUNCEMENT_TITLE);
    expect(Date.parse(first.pinnedUntil ?? '')).toBeGreaterThan(Date.now() + 20 * 24 * 3_600_000);

    const reach = await gql(app).as(hr).send<{ announcementReach: { totals: Record<string, number>; teams: { edges: unknown[] } } }>(
      `query($id: ID!) { announcementReach(id: $id) { totals { audience delivered seen read acknowledged seenPercent readPercent acknowledgedPercent } teams(first: 20) { edges { node { teamId } } } } }`,
      { id: first.id },
    );
    expect(reach.errors).toBeUndefined();
    const { totals, teams } = (reach.data as { announcementReach: { totals: Record<string, number>; teams: { edges: unknown[] } } }).announcementReach;
    expect(totals['delivered']).toBeGreaterThanOrEqual(Math.floor(totals['audience'] * 0.85));
    expect(totals['delivered']).toBeLessThanOrEqual(totals['audience']);
    expect(totals['seenPercent']).toBeGreaterThan(45);
    expect(totals['seenPercent']).toBeLessThan(90);
    expect(totals['readPercent']).toBeGreaterThan(30);
    expect(totals['readPercent']).toBeLessThan(totals['seenPercent']);
    expect(totals['acknowledgedPercent']).toBeGreaterThan(15);
    expect(totals['acknowledgedPercent']).toBeLessThan(totals['readPercent']);
    expect(teams.edges.length).toBeGreaterThan(0);
  });

  it('is a no-op when run again', async () => {
    const before = await counts();
    const client = await testDb().connect();
    try {
      await seedDemoAnnouncement(client, orgId);
      expect(await seedDemoFeed(client, orgId)).toBe(false);
    } finally {
      client.release();
    }
    expect(await counts()).toEqual(before);
  });

  it('the first start seeds the demo organisation with its feed; a second start changes nothing', async () => {
    const empty = await createEmptyDatabase();
    const pool = new Pool({ connectionString: empty.url, max: 1 });
    pool.on('error', () => undefined); // the drop below may end an idle connection first
    try {
      const messages: string[] = [];
      const started = Date.now();
      expect(await seedDemoIfEmpty(empty.url, (m) => messages.push(m))).toBe(true);
      const firstMs = Date.now() - started;
      const q = async () =>
        (await pool.query(`SELECT (SELECT count(*) FROM organizations)::int AS orgs, (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM posts)::int AS posts,
          (SELECT count(*) FROM post_comments)::int AS comments, (SELECT count(*) FROM post_reactions)::int AS reactions, (SELECT count(*) FROM feed_follows)::int AS follows,
          (SELECT count(DISTINCT language) FROM posts)::int AS languages`)).rows[0];
      const after = await q();
      expect(after).toMatchObject({ orgs: 1, languages: 4 });
      expect(after.posts).toBeGreaterThanOrEqual(35);
      expect(messages.some((m) => m.startsWith('demo feed:'))).toBe(true);
      expect(await seedDemoIfEmpty(empty.url, () => undefined)).toBe(false);
      expect(await q()).toEqual(after);
      process.stdout.write(`demo seed on an empty database: ${firstMs} ms (${messages.at(-1)})\n`);
    } finally {
      await pool.end();
      await empty.drop();
    }
  });
});

describe('demo seed: people who say what they know', () => {
  type Person = { id: string; name: string; locale: string; skills: string[]; about: string | null; languages: string[]; workingHours: { days: number[]; start: string; end: string } | null };
  const PEOPLE = `query($skill: String, $query: String) { people(skill: $skill, query: $query, first: 100) { totalCount edges { node { id name locale skills about languages workingHours { days start end } } } } }`;
  const people = async (variables: { skill?: string; query?: string }) => {
    const res = await gql(app).as(await login('manager@pillars.demo')).send<{ people: { totalCount: number; edges: { node: Person }[] } }>(PEOPLE, variables);
    expect(res.errors).toBeUndefined();
    return (res.data as { people: { totalCount: number; edges: { node: Person }[] } }).people;
  };

  it('gives most people skills, languages and hours in every language, findable by skill; the demo employee starts blank', async () => {
    const everyone = (await people({})).edges.map((e) => e.node);
    const withSkills = everyone.filter((p) => p.skills.length > 0);
    expect(withSkills.length).toBeGreaterThanOrEqual(everyone.length / 2);
    expect(new Set(withSkills.map((p) => p.locale))).toEqual(new Set(['en', 'ar', 'he', 'it']));
    // Tags and about lines in every script, not only English ones.
    expect(withSkills.some((p) => p.skills.some((s) => /[\u0600-\u06FF]/.test(s)))).toBe(true);
    expect(withSkills.some((p) => p.skills.some((s) => /[\u0590-\u05FF]/.test(s)))).toBe(true);
    expect(everyone.some((p) => p.about && /[\u0600-\u06FF]/.test(p.about))).toBe(true);
    // A Hebrew speaker's week runs Sunday to Thursday.
    expect(everyone.find((p) => p.locale === 'he' && p.workingHours)?.workingHours?.days).toEqual([1, 2, 3, 4, 7]);
    const noa = everyone.find((p) => p.name === 'Noa Levi');
    expect(noa).toMatchObject({ skills: [], about: null, languages: [], workingHours: null });

    // "Who knows Kubernetes": a handful of people, by the tag and by free text alike.
    const bySkill = await people({ skill: 'kubernetes' });
    expect(bySkill.totalCount).toBeGreaterThanOrEqual(2);
    expect(bySkill.totalCount).toBeLessThanOrEqual(10);
    expect(bySkill.edges.every((e) => e.node.skills.includes('Kubernetes'))).toBe(true);
    const byText = await people({ query: 'Kubernetes' });
    expect(byText.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(bySkill.edges.map((e) => e.node.id)));
  });
});

