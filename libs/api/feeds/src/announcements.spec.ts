import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, appUrl, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, countQueries, createTestApp, gql, one, testDb, TestOrg, TestUser } from '@pillars/api/testing';
import { randomUUID } from 'node:crypto';
import { AnnouncementFanoutJobs } from './announcement-fanout.jobs';
import { AnnouncementsService } from './announcements.service';
import { csvCell } from './announcement-receipts.controller';
import { FeedsModule } from './feeds.module';

const INFO = `id isAnnouncement pinnedUntil bodyHtml topics announcement { mustRead audienceId myReceipt { deliveredAt seenAt readAt acknowledgedAt } }`;
const PUBLISH = `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { post { ${INFO} } } }`;
const POST = `query($id: ID!) { post(id: $id) { ${INFO} } }`;
const HOME = `query($first: Int) { homeFeed(first: $first) { edges { node { id } } } }`;
const COMPANY = `query { companyFeed { edges { node { id } } } }`;
const TOPIC = `query($topic: String!) { topicFeed(topic: $topic) { edges { node { id } } } }`;
const SEEN = `mutation($id: ID!) { markAnnouncementSeen(id: $id) { post { ${INFO} } } }`;
const READ = `mutation($id: ID!) { markAnnouncementRead(id: $id) { post { ${INFO} } } }`;
const ACK = `mutation($id: ID!) { acknowledgeAnnouncement(id: $id) { post { ${INFO} } } }`;
const REACH = `query($id: ID!, $first: Int, $after: String) { announcementReach(id: $id) { id mustRead lastRemindedAt
  totals { audience delivered seen read acknowledged seenPercent readPercent acknowledgedPercent }
  teams(first: $first, after: $after) { edges { node { teamId name counts { delivered seen read acknowledged readPercent } } } pageInfo { hasNextPage endCursor } } } }`;
const PENDING = `query($id: ID!, $state: AnnouncementPendingState!, $first: Int, $after: String) { announcementPending(id: $id, state: $state, first: $first, after: $after) {
  edges { node { user { id name } deliveredAt readAt } } pageInfo { hasNextPage endCursor } } }`;
