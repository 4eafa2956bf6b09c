import type { INestApplication } from '@nestjs/common';
import { EventsService, RealtimeService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { appUrl, buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, newId, TestOrg, TestUser } from '@pillars/api/testing';
import type { InvalidationEvent } from '@pillars/shared/types';
import { io, Socket } from 'socket.io-client';
import { FeedsModule } from './feeds.module';

interface Tab { socket: Socket; received: InvalidationEvent[] }
const tabs: Tab[] = [];
const CONTROL = 'Control';

const open = (app: INestApplication, user: TestUser): Promise<Tab> =>
  new Promise((resolve, reject) => {
    const socket = io(appUrl(app), { transports: ['websocket'], extraHeaders: { cookie: `pillars_session=${user.token}` }, reconnection: false, forceNew: true });
    const tab: Tab = { socket, received: [] };
    tabs.push(tab);
    socket.on('invalidate', (e: InvalidationEvent) => tab.received.push(e));
    socket.once('ready', () => resolve(tab));
    socket.once('connect_error', reject);
  });
const join = async (tab: Tab, room: string) => ((await tab.socket.emitWithAck('subscribe', { room })) as { ok: boolean }).ok;

/** Once every socket has the control event (sent after the outbox drained), it has everything before it. */
async function settle(app: INestApplication, org: TestOrg, of: Tab[]): Promise<void> {
  await app.get(EventsService).kick();
  const id = newId();
  const arrived = of.map((tab) => new Promise<void>((resolve) => {
    const check = (e: InvalidationEvent) => {
      if (e.type === CONTROL && e.id === id) {
        tab.socket.off('invalidate', check);
        resolve();
      }
    };
    tab.socket.on('invalidate', check);
  }));
  app.get(RealtimeService).emit(`org:${org.id}`, { type: CONTROL, id, version: 0 });
  await Promise.all(arrived);
}
const seen = (tab: Tab) => tab.received.filter((e) => e.type !== CONTROL).map((e) => `${e.type}:${e.id}`);

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterEach(() => {
  for (const t of tabs.splice(0)) t.socket.disconnect();
});
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
