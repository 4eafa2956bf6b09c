import type { INestApplication } from '@nestjs/common';
import { EventsService, unsafeHtmlFindings, XSS_CORPUS } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, countQueries, createTestApp, gql, TestUser } from '@pillars/api/testing';
import { FeedsModule } from './feeds.module';

const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id parentId bodyHtml canDelete author { id } } } }`;
const REACT = `mutation($input: ReactInput!) { react(input: $input) { post { id myReaction reactionCounts { kind count } } } }`;
const THREAD = `query($id: ID!) { post(id: $id) { commentCount comments(first: 10) { edges { node { id bodyHtml replies { edges { node { id } } } } } } reactors { edges { node { kind user { id } } } } } }`;
const PAGE = `edges { node { id } } pageInfo { hasNextPage endCursor }`;
const MORE_REPLIES = `query($id: ID!, $after: String) { comment(id: $id) { id replies(first: 10, after: $after) { ${PAGE} } } }`;
type Page = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { kind target following } }`;
const HOME = `query($first: Int) { homeFeed(first: $first) { edges { node { id author { id name } reactionCounts { kind count } myReaction commentCount abilities { canEdit } } } } }`;

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
});

async function send<T = Record<string, unknown>>(actor: TestUser, query: string, vars: Record<string, unknown>): Promise<T> {
  const res = await gql(app).as(actor).send<T>(query, vars);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}
const newPost = async (actor: TestUser, input: Record<string, unknown>) => (await send<{ createPost: { post: { id: string } } }>(actor, CREATE, { input })).createPost.post.id;

