import type { INestApplication } from '@nestjs/common';
import { RealtimePresence } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { buildOrganization, buildUser, codeOf, createTestApp, gql, heard, joinRoom, redisReachable, seenBy, settle, tabPool, testRedisUrl, type TestTab, type TestUser } from '@pillars/api/testing';
import { PRESENCE, PRESENCE_EVENT_TYPE } from '@pillars/shared/types';
import { randomUUID } from 'node:crypto';
import { WikiModule } from './wiki.module';
import { SET_MEMBER } from './wiki.test-documents';
import { wikiTestApp } from './wiki.test-support';

const EDITORS = `query($id: ID!) { wikiPage(id: $id) { id editors { id name } } }`;
type Ack = { ok: boolean; code?: string; room?: string };

const { app: current, ok, space, page } = wikiTestApp();
const tabs = tabPool();
afterEach(() => tabs.closeAll());

const room = (pageId: string) => `wikipage:${pageId}`;
const enter = (tab: TestTab, pageId: string) => tab.socket.emitWithAck('presence.enter', { room: room(pageId) }) as Promise<Ack>;
const leave = (tab: TestTab, pageId: string) => tab.socket.emitWithAck('presence.leave', { room: room(pageId) }) as Promise<Ack>;
const editors = async (app: INestApplication, user: TestUser, pageId: string): Promise<string[]> =>
  (await gql(app).as(user).send<{ wikiPage: { editors: { id: string }[] } }>(EDITORS, { id: pageId })).data?.wikiPage.editors.map((u) => u.id) ?? [];
/** The next presence change a tab hears in the page's room (heard ones are cleared first). */
const nextChange = (tab: TestTab, pageId: string) => {
  tab.received.length = 0;
  return heard(tab, (e) => e.type === PRESENCE_EVENT_TYPE && e.id === room(pageId));
};

