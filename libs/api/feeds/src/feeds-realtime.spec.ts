import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, joinRoom, tabPool, seenBy, settle } from '@pillars/api/testing';
import { FeedsModule } from './feeds.module';

const { open, closeAll } = tabPool();
const join = joinRoom;
const seen = seenBy;

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterEach(closeAll);
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

describe('feeds realtime', () => {
  it('sends a private team’s post only to its members’ feed room, and lets no outsider join it', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const lead = await buildUser(org, { leadOf: [team.id] });
    const member = await buildUser(org, { teamIds: [team.id] });
    const outsider = await buildUser(org);
    const res = await gql(app).as(lead).send(`mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`, { input: { teamId: team.id, visibility: 'PRIVATE' } });
    expect(res.errors).toBeUndefined();
    const [m, o] = [await open(app, member), await open(app, outsider)];
    for (const tab of [m, o]) expect(await join(tab, `org:${org.id}`)).toBe(true);
    expect(await join(m, `feed:${team.id}`)).toBe(true);
    expect(await join(o, `feed:${team.id}`)).toBe(false);
    // The open team room is joinable by anyone in the organisation: private posts never go there.
    expect(await join(o, `team:${team.id}`)).toBe(true);
    await settle(app, org, [m, o]);
    m.received.length = 0;
    o.received.length = 0;

    const created = await gql(app).as(lead).send<{ createPost: { post: { id: string } } }>(`mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`, { input: { teamId: team.id, body: 'secret' } });
    const postId = created.data?.createPost.post.id as string;
    await settle(app, org, [m, o]);
    expect(seen(m)).toEqual([`Post:${postId}`, `Feed:${team.id}`]);
    expect(seen(o)).toEqual([]);

    // A company post goes to the organisation room; payloads carry no content.
    const company = await gql(app).as(outsider).send<{ createPost: { post: { id: string } } }>(`mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`, { input: { body: 'hello all' } });
    await settle(app, org, [m, o]);
    const companyId = company.data?.createPost.post.id as string;
    expect(seen(o)).toContain(`Post:${companyId}`);
    expect(seen(m)).toContain(`Post:${companyId}`);
    for (const e of [...m.received, ...o.received]) expect(Object.keys(e).sort()).toEqual(['id', 'type', 'version']);
  });

  it('invalidates a comment’s post too, so its card’s comment count moves, in the post’s room only', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const lead = await buildUser(org, { leadOf: [team.id] });
    const member = await buildUser(org, { teamIds: [team.id] });
    const outsider = await buildUser(org);
    expect((await gql(app).as(lead).send(`mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`, { input: { teamId: team.id, visibility: 'PRIVATE' } })).errors).toBeUndefined();
    const created = await gql(app).as(lead).send<{ createPost: { post: { id: string } } }>(`mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`, { input: { teamId: team.id, body: 'inside' } });
    const postId = created.data?.createPost.post.id as string;
    const [m, o] = [await open(app, member), await open(app, outsider)];
    for (const tab of [m, o]) expect(await join(tab, `org:${org.id}`)).toBe(true);
    expect(await join(m, `feed:${team.id}`)).toBe(true);
    expect(await join(o, `team:${team.id}`)).toBe(true);
    await settle(app, org, [m, o]);
    m.received.length = 0;
    o.received.length = 0;

    const comment = await gql(app).as(lead).send<{ createComment: { comment: { id: string } } }>(`mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`, { input: { postId, body: 'a comment' } });
    expect(comment.errors).toBeUndefined();
    const commentId = comment.data?.createComment.comment.id as string;
    await settle(app, org, [m, o]);
    expect(seen(m)).toEqual([`Comment:${commentId}`, `Post:${postId}`]);
    expect(seen(o)).toEqual([]);

    m.received.length = 0;
    expect((await gql(app).as(lead).send(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: commentId })).errors).toBeUndefined();
    await settle(app, org, [m, o]);
    expect(seen(m)).toEqual([`Comment:${commentId}`, `Post:${postId}`]);
    expect(seen(o)).toEqual([]);
  });
});
