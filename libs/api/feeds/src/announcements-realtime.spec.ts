import type { INestApplication } from '@nestjs/common';
import { EventsService, RealtimeService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { buildOrganization, buildUser, closeTestDb, createTestApp, gql, joinRoom, tabPool, seenBy, settle as settleTabs, type TestOrg, type TestTab, TestUser } from '@pillars/api/testing';
import { AnnouncementFanoutJobs } from './announcement-fanout.jobs';
import { FeedsModule } from './feeds.module';

const { open, closeAll } = tabPool();
const join = joinRoom;
const seen = seenBy;

/** The fan-out runs after the outbox, in-process: drain both (it may emit more outbox events), then the control barrier. */
async function settle(app: INestApplication, org: TestOrg, of: TestTab[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await app.get(EventsService).kick();
    await app.get(AnnouncementFanoutJobs).settled();
  }
  await settleTabs(app, org, of);
}

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterEach(closeAll);
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

  it('tells an announcement to everyone through the organisation\'s room, once, and another organisation nothing', async () => {
    const org = await buildOrganization();
    const other = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org);
    const stranger = await buildUser(other);
    const [a, s] = [await open(app, ana), await open(app, stranger)];
    expect(await join(a, `org:${org.id}`)).toBe(true);
    expect(await join(s, `org:${other.id}`)).toBe(true);
    const emitted: string[][] = [];
    const realtime = app.get(RealtimeService);
    // Watch what the real emit is given (it still sends).
    const realEmit = realtime.emit.bind(realtime);
    const emit = jest.spyOn(realtime, 'emit').mockImplementation((rooms, event) => {
      if (event.type === 'Post') emitted.push([rooms].flat());
      realEmit(rooms, event);
    });
    try {
      const published = await send<{ publishAnnouncement: { post: { id: string } } }>(hr, `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { post { id } } }`, {
        input: { body: 'To everyone', audience: { rules: { include: [{ kind: 'ALL' }] } } },
      });
      const id = published.publishAnnouncement.post.id;
      await settle(app, org, [a]);
      await settleTabs(app, other, [s]);
      expect(seen(a)).toContain(`Post:${id}`);
      expect(seen(s)).toEqual([]);
      // One message to the organisation's room, not one room per person.
      expect(emitted).toContainEqual([`org:${org.id}`]);
      expect(emitted.flat().filter((r) => r.startsWith('user:'))).toEqual([]);
    } finally {
      emit.mockRestore();
    }
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
