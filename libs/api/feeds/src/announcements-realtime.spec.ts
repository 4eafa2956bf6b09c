import type { INestApplication } from '@nestjs/common';
import { EventsService, RealtimeService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { appUrl, buildOrganization, buildUser, closeTestDb, createTestApp, gql, newId, TestOrg, TestUser } from '@pillars/api/testing';
import type { InvalidationEvent } from '@pillars/shared/types';
import { io, Socket } from 'socket.io-client';
import { AnnouncementFanoutJobs } from './announcement-fanout.jobs';
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
  for (let i = 0; i < 3; i++) {
    await app.get(EventsService).kick();
    await app.get(AnnouncementFanoutJobs).settled();
  }
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

const send = async <T>(user: TestUser, query: string, variables: Record<string, unknown>) => {
  const res = await gql(app).as(user).send<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

describe('announcements realtime', () => {
  it('tells recipients only of a new announcement, its activity only to its trackers, and moves the reach page live', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org);
    const outsider = await buildUser(org);
    const [h, a, o] = [await open(app, hr), await open(app, ana), await open(app, outsider)];
    for (const tab of [h, a, o]) expect(await join(tab, `org:${org.id}`)).toBe(true);

    const published = await send<{ publishAnnouncement: { post: { id: string } } }>(hr, `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { post { id } } }`, {
      input: { body: 'Only for Ana', mustRead: true, audience: { rules: { include: [{ kind: 'USERS', userIds: [ana.id] }] } } },
    });
    const id = published.publishAnnouncement.post.id;
    expect(await join(h, `announcement:${id}`)).toBe(true);
    expect(await join(a, `announcement:${id}`)).toBe(false);
    expect(await join(o, `announcement:${id}`)).toBe(false);
    await settle(app, org, [h, a, o]);
    expect(seen(a)).toContain(`Post:${id}`);
    expect(seen(o)).toEqual([]);
    for (const tab of [h, a, o]) tab.received.length = 0;

    // A receipt moves: the tracker's room hears it; nobody else does.
    await send(ana, `mutation($id: ID!) { acknowledgeAnnouncement(id: $id) { post { id } } }`, { id });
    await settle(app, org, [h, a, o]);
    expect(seen(h)).toEqual([`AnnouncementReach:${id}`]);
    expect(h.received.find((e) => e.type === 'AnnouncementReach')?.version).toBeGreaterThan(1);
    expect(seen(o)).toEqual([]);
    expect(seen(a).filter((e) => e.startsWith('AnnouncementReach'))).toEqual([]);

    // Comments and reactions on an announcement never reach the organisation room.
    await send(ana, `mutation($id: ID!) { createComment(input: { postId: $id, body: "Got it" }) { comment { id } } }`, { id });
    await send(ana, `mutation($id: ID!) { react(input: { postId: $id, kind: LIKE }) { post { id } } }`, { id });
    await settle(app, org, [h, a, o]);
    expect(seen(o)).toEqual([]);
    for (const e of [...h.received, ...a.received]) expect(Object.keys(e).sort()).toEqual(['id', 'type', 'version']);
  });

  it('tells readers with the announcement open of its comments and reactions in its post room, and an outsider nothing', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const [ana, bea] = [await buildUser(org), await buildUser(org)];
    const outsider = await buildUser(org);
    const published = await send<{ publishAnnouncement: { post: { id: string } } }>(hr, `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { post { id } } }`, {
      input: { body: 'For Ana and Bea', audience: { rules: { include: [{ kind: 'USERS', userIds: [ana.id, bea.id] }] } } },
    });
    const id = published.publishAnnouncement.post.id;
    const [a, b, o] = [await open(app, ana), await open(app, bea), await open(app, outsider)];
    for (const tab of [a, b, o]) expect(await join(tab, `org:${org.id}`)).toBe(true);
    expect(await join(a, `post:${id}`)).toBe(true);
    expect(await join(b, `post:${id}`)).toBe(true);
    // The post room is the post's read rule: outside the audience, the join is refused.
    expect(await join(o, `post:${id}`)).toBe(false);
    expect(await join(o, `announcement:${id}`)).toBe(false);
    await settle(app, org, [a, b, o]);
    for (const tab of [a, b, o]) tab.received.length = 0;

    const comment = await send<{ createComment: { comment: { id: string } } }>(bea, `mutation($id: ID!) { createComment(input: { postId: $id, body: "Thanks!" }) { comment { id } } }`, { id });
    await settle(app, org, [a, b, o]);
    expect(seen(a)).toEqual([`Comment:${comment.createComment.comment.id}`, `Post:${id}`]);
    expect(seen(o)).toEqual([]);

    for (const tab of [a, b, o]) tab.received.length = 0;
    await send(bea, `mutation($id: ID!) { react(input: { postId: $id, kind: CELEBRATE }) { post { id } } }`, { id });
    await settle(app, org, [a, b, o]);
    expect(seen(a)).toEqual([`Post:${id}`]);
    expect(seen(o)).toEqual([]);
    for (const e of a.received) expect(Object.keys(e).sort()).toEqual(['id', 'type', 'version']);
  });
});
