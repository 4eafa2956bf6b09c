import type { INestApplication } from '@nestjs/common';
import { Db, EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { appUrl, buildOrganization, buildUser, closeTestDb, codeOf, countQueries, createTestApp, gql, newId, TestUser } from '@pillars/api/testing';
import type { InvalidationEvent } from '@pillars/shared/types';
import { io } from 'socket.io-client';
import { NotificationChannel, NotificationKinds, NotificationTargets } from './notification.registry';
import { NotificationsModule } from './notifications.module';
import { NotificationsService, type NotifyInput } from './notifications.service';

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) { notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
  edges { node { id kind available targetType targetId actorCount readAt data { key id } actors { id name } } } pageInfo { hasNextPage endCursor } } }`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) { unreadCount } }`;
const MARK_ALL = `mutation { markAllNotificationsRead { unreadCount } }`;
const PREFS = `{ notificationPreferences { kind channel defaultChannel } }`;
const SET_PREF = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind channel } }`;

interface Node { id: string; kind: string; available: boolean; targetType: string | null; targetId: string | null; actorCount: number; readAt: string | null; data: { key: string; id: string }[]; actors: { id: string; name: string }[] }
interface ListResult { notifications: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }

let app: INestApplication;
/** The test domain's target rule: what is in this set is visible to everyone, the rest to nobody. */
const visibleDocs = new Set<string>();

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, NotificationsModule]);
  app.get(NotificationKinds).register(
    { kind: 'test.mention', defaultChannel: NotificationChannel.IN_APP },
    { kind: 'test.reaction', defaultChannel: NotificationChannel.IN_APP },
  );
  app.get(NotificationTargets).register('testDoc', async (_actor, ids) => new Set(ids.filter((id) => visibleDocs.has(id))));
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
});

const doc = () => {
  const id = newId();
  visibleDocs.add(id);
  return id;
};
async function notify(input: Partial<NotifyInput> & { organizationId: string; recipientIds: string[]; actorId: string | null }) {
  const ids = await app.get(Db).transaction((tx) =>
    app.get(NotificationsService).notify(tx, { kind: 'test.mention', target: { type: 'testDoc', id: input.target?.id ?? doc() }, ...input }),
  );
  await app.get(EventsService).kick();
  return ids;
}
const list = async (user: TestUser, vars: Record<string, unknown> = {}) => {
  const res = await gql(app).as(user).send<ListResult>(LIST, vars);
  expect(res.errors).toBeUndefined();
  return res.data?.notifications as ListResult['notifications'];
};
const unread = async (user: TestUser) => (await gql(app).as(user).send<{ unreadNotificationCount: number }>(COUNT)).data?.unreadNotificationCount;

async function world() {
  const org = await buildOrganization();
  const ana = await buildUser(org, { name: 'Ana' });
  const bo = await buildUser(org, { name: 'Bo' });
  const cy = await buildUser(org, { name: 'Cy' });
  return { org, ana, bo, cy };
}

describe('notification centre', () => {
  it('lists a notification for its recipient only, with the actor, ids and unread count', async () => {
    const { org, ana, bo, cy } = await world();
    const target = doc();
    const comment = newId();
    await notify({ organizationId: org.id, recipientIds: [bo.id, ana.id], actorId: ana.id, target: { type: 'testDoc', id: target }, data: { commentId: comment } });
    const page = await list(bo);
    expect(page.edges).toHaveLength(1);
    expect(page.edges[0].node).toMatchObject({ kind: 'test.mention', available: true, targetType: 'testDoc', targetId: target, actorCount: 1, readAt: null, data: [{ key: 'commentId', id: comment }], actors: [{ id: ana.id, name: 'Ana' }] });
    expect(await unread(bo)).toBe(1);
    // The actor is never notified of their own act; others see nothing of Bo's.
    expect((await list(ana)).edges).toHaveLength(0);
    expect((await list(cy)).edges).toHaveLength(0);
  });

  it('ignores recipients of another organisation', async () => {
    const { org, ana } = await world();
    const other = await buildUser(await buildOrganization());
    expect(await notify({ organizationId: org.id, recipientIds: [other.id], actorId: ana.id })).toEqual([]);
    expect((await list(other)).edges).toHaveLength(0);
  });

  it('marks some read, then all read; another user cannot mark mine', async () => {
    const { org, ana, bo, cy } = await world();
    const [first] = await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: ana.id });
    await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: ana.id });
    await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: cy.id });
    expect(await unread(bo)).toBe(3);
    const foreign = await gql(app).as(cy).send<{ markNotificationsRead: { unreadCount: number } }>(MARK, { ids: [first] });
    expect(foreign.data?.markNotificationsRead.unreadCount).toBe(0);
    expect(await unread(bo)).toBe(3);
    const mine = await gql(app).as(bo).send<{ markNotificationsRead: { unreadCount: number } }>(MARK, { ids: [first] });
    expect(mine.data?.markNotificationsRead.unreadCount).toBe(2);
    expect((await list(bo, { unreadOnly: true })).edges.map((e) => e.node.id)).not.toContain(first);
    const all = await gql(app).as(bo).send<{ markAllNotificationsRead: { unreadCount: number } }>(MARK_ALL);
    expect(all.data?.markAllNotificationsRead.unreadCount).toBe(0);
    expect((await list(bo)).edges.every((e) => e.node.readAt !== null)).toBe(true);
  });

  it('groups unread notifications with the same key: latest actors first, everyone counted', async () => {
    const { org, bo } = await world();
    const target = doc();
    const reactors = [];
    for (let i = 0; i < 7; i++) reactors.push(await buildUser(org, { name: `R${i}` }));
    for (const r of reactors) await notify({ organizationId: org.id, kind: 'test.reaction', recipientIds: [bo.id], actorId: r.id, target: { type: 'testDoc', id: target }, groupKey: `reaction:${target}` });
    // The same person reacting again does not count twice.
    await notify({ organizationId: org.id, kind: 'test.reaction', recipientIds: [bo.id], actorId: reactors[6].id, target: { type: 'testDoc', id: target }, groupKey: `reaction:${target}` });
    const page = await list(bo);
    expect(page.edges).toHaveLength(1);
    expect(page.edges[0].node.actorCount).toBe(7);
    expect(page.edges[0].node.actors.map((a) => a.name)).toEqual(['R6', 'R5', 'R4', 'R3', 'R2']);
    // Once read, a new reaction starts a new group.
    await gql(app).as(bo).send(MARK_ALL);
    await notify({ organizationId: org.id, kind: 'test.reaction', recipientIds: [bo.id], actorId: reactors[0].id, target: { type: 'testDoc', id: target }, groupKey: `reaction:${target}` });
    const after = await list(bo);
    expect(after.edges.map((e) => [e.node.actorCount, e.node.readAt === null])).toEqual([[1, true], [7, false]]);
  });

  it('says "no longer available" without target or data once the target is invisible', async () => {
    const { org, ana, bo } = await world();
    const target = doc();
    await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: ana.id, target: { type: 'testDoc', id: target }, data: { postId: target } });
    visibleDocs.delete(target);
    const [edge] = (await list(bo)).edges;
    expect(edge.node).toMatchObject({ available: false, targetType: null, targetId: null, data: [], kind: 'test.mention' });
  });

  it('treats a target type nobody registered as unavailable (default deny)', async () => {
    const { org, ana, bo } = await world();
    await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: ana.id, target: { type: 'unregistered', id: newId() } });
    expect((await list(bo)).edges[0].node.available).toBe(false);
  });

  it('pages by keyset, newest first', async () => {
    const { org, ana, bo } = await world();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(...(await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: ana.id })));
    const p1 = await list(bo, { first: 2 });
    const p2 = await list(bo, { first: 2, after: p1.pageInfo.endCursor });
    const p3 = await list(bo, { first: 2, after: p2.pageInfo.endCursor });
    expect([...p1.edges, ...p2.edges, ...p3.edges].map((e) => e.node.id)).toEqual(ids.reverse());
    expect([p1.pageInfo.hasNextPage, p3.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('runs a constant number of statements per page whatever its size', async () => {
    const { org, bo } = await world();
    const actors = [];
    for (let i = 0; i < 6; i++) actors.push(await buildUser(org));
    for (let i = 0; i < 24; i++) await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: actors[i % 6].id, target: { type: i % 2 ? 'testDoc' : 'unregistered', id: doc() } });
    // Warm the session cache so both counts measure the same per-request work.
    await list(bo, { first: 1 });
    const small = await countQueries(() => list(bo, { first: 4 }));
    const large = await countQueries(() => list(bo, { first: 24 }));
    expect(large).toBe(small);
  });

  it('keeps preferences per kind: defaults, a change, and OFF creating nothing', async () => {
    const { org, ana, bo } = await world();
    const prefs = await gql(app).as(bo).send<{ notificationPreferences: { kind: string; channel: string; defaultChannel: string }[] }>(PREFS);
    expect(prefs.data?.notificationPreferences).toEqual(expect.arrayContaining([{ kind: 'test.mention', channel: 'IN_APP', defaultChannel: 'IN_APP' }]));
    const set = await gql(app).as(bo).send(SET_PREF, { input: { kind: 'test.mention', channel: 'OFF' } });
    expect(set.data).toEqual({ setNotificationPreference: { kind: 'test.mention', channel: 'OFF' } });
    expect(await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: ana.id })).toEqual([]);
    await notify({ organizationId: org.id, kind: 'test.reaction', recipientIds: [bo.id], actorId: ana.id });
    expect((await list(bo)).edges.map((e) => e.node.kind)).toEqual(['test.reaction']);
    const after = await gql(app).as(bo).send<{ notificationPreferences: { kind: string; channel: string }[] }>(PREFS);
    expect(after.data?.notificationPreferences.find((p) => p.kind === 'test.mention')?.channel).toBe('OFF');
  });

  it('refuses hostile input with BAD_USER_INPUT', async () => {
    const { bo } = await world();
    const cases: [string, Record<string, unknown>][] = [
      [MARK, { ids: ['not-a-uuid'] }],
      [MARK, { ids: Array.from({ length: 101 }, () => newId()) }],
      [SET_PREF, { input: { kind: 'nope.kind', channel: 'OFF' } }],
      [SET_PREF, { input: { kind: 'test.mention\u0000', channel: 'OFF' } }],
      [LIST, { after: 'garbage' }],
      [LIST, { after: Buffer.from(JSON.stringify(['1; DROP TABLE x'])).toString('base64url') }],
      [LIST, { first: 100000 }],
    ];
    for (const [query, variables] of cases) expect([JSON.stringify(variables).slice(0, 60), codeOf(await gql(app).as(bo).send(query, variables))]).toEqual([JSON.stringify(variables).slice(0, 60), 'BAD_USER_INPUT']);
  });

  it('needs a session', async () => {
    expect(codeOf(await gql(app).as(null).send(COUNT))).toBe('UNAUTHENTICATED');
  });

  it("tells the recipient's own room live, and nobody else's", async () => {
    const { org, ana, bo } = await world();
    const connect = (user: TestUser) =>
      new Promise<{ received: InvalidationEvent[]; close: () => void; join: (room: string) => Promise<unknown> }>((resolve, reject) => {
        const socket = io(appUrl(app), { transports: ['websocket'], extraHeaders: { cookie: `pillars_session=${user.token}` }, reconnection: false, forceNew: true });
        const received: InvalidationEvent[] = [];
        socket.on('invalidate', (e: InvalidationEvent) => received.push(e));
        socket.once('ready', () => resolve({ received, close: () => socket.disconnect(), join: (room) => socket.emitWithAck('subscribe', { room }) }));
        socket.once('connect_error', reject);
      });
    const boTab = await connect(bo);
    const anaTab = await connect(ana);
    await boTab.join(`user:${bo.id}`);
    await anaTab.join(`user:${ana.id}`);
    try {
      await notify({ organizationId: org.id, recipientIds: [bo.id], actorId: ana.id });
      await new Promise<void>((resolve) => {
        const check = () => (boTab.received.some((e) => e.type === 'Notifications' && e.id === bo.id) ? resolve() : setTimeout(check, 10));
        check();
      });
      expect(anaTab.received.filter((e) => e.type === 'Notifications')).toEqual([]);
    } finally {
      boTab.close();
      anaTab.close();
    }
  });
});