const REMIND = `mutation($id: ID!) { remindAnnouncement(id: $id) { remindedCount nextReminderAt } }`;
const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind targetType targetId available } } } }`;

type Info = { id: string; isAnnouncement: boolean; pinnedUntil: string | null; bodyHtml: string; topics: string[]; announcement: { mustRead: boolean; audienceId: string | null; myReceipt: { deliveredAt: string; seenAt: string | null; readAt: string | null; acknowledgedAt: string | null } | null } | null };

let app: INestApplication;
let events: EventsService;
let fanout: AnnouncementFanoutJobs;

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
  events = app.get(EventsService);
  fanout = app.get(AnnouncementFanoutJobs);
});
afterAll(async () => {
  await drain();
  await app.close();
  await closeTestDb();
});

/** Outbox handlers, the fan-out steps they start, and the events those append, until quiet. */
async function drain(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await events.kick();
    await fanout.settled();
  }
}

async function publish(actor: TestUser, input: Record<string, unknown>): Promise<Info> {
  const res = await gql(app).as(actor).send<{ publishAnnouncement: { post: Info } }>(PUBLISH, { input });
  expect(res.errors).toBeUndefined();
  return (res.data as { publishAnnouncement: { post: Info } }).publishAnnouncement.post;
}
const to = (userIds: string[]) => ({ rules: { include: [{ kind: 'USERS', userIds }] } });
async function ids(actor: TestUser, query: string, vars: Record<string, unknown> = {}): Promise<string[]> {
  const res = await gql(app).as(actor).send<Record<string, { edges: { node: { id: string } }[] }>>(query, vars);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data ?? {})[0].edges.map((e) => e.node.id);
}
async function info(actor: TestUser, id: string): Promise<Info> {
  const res = await gql(app).as(actor).send<{ post: Info }>(POST, { id });
  expect(res.errors).toBeUndefined();
  return (res.data as { post: Info }).post;
}
const csv = (actor: TestUser | null, id: string) => fetch(`${appUrl(app)}/announcements/${id}/receipts.csv`, { headers: actor ? { cookie: `pillars_session=${actor.token}` } : {} });

/** Many people at once through the directory's users writer (no sessions: they never sign in). */
async function bulkUsers(org: TestOrg, count: number): Promise<string[]> {
  const people = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), email: `bulk${i}-${randomUUID().slice(0, 8)}@${org.slug}.test`, name: `Bulk ${String(i).padStart(5, '0')}`, roles: [], status: 'ACTIVE', locale: 'en' }));
  await testDb().query(`SELECT pillars_insert_users($1, $2::jsonb, false)`, [org.id, JSON.stringify(people)]);
  return people.map((p) => p.id);
}

describe('publishing announcements', () => {
  it('lets HR and admins publish to any audience and team leads to their own team only; everyone else is FORBIDDEN', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org, { name: 'Ops' });
    const other = await buildTeam(org, { name: 'Sales' });
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const lead = await buildUser(org, { leadOf: [team.id] });
    const member = await buildUser(org, { teamIds: [team.id] });
    const employee = await buildUser(org);
    const teamRule = (teamId: string) => ({ rules: { include: [{ kind: 'TEAM', teamId, includeSubTeams: true }] } });

    const ABILITIES = `{ abilities { canAnnounce canAnnounceToAnyone } }`;
    const abilities = async (u: TestUser) => (await gql(app).as(u).send<{ abilities: Record<string, boolean> }>(ABILITIES)).data?.abilities;
    expect(await abilities(employee)).toEqual({ canAnnounce: false, canAnnounceToAnyone: false });
    expect(await abilities(lead)).toEqual({ canAnnounce: true, canAnnounceToAnyone: false });
    expect(await abilities(hr)).toEqual({ canAnnounce: true, canAnnounceToAnyone: true });
    expect(await abilities(admin)).toEqual({ canAnnounce: true, canAnnounceToAnyone: true });
    expect(codeOf(await gql(app).as(employee).send(PUBLISH, { input: { body: 'hi', audience: to([member.id]) } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(lead).send(PUBLISH, { input: { body: 'hi', teamId: team.id, audience: teamRule(other.id) } }))).toBe('FEEDS_AUDIENCE_OUTSIDE_TEAM');
    expect(codeOf(await gql(app).as(lead).send(PUBLISH, { input: { body: 'hi', teamId: other.id, audience: teamRule(other.id) } }))).toBe('FEEDS_AUDIENCE_OUTSIDE_TEAM');
    expect(codeOf(await gql(app).as(lead).send(PUBLISH, { input: { body: 'hi', teamId: team.id, audience: { rules: { include: [{ kind: 'ALL' }] } } } }))).toBe('FEEDS_AUDIENCE_OUTSIDE_TEAM');
    expect(codeOf(await gql(app).as(lead).send(PUBLISH, { input: { body: 'hi', audience: teamRule(team.id) } }))).toBe('FEEDS_AUDIENCE_OUTSIDE_TEAM');

    const byLead = await publish(lead, { body: 'Team **meeting** #Ops', teamId: team.id, audience: teamRule(team.id) });
    expect(byLead).toMatchObject({ isAnnouncement: true, bodyHtml: '<p>Team <strong>meeting</strong> <a href="/topics/ops" class="topic">#Ops</a></p>', topics: ['ops'] });
    expect(byLead.announcement?.audienceId).toEqual(expect.any(String));
    const byHr = await publish(hr, { body: 'To all', mustRead: true, audience: { rules: { include: [{ kind: 'ALL' }] } } });
    expect(byHr.announcement).toMatchObject({ mustRead: true, myReceipt: null });
    // A stored audience may be reused by HR and admins.
    await publish(admin, { body: 'Again', audience: { audienceId: byHr.announcement?.audienceId } });
    await drain();
    expect((await info(member, byLead.id)).announcement?.myReceipt?.deliveredAt).toEqual(expect.any(String));
    expect((await info(member, byLead.id)).announcement?.audienceId).toBeNull();
  });

  it('validates input with coded errors and writes nothing on failure', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const bad = async (input: Record<string, unknown>) => {
      const res = await gql(app).as(hr).send(PUBLISH, { input });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return res.errors?.[0]?.extensions?.fields;
    };
    expect(await bad({ body: 'x', audience: {} })).toEqual([{ field: 'audience', rule: 'exactlyOne' }]);
    expect(await bad({ body: 'x', audience: { ...to([hr.id]), audienceId: randomUUID() } })).toEqual([{ field: 'audience', rule: 'exactlyOne' }]);
    expect(await bad({ body: 'x', audience: to([hr.id]), pinnedUntil: new Date(Date.now() - 60_000).toISOString() })).toEqual([{ field: 'pinnedUntil', rule: 'futureWithinYear' }]);
    expect(await bad({ body: 'x', audience: to([hr.id]), pinnedUntil: new Date(Date.now() + 400 * 86_400_000).toISOString() })).toEqual([{ field: 'pinnedUntil', rule: 'futureWithinYear' }]);
    expect(await bad({ body: 'x', audience: { audienceId: randomUUID() } })).toEqual([{ field: 'audience.audienceId', rule: 'exists' }]);
    // A team or person of another organisation reads like a missing one.
    const stranger = await buildUser(await buildOrganization());
    expect(await bad({ body: 'x', audience: to([stranger.id]) })).toEqual([expect.objectContaining({ rule: 'exists' })]);
    await bad({ body: 'x\u0000', audience: to([hr.id]) });
    await bad({ body: 'x', audience: { rules: { include: [{ kind: 'TEAM' }] } } });
    expect(await all(`SELECT id FROM posts WHERE author_id = $1`, [hr.id])).toEqual([]);
    expect(await all(`SELECT id FROM audiences WHERE organization_id = $1`, [org.id])).toEqual([]);
  });
});

describe('who sees an announcement', () => {
  it('shows it to recipients (pinned first in the home feed) and nowhere to anyone else', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org, { name: 'Ana' });
    const outsider = await buildUser(org, { name: 'Otto' });
    const older = (await gql(app).as(ana).send<{ createPost: { post: { id: string } } }>(`mutation { createPost(input: { body: "plain #news" }) { post { id } } }`)).data?.createPost.post.id as string;
    const a = await publish(hr, { body: 'Secret plan #news', audience: to([ana.id]), pinnedUntil: new Date(Date.now() + 86_400_000).toISOString() });
    const later = (await gql(app).as(ana).send<{ createPost: { post: { id: string } } }>(`mutation { createPost(input: { body: "newer" }) { post { id } } }`)).data?.createPost.post.id as string;
    await drain();

    expect(await ids(ana, HOME)).toEqual([a.id, later, older]);
    expect((await info(ana, a.id)).announcement?.myReceipt?.deliveredAt).toEqual(expect.any(String));
    expect(await ids(hr, HOME)).toContain(a.id);
    const notes = await gql(app).as(ana).send<{ notifications: { edges: { node: { kind: string; targetId: string; available: boolean } }[] } }>(NOTIFICATIONS);
    expect(notes.data?.notifications.edges.map((e) => e.node)).toEqual([expect.objectContaining({ kind: 'feeds.announcement', targetId: a.id, available: true })]);

    // The outsider, through every feeds read path.
    expect(await ids(outsider, HOME)).not.toContain(a.id);
    expect(await ids(outsider, COMPANY)).not.toContain(a.id);
    expect(await ids(outsider, TOPIC, { topic: 'news' })).toEqual([older]);
    expect(codeOf(await gql(app).as(outsider).send(POST, { id: a.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(`mutation($id: ID!) { createComment(input: { postId: $id, body: "hi" }) { comment { id } } }`, { id: a.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(`mutation($id: ID!) { react(input: { postId: $id, kind: LIKE }) { post { id } } }`, { id: a.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(SEEN, { id: a.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(REACH, { id: a.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(REMIND, { id: a.id }))).toBe('NOT_FOUND');
    expect((await csv(outsider, a.id)).status).toBe(404);
    // Comments and who-reacted through the recipient stay behind the same rule.
    const comment = await gql(app).as(ana).send<{ createComment: { comment: { id: string } } }>(`mutation($id: ID!, $body: String!) { createComment(input: { postId: $id, body: $body }) { comment { id } } }`, { id: a.id, body: `noted @[Otto](user:${outsider.id})` });
    expect(comment.errors).toBeUndefined();
    expect((await gql(app).as(ana).send(`mutation($id: ID!) { react(input: { postId: $id, kind: LIKE }) { post { id } } }`, { id: a.id })).errors).toBeUndefined();
    expect(codeOf(await gql(app).as(outsider).send(`query($id: ID!) { post(id: $id) { comments { edges { node { id } } } reactors { edges { node { user { id } } } } } }`, { id: a.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: comment.data?.createComment.comment.id }))).toBe('NOT_FOUND');
    await drain();
    const outsiderNotes = await gql(app).as(outsider).send<{ notifications: { edges: unknown[] } }>(NOTIFICATIONS);
    expect(outsiderNotes.data?.notifications.edges).toEqual([]);
    // Another organisation's HR sees nothing either.
    const foreignHr = await buildUser(await buildOrganization(), { roles: ['HR'] });
    expect(codeOf(await gql(app).as(foreignHr).send(POST, { id: a.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(foreignHr).send(REACH, { id: a.id }))).toBe('NOT_FOUND');
  });
});

describe('home feed with announcements', () => {
  it('resolves announcement fields in a constant number of statements for first=20 and first=100', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org);
    const first = await publish(hr, { body: 'note', mustRead: true, audience: to([ana.id]), pinnedUntil: new Date(Date.now() + 86_400_000).toISOString() });
    await drain();
    // More of the same straight in SQL (publishing is rate-limited per person): 110 in all, 11 pinned.
    await testDb().query(
      `WITH p AS (INSERT INTO posts (organization_id, author_id, body, body_html, status, is_announcement, pinned_until, created_at)
                  SELECT $1, $2, 'n' || i, '<p>n</p>', 'PUBLISHED', true, CASE WHEN i % 11 = 0 THEN now() + interval '1 day' END, now() - i * interval '1 second'
                    FROM generate_series(1, 109) i RETURNING id),
            a AS (INSERT INTO announcements (post_id, organization_id, audience_id, must_read) SELECT p.id, $1, an.audience_id, false FROM p, announcements an WHERE an.post_id = $4 RETURNING post_id)
       INSERT INTO announcement_receipts (post_id, user_id, organization_id) SELECT post_id, $3, $1 FROM a`,
      [org.id, hr.id, ana.id, first.id],
    );
    const page = `query($first: Int) { homeFeed(first: $first) { edges { node { ${INFO} author { id } reactionCounts { kind } myReaction commentCount } } } }`;
    const run = (first: number) => countQueries(async () => {
      const res = await gql(app).as(ana).send<{ homeFeed: { edges: { node: Info }[] } }>(page, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data?.homeFeed.edges).toHaveLength(first);
      expect(res.data?.homeFeed.edges.every((e) => e.node.announcement?.myReceipt?.deliveredAt)).toBe(true);
      // Pinned ones first.
      if (first > 10) expect(res.data?.homeFeed.edges.map((e) => !!e.node.pinnedUntil).slice(0, 11)).toEqual([...Array(10).fill(true), false]);
    });
    await run(5);
    expect(await run(100)).toBe(await run(20));
  }, 60_000);
});

describe('receipts', () => {
  it('move forward only, keep their first timestamps, and belong to recipients', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org);
    const plain = await publish(hr, { body: 'fyi', audience: to([ana.id]) });
    const must = await publish(hr, { body: 'must', mustRead: true, audience: to([ana.id]) });
    await drain();

    const seen = (await gql(app).as(ana).send<{ markAnnouncementSeen: { post: Info } }>(SEEN, { id: plain.id })).data?.markAnnouncementSeen.post.announcement?.myReceipt;
    expect(seen).toMatchObject({ seenAt: expect.any(String), readAt: null });
    const read = (await gql(app).as(ana).send<{ markAnnouncementRead: { post: Info } }>(READ, { id: plain.id })).data?.markAnnouncementRead.post.announcement?.myReceipt;
    expect(read?.seenAt).toBe(seen?.seenAt);
    expect(read?.readAt).toEqual(expect.any(String));
    const again = (await gql(app).as(ana).send<{ markAnnouncementSeen: { post: Info } }>(SEEN, { id: plain.id })).data?.markAnnouncementSeen.post.announcement?.myReceipt;
    expect(again).toEqual(read);
    expect(codeOf(await gql(app).as(ana).send(ACK, { id: plain.id }))).toBe('FEEDS_NOT_MUST_READ');

    // Acknowledging implies seen and read; a second "Got it" changes nothing.
    const ack = (await gql(app).as(ana).send<{ acknowledgeAnnouncement: { post: Info } }>(ACK, { id: must.id })).data?.acknowledgeAnnouncement.post.announcement?.myReceipt;
    expect(ack).toMatchObject({ seenAt: expect.any(String), readAt: expect.any(String), acknowledgedAt: expect.any(String) });
    const ack2 = (await gql(app).as(ana).send<{ acknowledgeAnnouncement: { post: Info } }>(ACK, { id: must.id })).data?.acknowledgeAnnouncement.post.announcement?.myReceipt;
    expect(ack2).toEqual(ack);
    // The author (HR) reads it but holds no receipt.
    expect(codeOf(await gql(app).as(hr).send(SEEN, { id: must.id }))).toBe('FEEDS_NOT_A_RECIPIENT');
    expect(codeOf(await gql(app).as(ana).send(SEEN, { id: 'not-an-id' }))).toBe('BAD_USER_INPUT');
  });
});

describe('reach', () => {
  it('counts overall and by team tree, lists who is pending by keyset, reminds once a day and exports CSV', async () => {
    const org = await buildOrganization();
    const parent = await buildTeam(org, { name: 'Engineering' });
    const child = await buildTeam(org, { name: 'Platform', parentId: parent.id });
    const hr = await buildUser(org, { roles: ['HR'] });
    const lead = await buildUser(org, { leadOf: [parent.id], name: 'Pia' });
    const c1 = await buildUser(org, { teamIds: [child.id], name: 'Carl' });
    const c2 = await buildUser(org, { teamIds: [child.id], name: '=HYPERLINK("http://evil")' });
    const outsider = await buildUser(org);
    const a = await publish(lead, { body: 'Read me', mustRead: true, teamId: parent.id, audience: { rules: { include: [{ kind: 'TEAM', teamId: parent.id, includeSubTeams: true }] } } });
    await drain();
    await gql(app).as(c1).send(READ, { id: a.id });
    await gql(app).as(c2).send(ACK, { id: a.id });

    const reach = async (actor: TestUser, vars: Record<string, unknown> = {}) => {
      const res = await gql(app).as(actor).send<{ announcementReach: { totals: Record<string, number>; teams: { edges: { node: { name: string; counts: Record<string, number> } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }>(REACH, { id: a.id, ...vars });
      expect(res.errors).toBeUndefined();
      return res.data?.announcementReach;
    };
    const byLead = await reach(lead);
    expect(byLead?.totals).toEqual({ audience: 3, delivered: 3, seen: 2, read: 2, acknowledged: 1, seenPercent: 66.7, readPercent: 66.7, acknowledgedPercent: 33.3 });
    expect(byLead?.teams.edges.map((e) => [e.node.name, e.node.counts])).toEqual([
      ['Engineering', { delivered: 3, seen: 2, read: 2, acknowledged: 1, readPercent: 66.7 }],
      ['Platform', { delivered: 2, seen: 2, read: 2, acknowledged: 1, readPercent: 100 }],
    ]);
    const page1 = await reach(hr, { first: 1 });
    expect(page1?.teams.edges.map((e) => e.node.name)).toEqual(['Engineering']);
    expect(page1?.teams.pageInfo.hasNextPage).toBe(true);
    expect((await reach(hr, { first: 1, after: page1?.teams.pageInfo.endCursor }))?.teams.edges.map((e) => e.node.name)).toEqual(['Platform']);
    expect(codeOf(await gql(app).as(c1).send(REACH, { id: a.id }))).toBe('NOT_FOUND');

    const pending = async (state: string, first?: number, after?: string) => {
      const res = await gql(app).as(hr).send<{ announcementPending: { edges: { node: { user: { name: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(PENDING, { id: a.id, state, first, after });
      expect(res.errors).toBeUndefined();
      return res.data?.announcementPending;
    };
    expect((await pending('UNREAD'))?.edges.map((e) => e.node.user.name)).toEqual(['Pia']);
    const p1 = await pending('UNACKNOWLEDGED', 1);
    expect(p1?.edges.map((e) => e.node.user.name)).toEqual(['Carl']);
    expect(p1?.pageInfo.hasNextPage).toBe(true);
    const p2 = await pending('UNACKNOWLEDGED', 1, p1?.pageInfo.endCursor);
    expect(p2?.edges.map((e) => e.node.user.name)).toEqual(['Pia']);
    expect(p2?.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await gql(app).as(outsider).send(PENDING, { id: a.id, state: 'UNREAD' }))).toBe('NOT_FOUND');
    // Hostile cursors and sizes are coded input errors.
    expect(codeOf(await gql(app).as(hr).send(PENDING, { id: a.id, state: 'UNREAD', after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app).as(hr).send(PENDING, { id: a.id, state: 'UNREAD', first: 100_000 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app).as(hr).send(REACH, { id: a.id, after: 'garbage' }))).toBe('BAD_USER_INPUT');

    // Remind the rest: the two who have not acknowledged (the author is one of them, and is the actor: not notified).
    const remind = await gql(app).as(hr).send<{ remindAnnouncement: { remindedCount: number } }>(REMIND, { id: a.id });
    expect(remind.errors).toBeUndefined();
    expect(remind.data?.remindAnnouncement.remindedCount).toBe(2);
    const reminded = await all<{ recipient_id: string }>(`SELECT recipient_id FROM notifications WHERE kind = 'feeds.must_read_reminder' AND target_id = $1 ORDER BY recipient_id`, [a.id]);
    expect(reminded.map((r) => r.recipient_id).sort()).toEqual([c1.id, lead.id].sort());
    const twice = await gql(app).as(lead).send(REMIND, { id: a.id });
    expect(codeOf(twice)).toBe('FEEDS_REMINDED_RECENTLY');
    expect(twice.errors?.[0]?.extensions?.['retryAfter']).toBeGreaterThan(86_000);
    expect(codeOf(await gql(app).as(c1).send(REMIND, { id: a.id }))).toBe('NOT_FOUND');
    await testDb().query(`UPDATE announcements SET last_reminded_at = now() - interval '25 hours' WHERE post_id = $1`, [a.id]);
    expect((await gql(app).as(hr).send(REMIND, { id: a.id })).errors).toBeUndefined();
    // Per person, reminders are rate-limited as well (every attempt counts).
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 10; i++) codes.push(codeOf(await gql(app).as(lead).send(REMIND, { id: a.id })));
    expect(codes.slice(0, 9).every((c) => c === 'FEEDS_REMINDED_RECENTLY')).toBe(true);
    expect(codes[9]).toBe('RATE_LIMITED');

    // CSV: everyone with a receipt, ISO UTC timestamps, formulas defused.
    const res = await csv(hr, a.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('name,email,team,delivered_at,seen_at,read_at,acknowledged_at');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(new RegExp(`^"'=HYPERLINK\\(""http://evil""\\)",${c2.email},Platform,\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z,[^,]+Z,[^,]+Z,[^,]+Z$`));
    expect(lines[2]).toMatch(new RegExp(`^Carl,${c1.email},Platform,[^,]+Z,[^,]+Z,[^,]+Z,$`));
    expect(lines[3]).toMatch(new RegExp(`^Pia,${lead.email},Engineering,[^,]+Z,,,$`));
    expect((await csv(lead, a.id)).status).toBe(200);
    expect((await csv(c1, a.id)).status).toBe(404);
    expect((await csv(null, a.id)).status).toBe(401);
    expect((await csv(hr, 'nope')).status).toBe(404);
  });

  it('defuses every formula prefix in a CSV cell', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain', 'a,b', 'say "hi"'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", 'plain', '"a,b"', '"say ""hi"""']);
  });
});

describe('fan-out', () => {
  it('answers before delivery, then gives everyone in a large audience exactly one receipt and one notification, even when a step runs again', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const people = await bulkUsers(org, 2500);
    // Small steps, so 2,501 people take three receipt steps and three notification steps.
    const sizes = fanout.batches;
    fanout.batches = { receipts: 1000, notify: 1000 };
    // Delivery waits at a gate until the request has answered: the answer cannot depend on it,
    // and the count at the answer does not race the in-process steps that follow the commit.
    const service = app.get(AnnouncementsService);
    const deliver = service.deliverReceipts.bind(service);
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const held = jest.spyOn(service, 'deliverReceipts').mockImplementation(async (...args) => {
      await gate;
      return deliver(...args);
    });
    try {
      const a = await publish(hr, { body: 'Company news', audience: { rules: { include: [{ kind: 'ALL' }] } } });
      const atAnswer = await one<{ n: number }>(`SELECT count(*)::int AS n FROM announcement_receipts WHERE post_id = $1`, [a.id]);
      expect(atAnswer?.n).toBe(0);
      open();
      await drain();
      // No receipt was written by the publishing transaction (its now() is the post's created_at); they came in steps, and the last marked it delivered.
      const steps = await one<{ inRequest: number; stamps: number; notifiedStamps: number; delivered: boolean }>(
        `SELECT count(*) FILTER (WHERE r.delivered_at = p.created_at)::int AS "inRequest", count(DISTINCT r.delivered_at)::int AS stamps,
                count(DISTINCT r.notified_at)::int AS "notifiedStamps", bool_and(a.delivered_at IS NOT NULL) AS delivered
           FROM announcement_receipts r JOIN posts p ON p.id = r.post_id JOIN announcements a ON a.post_id = r.post_id WHERE r.post_id = $1`, [a.id]);
      expect(steps).toEqual({ inRequest: 0, stamps: 3, notifiedStamps: 3, delivered: true });
      const count = async () => one<{ receipts: number; distinctReceipts: number; unnotified: number; notes: number; distinctNotes: number }>(
        `SELECT (SELECT count(*)::int FROM announcement_receipts WHERE post_id = $1) AS receipts,
                (SELECT count(DISTINCT user_id)::int FROM announcement_receipts WHERE post_id = $1) AS "distinctReceipts",
                (SELECT count(*)::int FROM announcement_receipts WHERE post_id = $1 AND notified_at IS NULL) AS unnotified,
                (SELECT count(*)::int FROM notifications WHERE kind = 'feeds.announcement' AND target_id = $1) AS notes,
                (SELECT count(DISTINCT recipient_id)::int FROM notifications WHERE kind = 'feeds.announcement' AND target_id = $1) AS "distinctNotes"`,
        [a.id],
      );
      // Everyone including the author gets a receipt; the author is not notified of their own announcement.
      const expected = { receipts: people.length + 1, distinctReceipts: people.length + 1, unnotified: 0, notes: people.length, distinctNotes: people.length };
      expect(await count()).toEqual(expected);
      await fanout.step({ organizationId: org.id, postId: a.id, after: null });
      await Promise.all([
        fanout.step({ organizationId: org.id, postId: a.id, after: null }),
        fanout.step({ organizationId: org.id, postId: a.id, phase: 'notify', after: null }),
        fanout.step({ organizationId: org.id, postId: a.id, phase: 'notify', after: null }),
      ]);
      await drain();
      expect(await count()).toEqual(expected);
    } finally {
      open();
      held.mockRestore();
      fanout.batches = sizes;
    }
  }, 120_000);

  it('lets its audience read it from the publishing commit on, before their receipt exists, and opening it writes the receipt', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const member = await buildUser(org);
    const outsider = await buildUser(org);
    const a = await publish(hr, { body: 'Early readers', mustRead: true, audience: { rules: { include: [{ kind: 'USERS', userIds: [member.id] }] } } });
    await drain();
    // As if the receipt step had not reached them yet.
    await testDb().query(`DELETE FROM announcement_receipts WHERE post_id = $1 AND user_id = $2`, [a.id, member.id]);
    expect((await gql(app).as(member).send(POST, { id: a.id })).errors).toBeUndefined();
    expect(codeOf(await gql(app).as(outsider).send(POST, { id: a.id }))).toBe('NOT_FOUND');
    expect((await gql(app).as(member).send(SEEN, { id: a.id })).errors).toBeUndefined();
    expect(await one(`SELECT seen_at IS NOT NULL AS seen, notified_at IS NULL AS "toNotify" FROM announcement_receipts WHERE post_id = $1 AND user_id = $2`, [a.id, member.id])).toEqual({ seen: true, toNotify: false });
    expect(codeOf(await gql(app).as(outsider).send(SEEN, { id: a.id }))).toBe('NOT_FOUND');
  });

  it('resumes a fan-out its process left half-way: the missing receipts, then the missing notifications, once', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const people = await bulkUsers(org, 30);
    const a = await publish(hr, { body: 'Half-way', audience: { rules: { include: [{ kind: 'ALL' }] } } });
    await drain();
    // As if the process had ended after 10 receipts (the rest never written) three minutes ago.
    await testDb().query(`DELETE FROM notifications WHERE target_id = $1`, [a.id]);
    await testDb().query(`DELETE FROM announcement_receipts WHERE post_id = $1 AND user_id IN (SELECT user_id FROM announcement_receipts WHERE post_id = $1 ORDER BY user_id OFFSET 10)`, [a.id]);
    await testDb().query(`UPDATE announcement_receipts SET notified_at = NULL, delivered_at = now() - interval '3 minutes' WHERE post_id = $1`, [a.id]);
    await testDb().query(`UPDATE announcements SET delivered_at = NULL, created_at = now() - interval '3 minutes' WHERE post_id = $1`, [a.id]);
    // A fresh fan-out (another announcement, just published) is not taken for a stalled one.
    const fresh = await publish(hr, { body: 'Fresh', audience: { rules: { include: [{ kind: 'ALL' }] } } });
    await testDb().query(`UPDATE announcements SET delivered_at = NULL WHERE post_id = $1`, [fresh.id]);
    expect(await fanout.sweep(org.id)).toBe(1);
    await drain();
    const state = () => one<{ receipts: number; unnotified: number; notes: number; delivered: boolean }>(
      `SELECT (SELECT count(*)::int FROM announcement_receipts WHERE post_id = $1) AS receipts,
              (SELECT count(*)::int FROM announcement_receipts WHERE post_id = $1 AND notified_at IS NULL) AS unnotified,
              (SELECT count(*)::int FROM notifications WHERE target_id = $1) AS notes,
              (SELECT delivered_at IS NOT NULL FROM announcements WHERE post_id = $1) AS delivered`, [a.id]);
    expect(await state()).toEqual({ receipts: people.length + 1, unnotified: 0, notes: people.length, delivered: true });
    expect(await fanout.sweep(org.id)).toBe(0);
    await drain();
    expect((await state())?.notes).toBe(people.length);
    await testDb().query(`UPDATE announcements SET delivered_at = now() WHERE post_id = $1`, [fresh.id]);
  });
});

describe('audience changes', () => {
  it('shares one "everyone" audience among announcements to the whole organisation, which no one may edit, and delivers joiners of it every one of them', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const ana = await buildUser(org);
    const everyone = { rules: { include: [{ kind: 'ALL' }] } };
    const a = await publish(hr, { body: 'First to everyone', audience: everyone });
    const b = await publish(admin, { body: 'Second to everyone', audience: everyone });
    const c = await publish(hr, { body: 'Only Ana', audience: to([ana.id]) });
    await drain();
    expect(a.announcement?.audienceId).toBe(b.announcement?.audienceId);
    expect(c.announcement?.audienceId).not.toBe(a.announcement?.audienceId);
    // One copy of the organisation's people, not one per announcement.
    expect(await all(`SELECT user_id FROM audience_members WHERE audience_id = $1`, [a.announcement?.audienceId])).toHaveLength(3);
    expect(await all(`SELECT id FROM audiences WHERE organization_id = $1 AND shared_kind = 'EVERYONE'`, [org.id])).toHaveLength(1);
    const edit = await gql(app).as(hr).send(`mutation($input: UpdateAudienceInput!) { updateAudience(input: $input) { audience { id } } }`, { input: { id: a.announcement?.audienceId, name: 'Mine now', rules: { include: [{ kind: 'USERS', userIds: [ana.id] }] } } });
    expect(codeOf(edit)).toBe('FORBIDDEN');
    expect(await all(`SELECT 1 FROM audience_members WHERE audience_id = $1`, [a.announcement?.audienceId])).toHaveLength(3);

    // Someone who joins the organisation joins "everyone" and receives both, not the one for Ana.
    const joiner = await buildUser(org, { status: 'SUSPENDED' });
    const activate = await gql(app).as(admin).send(`mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { id } } }`, { input: { id: joiner.id, status: 'ACTIVE' } });
    expect(activate.errors).toBeUndefined();
    await drain();
    const received = await all<{ postId: string }>(`SELECT post_id AS "postId" FROM announcement_receipts WHERE user_id = $1 ORDER BY post_id`, [joiner.id]);
    expect(received.map((r) => r.postId).sort()).toEqual([a.id, b.id].sort());
  });

  it('delivers to late joiners; people who leave keep their receipt and their access', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const first = await buildUser(org);
    const joiner = await buildUser(org);
    const created = await gql(app).as(hr).send<{ createAudience: { audience: { id: string } } }>(
      `mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { id } } }`, { input: { name: 'The group', rules: { include: [{ kind: 'USERS', userIds: [first.id] }] } } });
    expect(created.errors).toBeUndefined();
    const audienceId = created.data?.createAudience.audience.id as string;
    const a = await publish(hr, { body: 'For the group', audience: { audienceId } });
    await drain();
    // The saved audience says where it is used: feeds registered announcements as a usage.
    const saved = await gql(app).as(hr).send<{ savedAudiences: { edges: { node: { name: string; usages: { kind: string; count: number }[] } }[] } }>(
      `{ savedAudiences { edges { node { name usages { kind count } } } } }`);
    expect(saved.data?.savedAudiences.edges.map((e) => e.node)).toEqual([{ name: 'The group', usages: [{ kind: 'ANNOUNCEMENT', count: 1 }] }]);
    expect(codeOf(await gql(app).as(joiner).send(POST, { id: a.id }))).toBe('NOT_FOUND');
    await gql(app).as(first).send(READ, { id: a.id });

    const updated = await gql(app).as(hr).send(`mutation($input: UpdateAudienceInput!) { updateAudience(input: $input) { audience { id } } }`, { input: { id: audienceId, rules: { include: [{ kind: 'USERS', userIds: [joiner.id] }] } } });
    expect(updated.errors).toBeUndefined();
    await drain();
    expect((await info(joiner, a.id)).announcement?.myReceipt).toMatchObject({ deliveredAt: expect.any(String), readAt: null });
    expect(await ids(joiner, HOME)).toContain(a.id);
    const note = await all(`SELECT id FROM notifications WHERE kind = 'feeds.announcement' AND target_id = $1 AND recipient_id = $2`, [a.id, joiner.id]);
    expect(note).toHaveLength(1);
    // The leaver keeps the receipt (read stays read) and can still open what they received.
    expect((await info(first, a.id)).announcement?.myReceipt?.readAt).toEqual(expect.any(String));
    const reach = await gql(app).as(hr).send<{ announcementReach: { totals: Record<string, number> } }>(REACH, { id: a.id });
    expect(reach.data?.announcementReach.totals).toMatchObject({ audience: 1, delivered: 2, read: 1 });
  });
});