describe('comments, reactions, follows', () => {
  it('comments with one level of replies and refuses a reply to a reply', async () => {
    const org = await buildOrganization();
    const [ana, bob] = [await buildUser(org), await buildUser(org)];
    const postId = await newPost(ana, { body: 'hi' });
    const top = (await send<{ createComment: { comment: { id: string } } }>(bob, COMMENT, { input: { postId, body: 'nice **one**' } })).createComment.comment;
    const reply = (await send<{ createComment: { comment: { id: string; parentId: string } } }>(ana, COMMENT, { input: { postId, parentId: top.id, body: 'thanks' } })).createComment.comment;
    expect(reply.parentId).toBe(top.id);
    expect(codeOf(await gql(app).as(bob).send(COMMENT, { input: { postId, parentId: reply.id, body: 'deeper' } }))).toBe('FEEDS_REPLY_TOO_DEEP');
    const thread = await send<{ post: { commentCount: number; comments: { edges: { node: { id: string; bodyHtml: string; replies: { edges: { node: { id: string } }[] } } }[] } } }>(ana, THREAD, { id: postId });
    expect(thread.post.commentCount).toBe(2);
    expect(thread.post.comments.edges.map((e) => e.node.id)).toEqual([top.id]);
    expect(thread.post.comments.edges[0].node.bodyHtml).toBe('<p>nice <strong>one</strong></p>');
    expect(thread.post.comments.edges[0].node.replies.edges.map((e) => e.node.id)).toEqual([reply.id]);
    const [event] = await all<{ payload: Record<string, unknown> }>(`SELECT payload FROM domain_events WHERE type = 'feeds.comment.created' AND payload->>'commentId' = $1`, [reply.id]);
    expect(event.payload).toMatchObject({ postId, parentCommentId: top.id, parentAuthorId: bob.id, postAuthorId: ana.id, authorId: ana.id });
  });

  it('pages a thread of 25 replies by keyset through comment(id), and hides the comment from an outsider', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const [lead, member] = [await buildUser(org, { leadOf: [team.id] }), await buildUser(org, { teamIds: [team.id] })];
    const outsider = await buildUser(org);
    await send(lead, `mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`, { input: { teamId: team.id, visibility: 'PRIVATE' } });
    const postId = await newPost(lead, { teamId: team.id, body: 'long thread' });
    const top = (await send<{ createComment: { comment: { id: string } } }>(lead, COMMENT, { input: { postId, body: 'start' } })).createComment.comment;
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await send<{ createComment: { comment: { id: string } } }>(i % 2 ? lead : member, COMMENT, { input: { postId, parentId: top.id, body: `reply ${i}` } });
      ids.push(res.createComment.comment.id);
    }
    const first = await send<{ post: { comments: { edges: { node: { replies: Page } }[] } } }>(member, `query($id: ID!) { post(id: $id) { comments(first: 10) { edges { node { replies(first: 10) { ${PAGE} } } } } } }`, { id: postId });
    const seen = first.post.comments.edges[0].node.replies.edges.map((e) => e.node.id);
    let info = first.post.comments.edges[0].node.replies.pageInfo;
    while (info.hasNextPage) {
      const more = await send<{ comment: { id: string; replies: Page } }>(member, MORE_REPLIES, { id: top.id, after: info.endCursor });
      expect(more.comment.id).toBe(top.id);
      seen.push(...more.comment.replies.edges.map((e) => e.node.id));
      info = more.comment.replies.pageInfo;
    }
    expect(seen).toEqual(ids);
    expect(codeOf(await gql(app).as(outsider).send(MORE_REPLIES, { id: top.id, after: null }))).toBe('NOT_FOUND');
  });

  it('keeps one reaction kind per person, with counts and who reacted', async () => {
    const org = await buildOrganization();
    const [ana, bob, cy] = [await buildUser(org, { name: 'Ana' }), await buildUser(org, { name: 'Bob' }), await buildUser(org, { name: 'Cy' })];
    const postId = await newPost(ana, { body: 'ship it' });
    await send(bob, REACT, { input: { postId, kind: 'LIKE' } });
    const changed = await send<{ react: { post: { myReaction: string; reactionCounts: { kind: string; count: number }[] } } }>(bob, REACT, { input: { postId, kind: 'CELEBRATE' } });
    expect(changed.react.post.myReaction).toBe('CELEBRATE');
    await send(cy, REACT, { input: { postId, kind: 'CELEBRATE' } });
    await send(ana, REACT, { input: { postId, kind: 'SUPPORT' } });
    await send(ana, REACT, { input: { postId, kind: null } });
    const thread = await send<{ post: { reactors: { edges: { node: { kind: string; user: { id: string } } }[] } } }>(ana, THREAD, { id: postId });
    expect(thread.post.reactors.edges.map((e) => [e.node.user.id, e.node.kind])).toEqual([[bob.id, 'CELEBRATE'], [cy.id, 'CELEBRATE']]);
    const counts = await send<{ react: { post: { reactionCounts: unknown } } }>(cy, REACT, { input: { postId, kind: 'CELEBRATE' } });
    expect(counts.react.post.reactionCounts).toEqual([{ kind: 'CELEBRATE', count: 2 }]);
    expect(codeOf(await gql(app).as(cy).send(REACT, { input: { postId, kind: 'ANGRY' } }))).toBe('BAD_USER_INPUT');
  });

  it('hides a private post’s comments, reactions and who reacted from an outsider', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const lead = await buildUser(org, { leadOf: [team.id] });
    const outsider = await buildUser(org);
    await send(lead, `mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`, { input: { teamId: team.id, visibility: 'PRIVATE' } });
    const postId = await newPost(lead, { teamId: team.id, body: 'inside' });
    const top = (await send<{ createComment: { comment: { id: string } } }>(lead, COMMENT, { input: { postId, body: 'c' } })).createComment.comment;
    await send(lead, REACT, { input: { postId, kind: 'LIKE' } });
    expect(codeOf(await gql(app).as(outsider).send(THREAD, { id: postId }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(COMMENT, { input: { postId, body: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(COMMENT, { input: { postId, parentId: top.id, body: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(REACT, { input: { postId, kind: 'LIKE' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: top.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(outsider).send(FOLLOW, { input: { kind: 'TEAM', target: team.id } }))).toBe('NOT_FOUND');
    const discover = await send<{ discover: { teams: { teamId: string }[] } }>(outsider, `{ discover { teams { teamId } topics { topic } } }`, {});
    expect(discover.discover.teams.map((t) => t.teamId)).not.toContain(team.id);
    expect(await all(`SELECT 1 FROM post_comments WHERE post_id = $1`, [postId])).toHaveLength(1);
  });

  it('builds the home feed from follows, and Discover from open teams and topics', async () => {
    const org = await buildOrganization();
    const [teamA, teamB] = [await buildTeam(org), await buildTeam(org)];
    const me = await buildUser(org);
    const inA = await buildUser(org, { teamIds: [teamA.id] });
    const inB = await buildUser(org, { teamIds: [teamB.id] });
    const a = await newPost(inA, { teamId: teamA.id, body: 'from A' });
    const b = await newPost(inB, { teamId: teamB.id, body: 'from B #design' });
    const home = async () => (await send<{ homeFeed: { edges: { node: { id: string } }[] } }>(me, HOME, { first: 50 })).homeFeed.edges.map((e) => e.node.id);
    expect(await home()).toEqual([]);
    await send(me, FOLLOW, { input: { kind: 'TEAM', target: teamA.id } });
    expect(await home()).toEqual([a]);
    await send(me, FOLLOW, { input: { kind: 'TOPIC', target: '#Design' } });
    expect(await home()).toEqual([b, a]);
    await send(me, `mutation($input: FollowInput!) { unfollow(input: $input) { following } }`, { input: { kind: 'TEAM', target: teamA.id } });
    await send(me, FOLLOW, { input: { kind: 'USER', target: inA.id } });
    expect(await home()).toEqual([b, a]);
    const discover = await send<{ discover: { teams: { teamId: string; postCount: number }[]; topics: { topic: string }[] } }>(me, `{ discover { teams { teamId postCount } topics { topic } } }`, {});
    expect(discover.discover.teams.map((t) => t.teamId).sort()).toEqual([teamA.id, teamB.id].sort());
    expect(discover.discover.topics).toEqual([{ topic: 'design' }]);
  });

  it('runs the home feed with its fields in the same number of statements for 20 and 100 posts', async () => {
    const org = await buildOrganization();
    const authors: TestUser[] = [];
    for (let i = 0; i < 6; i++) authors.push(await buildUser(org));
    const me = await buildUser(org);
    await all(
      `INSERT INTO posts (organization_id, author_id, body, body_html, created_at)
       SELECT $1, ($2::uuid[])[1 + g % 6], 'p' || g, '<p>p</p>', now() - g * interval '1 second' FROM generate_series(1, 120) g`,
      [org.id, authors.map((a) => a.id)],
    );
    await all(`INSERT INTO post_reactions (post_id, user_id, organization_id, kind) SELECT id, $2, $1, 'LIKE' FROM posts WHERE organization_id = $1`, [org.id, me.id]);
    const run = (first: number) => countQueries(async () => {
      const res = await gql(app).as(me).send<{ homeFeed: { edges: unknown[] } }>(HOME, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data?.homeFeed.edges).toHaveLength(first);
    });
    await run(5);
    expect(await run(100)).toBe(await run(20));
  });

  it('runs the XSS corpus through comments over HTTP', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org);
    const postId = await newPost(ana, { body: 'xss' });
    let author = await buildUser(org);
    for (const [i, body] of XSS_CORPUS.entries()) {
      if (i % 30 === 29) author = await buildUser(org);
      const res = await gql(app).as(author).send<{ createComment: { comment: { bodyHtml: string } } }>(COMMENT, { input: { postId, body } });
      if (res.errors) {
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        continue;
      }
      expect(unsafeHtmlFindings(res.data?.createComment.comment.bodyHtml ?? '')).toEqual([]);
    }
  });
});
