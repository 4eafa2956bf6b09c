import type { INestApplication } from '@nestjs/common';
import { EventsService, unsafeHtmlFindings, XSS_CORPUS } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, one, TestTeam, TestUser } from '@pillars/api/testing';
import { LIMITS } from '@pillars/shared/validation';
import { FeedsModule } from './feeds.module';

const POST_FIELDS = `id teamId body bodyHtml topics status version editedAt rejectionReason author { id name } abilities { canEdit canDelete canModerate }`;
const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { ${POST_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { post { ${POST_FIELDS} earlierVersions { version body bodyHtml } } } }`;
const DELETE = `mutation($id: ID!) { deletePost(id: $id) { id } }`;
const POST = `query($id: ID!) { post(id: $id) { ${POST_FIELDS} earlierVersions { version body } } }`;
const CONFIGURE = `mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId visibility requiresApproval viewerIsMember canConfigure } }`;

type Post = { id: string; teamId: string | null; body: string; bodyHtml: string; topics: string[]; status: string; version: number; editedAt: string | null; rejectionReason: string | null; author: { id: string } | null; abilities: { canEdit: boolean; canDelete: boolean; canModerate: boolean } };
type Page = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

let app: INestApplication;
let events: EventsService;

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
  events = app.get(EventsService);
});
afterAll(async () => {
  await events.kick();
  await app.close();
  await closeTestDb();
});

async function post(actor: TestUser, input: Record<string, unknown>): Promise<Post> {
  const res = await gql(app).as(actor).send<{ createPost: { post: Post } }>(CREATE, { input });
  expect(res.errors).toBeUndefined();
  return (res.data as { createPost: { post: Post } }).createPost.post;
}
async function ids(actor: TestUser, query: string, vars: Record<string, unknown> = {}): Promise<string[]> {
  const res = await gql(app).as(actor).send<Record<string, Page>>(query, vars);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data ?? {})[0].edges.map((e) => e.node.id);
}
const TEAM_FEED = `query($teamId: ID!, $first: Int, $after: String) { teamFeedPosts(teamId: $teamId, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const TOPIC_FEED = `query($topic: String!) { topicFeed(topic: $topic) { edges { node { id } } } }`;
const HOME = `query($first: Int, $after: String) { homeFeed(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const COMPANY = `query($first: Int, $after: String) { companyFeed(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

async function privateTeam(): Promise<{ org: Awaited<ReturnType<typeof buildOrganization>>; team: TestTeam; lead: TestUser; member: TestUser; outsider: TestUser; admin: TestUser }> {
  const org = await buildOrganization();
  const team = await buildTeam(org, { name: 'Secret squad' });
  const lead = await buildUser(org, { leadOf: [team.id], name: 'Lea Lead' });
  const member = await buildUser(org, { teamIds: [team.id], name: 'Mia Member' });
  const outsider = await buildUser(org, { name: 'Otto Outsider' });
  const admin = await buildUser(org, { roles: ['ADMIN'] });
  const res = await gql(app).as(lead).send(CONFIGURE, { input: { teamId: team.id, visibility: 'PRIVATE' } });
  expect(res.errors).toBeUndefined();
  return { org, team, lead, member, outsider, admin };
}

describe('posts and feeds', () => {
  it('posts to the company feed with sanitised HTML, topics and an author, newest first by keyset', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana' });
    const bob = await buildUser(org);
    const first = await post(ana, { body: 'Hello **all** #Launch <script>alert(1)</script> [x](javascript:alert(1))', language: 'en' });
    expect(first.bodyHtml).toBe('<p>Hello <strong>all</strong> <a href="/topics/launch" class="topic">#Launch</a> &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))</p>');
    expect(first.topics).toEqual(['launch']);
    expect(first.author?.id).toBe(ana.id);
    expect(first.abilities).toEqual({ canEdit: true, canDelete: true, canModerate: false });
    const second = await post(bob, { body: 'second' });
    const third = await post(bob, { body: 'third' });
    const res = await gql(app).as(ana).send<{ companyFeed: Page }>(COMPANY, { first: 2 });
    expect(res.data?.companyFeed.edges.map((e) => e.node.id)).toEqual([third.id, second.id]);
    expect(res.data?.companyFeed.pageInfo.hasNextPage).toBe(true);
    expect(await ids(ana, COMPANY, { first: 2, after: res.data?.companyFeed.pageInfo.endCursor })).toEqual([first.id]);
    expect(await ids(ana, TOPIC_FEED, { topic: '#LAUNCH' })).toEqual([first.id]);
    // Another organisation sees none of it.
    const stranger = await buildUser(await buildOrganization());
    expect(await ids(stranger, COMPANY)).toEqual([]);
    expect(codeOf(await gql(app).as(stranger).send(POST, { id: first.id }))).toBe('NOT_FOUND');
  });

  it('lets members post in an open team feed, everyone read it, and refuses outsiders as posters', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const member = await buildUser(org, { teamIds: [team.id] });
    const outsider = await buildUser(org);
    const p = await post(member, { teamId: team.id, body: 'team news' });
    expect(await ids(outsider, TEAM_FEED, { teamId: team.id })).toEqual([p.id]);
    const refused = await gql(app).as(outsider).send(CREATE, { input: { teamId: team.id, body: 'let me in' } });
    expect(codeOf(refused)).toBe('FEEDS_NOT_A_MEMBER');
    expect(await all(`SELECT id FROM posts WHERE team_id = $1`, [team.id])).toHaveLength(1);
  });

  it('keeps a private team feed from an outsider on every read path', async () => {
    const { team, member, outsider, admin, lead } = await privateTeam();
    const secret = await post(member, { teamId: team.id, body: 'secret plan #skunkworks' });
    expect(await ids(lead, TEAM_FEED, { teamId: team.id })).toEqual([secret.id]);
    expect(await ids(member, TOPIC_FEED, { topic: 'skunkworks' })).toEqual([secret.id]);
    for (const viewer of [outsider, admin]) {
      expect(codeOf(await gql(app).as(viewer).send(POST, { id: secret.id }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(app).as(viewer).send(TEAM_FEED, { teamId: team.id }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(app).as(viewer).send(`query($t: ID!) { teamFeed(teamId: $t) { visibility } }`, { t: team.id }))).toBe('NOT_FOUND');
      expect(await ids(viewer, TOPIC_FEED, { topic: 'skunkworks' })).toEqual([]);
      expect(await ids(viewer, HOME)).not.toContain(secret.id);
      expect(await ids(viewer, COMPANY)).not.toContain(secret.id);
      expect(codeOf(await gql(app).as(viewer).send(UPDATE, { input: { id: secret.id, body: 'x' } }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(app).as(viewer).send(DELETE, { id: secret.id }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(app).as(viewer).send(`query($q: String!, $t: ID) { mentionSuggestions(query: $q, teamId: $t) { people { id } } }`, { q: 'Mia', t: team.id }))).toBe('NOT_FOUND');
    }
    expect(await ids(member, HOME)).toContain(secret.id);
  });

  it('mentions only members in a private post: an outsider stays plain text and is not announced', async () => {
    const { team, member, outsider, lead } = await privateTeam();
    const body = `ping @[Lea](user:${lead.id}) and @[Otto](user:${outsider.id}) and @[Squad](team:${team.id})`;
    const p = await post(member, { teamId: team.id, body });
    expect(p.bodyHtml).toContain(`<a href="/people/${lead.id}" class="mention" data-mention-user="${lead.id}">@Lea</a>`);
    expect(p.bodyHtml).toContain('and @Otto and');
    expect(p.bodyHtml).not.toContain(outsider.id);
    const [event] = await all<{ payload: { mentionedUserIds: string[]; mentionedTeamIds: string[] } }>(`SELECT payload FROM domain_events WHERE type = 'feeds.post.created' AND payload->>'postId' = $1`, [p.id]);
    expect(event.payload.mentionedUserIds).toEqual([lead.id]);
    expect(event.payload.mentionedTeamIds).toEqual([team.id]);
    // Suggestions while writing in the private feed: members only.
    const res = await gql(app).as(member).send<{ mentionSuggestions: { people: { id: string }[]; teams: { id: string }[] } }>(
      `query($q: String!, $t: ID) { mentionSuggestions(query: $q, teamId: $t) { people { id } teams { id } } }`, { q: 'o', t: team.id });
    expect(res.data?.mentionSuggestions.people.map((u) => u.id)).not.toContain(outsider.id);
    const everywhere = await gql(app).as(member).send<{ mentionSuggestions: { people: { id: string }[] } }>(`query($q: String!) { mentionSuggestions(query: $q) { people { id } } }`, { q: 'Otto' });
    expect(everywhere.data?.mentionSuggestions.people.map((u) => u.id)).toEqual([outsider.id]);
  });

  it('keeps earlier versions on edit, marks the post edited, and lets only the author edit', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org);
    const bob = await buildUser(org);
    const p = await post(ana, { body: 'first *draft*' });
    expect(codeOf(await gql(app).as(bob).send(UPDATE, { input: { id: p.id, body: 'hijack' } }))).toBe('FORBIDDEN');
    const res = await gql(app).as(ana).send<{ updatePost: { post: Post & { earlierVersions: { version: number; body: string; bodyHtml: string }[] } } }>(UPDATE, { input: { id: p.id, body: 'second **take**', expectedVersion: 1 } });
    expect(res.errors).toBeUndefined();
    const edited = res.data?.updatePost.post;
    expect(edited?.version).toBe(2);
    expect(edited?.editedAt).not.toBeNull();
    expect(edited?.bodyHtml).toBe('<p>second <strong>take</strong></p>');
    expect(edited?.earlierVersions).toEqual([{ version: 1, body: 'first *draft*', bodyHtml: '<p>first <em>draft</em></p>' }]);
    const stale = await gql(app).as(ana).send(UPDATE, { input: { id: p.id, body: 'third', expectedVersion: 1 } });
    expect(codeOf(stale)).toBe('FEEDS_VERSION_CONFLICT');
    expect((await one<{ body: string }>(`SELECT body FROM posts WHERE id = $1`, [p.id]))?.body).toBe('second **take**');
  });

  it('soft-deletes by the author, a lead of the team or an admin; others are refused', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const author = await buildUser(org, { teamIds: [team.id] });
    const lead = await buildUser(org, { leadOf: [team.id] });
    const colleague = await buildUser(org, { teamIds: [team.id] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const [a, b, c] = [await post(author, { teamId: team.id, body: 'a' }), await post(author, { teamId: team.id, body: 'b' }), await post(author, { body: 'c' })];
    expect(codeOf(await gql(app).as(colleague).send(DELETE, { id: a.id }))).toBe('FORBIDDEN');
    for (const [actor, target] of [[author, a], [lead, b], [admin, c]] as const) {
      const res = await gql(app).as(actor).send(DELETE, { id: target.id });
      expect(res.errors).toBeUndefined();
      expect(codeOf(await gql(app).as(author).send(POST, { id: target.id }))).toBe('NOT_FOUND');
    }
    expect(await all(`SELECT id FROM posts WHERE id = ANY($1::uuid[]) AND deleted_at IS NOT NULL`, [[a.id, b.id, c.id]])).toHaveLength(3);
  });

  it('queues members’ posts for approval when the lead asks, and approves or rejects with a reason', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const lead = await buildUser(org, { leadOf: [team.id] });
    const member = await buildUser(org, { teamIds: [team.id] });
    const reader = await buildUser(org);
    expect(codeOf(await gql(app).as(member).send(CONFIGURE, { input: { teamId: team.id, requiresApproval: true } }))).toBe('FORBIDDEN');
    expect((await gql(app).as(lead).send(CONFIGURE, { input: { teamId: team.id, requiresApproval: true } })).errors).toBeUndefined();
    const queued = await post(member, { teamId: team.id, body: 'please approve' });
    const other = await post(member, { teamId: team.id, body: 'please reject' });
    expect(queued.status).toBe('PENDING');
    expect(await ids(reader, TEAM_FEED, { teamId: team.id })).toEqual([]);
    expect(codeOf(await gql(app).as(reader).send(POST, { id: queued.id }))).toBe('NOT_FOUND');
    const PENDING = `query($teamId: ID!) { pendingPosts(teamId: $teamId) { edges { node { id } } } }`;
    expect(await ids(lead, PENDING, { teamId: team.id })).toEqual([other.id, queued.id]);
    const MODERATE = `mutation($input: ModeratePostInput!) { moderatePost(input: $input) { post { id status rejectionReason } } }`;
    expect(codeOf(await gql(app).as(member).send(MODERATE, { input: { id: queued.id, approve: true } }))).toBe('FORBIDDEN');
    expect((await gql(app).as(lead).send(MODERATE, { input: { id: queued.id, approve: true } })).errors).toBeUndefined();
    const rejected = await gql(app).as(lead).send<{ moderatePost: { post: { status: string; rejectionReason: string } } }>(MODERATE, { input: { id: other.id, approve: false, reason: 'Off topic' } });
    expect(rejected.data?.moderatePost.post).toMatchObject({ status: 'REJECTED', rejectionReason: 'Off topic' });
    expect(codeOf(await gql(app).as(lead).send(MODERATE, { input: { id: other.id, approve: true } }))).toBe('FEEDS_NOT_PENDING');
    expect(await ids(reader, TEAM_FEED, { teamId: team.id })).toEqual([queued.id]);
    // A lead's own post skips the queue.
    expect((await post(lead, { teamId: team.id, body: 'from the lead' })).status).toBe('PUBLISHED');
  });

  it('validates bodies and writes nothing for a bad one', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org);
    for (const body of ['', '   ', 'x'.repeat(LIMITS.postBody + 1), 'bidi \u202E trick']) {
      const res = await gql(app).as(ana).send(CREATE, { input: { body } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await gql(app).as(ana).send(CREATE, { input: { body: 'ok', language: 'not a tag!' } }))).toBe('BAD_USER_INPUT');
    expect(await all(`SELECT id FROM posts WHERE author_id = $1`, [ana.id])).toEqual([]);
  });

  it('rate-limits posting per person with RATE_LIMITED', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org);
    const bob = await buildUser(org);
    let limited = 0;
    for (let i = 0; i < 21; i++) if (codeOf(await gql(app).as(ana).send(CREATE, { input: { body: `n${i}` } })) === 'RATE_LIMITED') limited++;
    expect(limited).toBe(1);
    expect(await all(`SELECT id FROM posts WHERE author_id = $1`, [ana.id])).toHaveLength(20);
    await post(bob, { body: 'someone else still may' });
  });

  it('runs the XSS corpus through posts over HTTP', async () => {
    
    const org = await buildOrganization();
    let author = await buildUser(org);
    for (const [i, body] of XSS_CORPUS.entries()) {
      if (i % 20 === 19) author = await buildUser(org);
      const res = await gql(app).as(author).send<{ createPost: { post: Post } }>(CREATE, { input: { body } });
      if (res.errors) {
        // Only the text hygiene rules (NUL, controls) may refuse a payload outright.
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        continue;
      }
      expect(unsafeHtmlFindings(res.data?.createPost.post.bodyHtml ?? '')).toEqual([]);
    }
  });
});
