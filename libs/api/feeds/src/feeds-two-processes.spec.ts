import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, CONTROL_EVENT, gql, joinRoom, openTab, settle, redisReachable, testRedisUrl, TestTab, TestUser } from '@pillars/api/testing';
import type { InvalidationEvent } from '@pillars/shared/types';
import { FeedsModule } from './feeds.module';

/** AC2: two API processes on one database and one Redis; sockets on either hear what they may read. */
const REDIS_URL = testRedisUrl();
const reachable = redisReachable(REDIS_URL);
if (!reachable) console.warn(`feeds-two-processes.spec: SKIPPED, no Redis answers at ${REDIS_URL} (set REDIS_URL or start redis-server)`);

const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id version } } }`;
const DELETE = `mutation($id: ID!) { deletePost(id: $id) { id } }`;
const CONFIGURE = `mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`;

(reachable ? describe : describe.skip)('feeds on two API processes sharing Redis', () => {
  let a: INestApplication;
  let b: INestApplication;
  const tabs: TestTab[] = [];
  const open = async (app: INestApplication, user: TestUser) => {
    const tab = await openTab(app, user);
    tabs.push(tab);
    return tab;
  };

  beforeAll(async () => {
    a = await createTestApp([DirectoryModule, FeedsModule], { redisUrl: REDIS_URL });
    b = await createTestApp([DirectoryModule, FeedsModule], { redisUrl: REDIS_URL });
  });
  afterEach(() => {
    for (const t of tabs.splice(0)) t.socket.disconnect();
  });
  afterAll(async () => {
    for (const app of [a, b]) await app?.get(EventsService).kick();
    await a?.close();
    await b?.close();
    await closeTestDb();
  });

  async function send<T>(app: INestApplication, user: TestUser, query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await gql(app).as(user).send<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  const seen = (tab: TestTab) => tab.received.filter((e) => e.type !== CONTROL_EVENT);
  const clear = (...of: TestTab[]) => of.forEach((t) => (t.received.length = 0));

  it('a private post created on A reaches a member on B ({type,id,version}); an outsider on either hears nothing; its deletion arrives too', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const lead = await buildUser(org, { leadOf: [team.id] });
    const member = await buildUser(org, { teamIds: [team.id] });
    const outsider = await buildUser(org);
    await send(a, lead, CONFIGURE, { input: { teamId: team.id, visibility: 'PRIVATE' } });

    const memberOnB = await open(b, member);
    const outsiderOnA = await open(a, outsider);
    const outsiderOnB = await open(b, outsider);
    for (const tab of [memberOnB, outsiderOnA, outsiderOnB]) expect(await joinRoom(tab, `org:${org.id}`)).toBe(true);
    expect(await joinRoom(memberOnB, `feed:${team.id}`)).toBe(true);
    for (const tab of [outsiderOnA, outsiderOnB]) {
      expect(await joinRoom(tab, `feed:${team.id}`)).toBe(false);
      // The open team room is anyone's: a private team's posts never go there.
      expect(await joinRoom(tab, `team:${team.id}`)).toBe(true);
    }
    const all = [memberOnB, outsiderOnA, outsiderOnB];
    await settle(a, org, all);
    clear(...all);

    const created = await send<{ createPost: { post: { id: string; version: number } } }>(a, lead, CREATE, { input: { teamId: team.id, body: `plan for @[M](user:${member.id}) and @[O](user:${outsider.id})` } });
    const postId = created.createPost.post.id;
    await settle(a, org, all);
    const got = seen(memberOnB);
    expect(got).toContainEqual({ type: 'Post', id: postId, version: expect.any(Number) });
    expect(got).toContainEqual({ type: 'Feed', id: team.id, version: expect.any(Number) });
    // The mention's unread count moves live on B too (the member's own user room).
    expect(got).toContainEqual({ type: 'Notifications', id: member.id, version: expect.any(Number) });
    for (const e of got) expect(Object.keys(e).sort()).toEqual(['id', 'type', 'version']);
    expect(seen(outsiderOnA)).toEqual([]);
    expect(seen(outsiderOnB)).toEqual([]);

    clear(...all);
    await send(a, lead, DELETE, { id: postId });
    await settle(a, org, all);
    const deleted = seen(memberOnB).filter((e) => e.type === 'Post' && e.id === postId) as InvalidationEvent[];
    expect(deleted).toHaveLength(1);
    expect(deleted[0].version).toBeGreaterThan((got.find((e) => e.type === 'Post') as InvalidationEvent).version);
    expect(seen(memberOnB)).toContainEqual({ type: 'Feed', id: team.id, version: expect.any(Number) });
    expect(seen(outsiderOnA)).toEqual([]);
    expect(seen(outsiderOnB)).toEqual([]);
  });

  it('a company post created on B reaches sockets on A and B', async () => {
    const org = await buildOrganization();
    const [ana, bo] = [await buildUser(org), await buildUser(org)];
    const onA = await open(a, ana);
    const onB = await open(b, bo);
    for (const tab of [onA, onB]) expect(await joinRoom(tab, `org:${org.id}`)).toBe(true);
    await settle(b, org, [onA, onB]);
    clear(onA, onB);
    const created = await send<{ createPost: { post: { id: string } } }>(b, bo, CREATE, { input: { body: 'hello everyone' } });
    await settle(b, org, [onA, onB]);
    for (const tab of [onA, onB]) expect(seen(tab)).toContainEqual({ type: 'Post', id: created.createPost.post.id, version: expect.any(Number) });
  });
});