describe('wiki presence: "Ana is editing this page"', () => {
  it('two readers see each other editing, live, and see someone leave', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org, { name: 'Ana Rossi' });
    const bob = await buildUser(org, { name: 'Bob Levi' });
    const p = await page(hr, await space(hr), 'Expenses');
    const anaTab = await tabs.open(current(), ana);
    const bobTab = await tabs.open(current(), bob);
    expect(await joinRoom(anaTab, room(p.id))).toBe(true);
    expect(await joinRoom(bobTab, room(p.id))).toBe(true);
    expect(await editors(current(), bob, p.id)).toEqual([]);

    let bobHears = nextChange(bobTab, p.id);
    expect(await enter(anaTab, p.id)).toEqual({ ok: true, room: room(p.id) });
    // The socket carries an invalidation only: no name, no page content.
    expect(await bobHears).toEqual({ type: PRESENCE_EVENT_TYPE, id: room(p.id), version: expect.any(Number) });
    expect(await editors(current(), bob, p.id)).toEqual([ana.id]);

    // A heartbeat of someone already present changes nothing, so nobody refetches.
    bobTab.received.length = 0;
    await enter(anaTab, p.id);
    await settle(current(), org, [bobTab]);
    expect(seenBy(bobTab)).toEqual([]);

    const anaHears = nextChange(anaTab, p.id);
    await enter(bobTab, p.id);
    await anaHears;
    expect(await editors(current(), ana, p.id)).toEqual([ana.id, bob.id]);

    bobHears = nextChange(bobTab, p.id);
    expect(await leave(anaTab, p.id)).toMatchObject({ ok: true });
    await bobHears;
    expect(await editors(current(), bob, p.id)).toEqual([bob.id]);
  });

  it('refuses an outsider the presence room, with the answer a page that does not exist gets, and tells them nothing', async () => {
    const org = await buildOrganization();
    const otherOrg = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org);
    const colleague = await buildUser(org);
    const foreigner = await buildUser(otherOrg);
    const privateSpace = await space(hr, { visibility: 'MEMBERS' });
    await ok(hr, SET_MEMBER, { input: { spaceId: privateSpace, userId: ana.id, role: 'EDITOR' } });
    const p = await page(hr, privateSpace, 'Salary bands');

    const anaTab = await tabs.open(current(), ana);
    expect(await enter(anaTab, p.id)).toMatchObject({ ok: true });
    const outsiderTabs: TestTab[] = [];
    for (const outsider of [colleague, foreigner]) {
      const tab = await tabs.open(current(), outsider);
      outsiderTabs.push(tab);
      expect(await joinRoom(tab, room(p.id))).toBe(false);
      expect(await enter(tab, p.id)).toEqual({ ok: false, room: room(p.id), code: 'FORBIDDEN' });
      expect(await enter(tab, randomUUID())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const res = await gql(current()).as(outsider).send(EDITORS, { id: p.id });
      expect(codeOf(res)).toBe('NOT_FOUND');
    }
    // Presence only in rooms registered for it, and only for well-formed rooms.
    expect(await anaTab.socket.emitWithAck('presence.enter', { room: `space:${privateSpace}` })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await anaTab.socket.emitWithAck('presence.enter', { room: room(p.id), extra: 1 })).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(await editors(current(), ana, p.id)).toEqual([ana.id]);
    // Ana leaving and coming back is heard by nobody outside.
    await leave(anaTab, p.id);
    await enter(anaTab, p.id);
    await settle(current(), [org, otherOrg], outsiderTabs);
    for (const tab of outsiderTabs) expect(seenBy(tab)).toEqual([]);

    // Losing access: the next heartbeat is refused and takes the person out of the room.
    await ok(hr, SET_MEMBER, { input: { spaceId: privateSpace, userId: ana.id, role: null } });
    expect(await enter(anaTab, p.id)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await editors(current(), hr, p.id)).toEqual([]);
  });

  it('a dropped connection clears presence, and the others hear it', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org);
    const bob = await buildUser(org);
    const p = await page(hr, await space(hr), 'Onboarding');
    const anaTab = await tabs.open(current(), ana);
    const secondAnaTab = await tabs.open(current(), ana);
    const bobTab = await tabs.open(current(), bob);
    await joinRoom(bobTab, room(p.id));
    await enter(anaTab, p.id);
    await enter(secondAnaTab, p.id);
    expect(await editors(current(), bob, p.id)).toEqual([ana.id]);

    // One of Ana's two tabs closing leaves her present through the other.
    let bobHears = nextChange(bobTab, p.id);
    secondAnaTab.socket.disconnect();
    await bobHears;
    expect(await editors(current(), bob, p.id)).toEqual([ana.id]);

    bobHears = nextChange(bobTab, p.id);
    anaTab.socket.disconnect();
    await bobHears;
    expect(await editors(current(), bob, p.id)).toEqual([]);
  });

  it('forgets a client that stopped its heartbeat (a crash) after the TTL, whatever the store', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org);
    const p = await page(hr, await space(hr), 'Runbook');
    const presence = current().get(RealtimePresence);
    // A socket on a process that crashed: its last heartbeat was just over a TTL ago.
    await presence.enter(room(p.id), ana.id, `crashed-${randomUUID()}`, Date.now() - PRESENCE.ttlMs - 1);
    expect(await editors(current(), hr, p.id)).toEqual([]);
    await presence.enter(room(p.id), ana.id, `alive-${randomUUID()}`, Date.now() - PRESENCE.ttlMs + 10_000);
    expect(await editors(current(), hr, p.id)).toEqual([ana.id]);
  });
});

const REDIS_URL = testRedisUrl();
const redisUp = !!process.env['REDIS_URL'] && redisReachable(REDIS_URL);
if (!redisUp) console.warn('wiki-presence.spec: the two-process case is SKIPPED without REDIS_URL and a Redis answering it');

(redisUp ? describe : describe.skip)('wiki presence on two API processes sharing Redis', () => {
  let other: INestApplication;
  beforeAll(async () => {
    other = await createTestApp([DirectoryModule, WikiModule], { redisUrl: REDIS_URL });
  });
  afterAll(() => other.close());

  it('someone editing through one process is seen by a reader on the other, and their leaving too', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const ana = await buildUser(org);
    const bob = await buildUser(org);
    const p = await page(hr, await space(hr), 'Shared runbook');
    const anaOnA = await tabs.open(current(), ana);
    const bobOnB = await tabs.open(other, bob);
    await joinRoom(bobOnB, room(p.id));

    let bobHears = nextChange(bobOnB, p.id);
    await enter(anaOnA, p.id);
    await bobHears;
    expect(await editors(other, bob, p.id)).toEqual([ana.id]);

    bobHears = nextChange(bobOnB, p.id);
    anaOnA.socket.disconnect();
    await bobHears;
    expect(await editors(other, bob, p.id)).toEqual([]);
  });
});
