import { spawnSync } from 'node:child_process';
import type { INestApplication } from '@nestjs/common';
import { EventsService, RealtimeService } from '@pillars/api/core';
import { randomUUID } from 'node:crypto';
import type { InvalidationEvent } from '@pillars/shared/types';
import { io, type Socket } from 'socket.io-client';
import { appUrl } from './test-app';

/** The Redis multi-process specs use: REDIS_URL, else a local default. */
export const testRedisUrl = (): string => process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

/**
 * Whether a Redis server answers PING at `url`, checked synchronously (a child process) so a spec
 * can choose `describe` or `describe.skip` at load time and say why it skipped.
 */
export function redisReachable(url = testRedisUrl()): boolean {
  const { hostname, port } = new URL(url);
  const probe = `const s=require('net').connect(${Number(port) || 6379},${JSON.stringify(hostname || '127.0.0.1')});
s.setTimeout(1500,()=>process.exit(1));s.on('error',()=>process.exit(1));
s.on('connect',()=>s.write('PING\\r\\n'));s.on('data',(d)=>process.exit(/PONG|NOAUTH/.test(String(d))?0:1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}

/** A signed-in socket.io client ("a browser tab") that records every invalidation it hears. */
export interface TestTab { socket: Socket; received: InvalidationEvent[] }

export const openTab = (app: INestApplication, user: { token: string }): Promise<TestTab> =>
  new Promise((resolve, reject) => {
    const socket = io(appUrl(app), { transports: ['websocket'], extraHeaders: { cookie: `pillars_session=${user.token}` }, reconnection: false, forceNew: true });
    const tab: TestTab = { socket, received: [] };
    socket.on('invalidate', (e: InvalidationEvent) => tab.received.push(e));
    socket.once('ready', () => resolve(tab));
    socket.once('connect_error', reject);
  });

/** Joins a room; false when the server's authorizer refused it. */
export const joinRoom = async (tab: TestTab, room: string): Promise<boolean> => ((await tab.socket.emitWithAck('subscribe', { room })) as { ok: boolean }).ok;

/** Resolves once `tab` heard an invalidation matching `match` (already heard counts). */
export const heard = (tab: TestTab, match: (e: InvalidationEvent) => boolean): Promise<InvalidationEvent> =>
  new Promise((resolve) => {
    const found = tab.received.find(match);
    if (found) return resolve(found);
    const check = (e: InvalidationEvent) => {
      if (!match(e)) return;
      tab.socket.off('invalidate', check);
      resolve(e);
    };
    tab.socket.on('invalidate', check);
  });

/** The type of the control events `settle` sends; `seenBy` leaves them out. */
export const CONTROL_EVENT = 'Control';

/**
 * Dispatches `app`'s outbox, then sends a control event to the organisations' rooms from the same
 * process: delivery is ordered per socket (and per Redis channel), so once every tab has it, each
 * has everything the change produced. The tabs must have joined those `org:` rooms.
 */
export async function settle(app: INestApplication, orgs: { id: string } | { id: string }[], tabs: TestTab[]): Promise<void> {
  await app.get(EventsService).kick();
  const id = randomUUID();
  const arrived = tabs.map((tab) => heard(tab, (e) => e.type === CONTROL_EVENT && e.id === id));
  app.get(RealtimeService).emit([orgs].flat().map((o) => `org:${o.id}`), { type: CONTROL_EVENT, id, version: 0 });
  await Promise.all(arrived);
}

/** What a tab heard, control events left out, as `Type:id`. */
export const seenBy = (tab: TestTab): string[] => tab.received.filter((e) => e.type !== CONTROL_EVENT).map((e) => `${e.type}:${e.id}`);

/** Tabs a spec opens, all closed by `closeAll` (call it in afterEach). */
export function tabPool() {
  const tabs: TestTab[] = [];
  return {
    open: async (app: INestApplication, user: { token: string }): Promise<TestTab> => {
      const tab = await openTab(app, user);
      tabs.push(tab);
      return tab;
    },
    closeAll: (): void => {
      for (const t of tabs.splice(0)) t.socket.disconnect();
    },
  };
}
