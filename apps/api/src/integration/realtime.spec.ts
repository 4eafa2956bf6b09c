import type { INestApplication } from '@nestjs/common';
import { EventsService, RealtimeService } from '@pillars/api/core';
import { appUrl, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, TEST_PASSWORD, TestUser } from '@pillars/api/testing';
import { io, Socket } from 'socket.io-client';
import { DOMAIN_MODULES } from '../app/app.module';

const sockets: Socket[] = [];
const connect = (app: INestApplication, user: TestUser | null): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(appUrl(app), { transports: ['websocket'], extraHeaders: user ? { cookie: `pillars_session=${user.token}` } : {}, reconnection: false });
    sockets.push(socket);
    socket.once('ready', () => resolve(socket));
    socket.once('disconnect', () => reject(new Error('disconnected')));
    socket.once('connect_error', reject);
  });
const subscribe = (socket: Socket, room: string) => socket.emitWithAck('subscribe', { room }) as Promise<{ ok: boolean; code?: string }>;
const nextInvalidation = (socket: Socket) => new Promise<unknown>((resolve) => socket.once('invalidate', resolve));

afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(closeTestDb);

describe('socket rooms', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createTestApp(DOMAIN_MODULES);
  });
  afterAll(() => app.close());

  it('refuses a connection without a valid session', async () => {
    await expect(connect(app, null)).rejects.toThrow();
    await expect(connect(app, { token: 'forged', id: '', organizationId: '', email: '', name: '' })).rejects.toThrow();
  });

  it("joins only rooms the user may read: own user and own organisation's teams", async () => {
    const org = await buildOrganization();
    const otherOrg = await buildOrganization();
    const alice = await buildUser(org);
    const bob = await buildUser(org);
    const team = await buildTeam(org);
    const foreignTeam = await buildTeam(otherOrg);
    const socket = await connect(app, alice);
    expect(await subscribe(socket, `team:${team.id}`)).toEqual({ ok: true, room: `team:${team.id}` });
    expect(await subscribe(socket, `team:${foreignTeam.id}`)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await subscribe(socket, `user:${bob.id}`)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await subscribe(socket, `org:${otherOrg.id}`)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await subscribe(socket, `nonsense`)).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    // An emit to a refused room never reaches the socket; one to its own room does.
    const received: unknown[] = [];
    socket.on('invalidate', (e) => received.push(e));
    const realtime = app.get(RealtimeService);
    realtime.emit(`user:${bob.id}`, { type: 'User', id: bob.id, version: 1 });
    realtime.emit(`team:${foreignTeam.id}`, { type: 'Team', id: foreignTeam.id, version: 1 });
    const own = nextInvalidation(socket);
    realtime.emit(`user:${alice.id}`, { type: 'User', id: alice.id, version: 2 });
    expect(await own).toEqual({ type: 'User', id: alice.id, version: 2 });
    expect(received).toEqual([{ type: 'User', id: alice.id, version: 2 }]);
  });

  it('pushes an invalidation (never content) to the person after a directory change commits', async () => {
    const org = await buildOrganization();
    const otherOrg = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const colleague = await buildUser(org);
    const outsider = await buildUser(otherOrg);
    const colleagueSocket = await connect(app, colleague);
    const outsiderSocket = await connect(app, outsider);
    const leaked: unknown[] = [];
    outsiderSocket.on('invalidate', (e) => leaked.push(e));
    const received = nextInvalidation(colleagueSocket);
    const res = await gql(app).as(admin).send(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`, { input: { id: colleague.id, title: 'Secret project lead' } });
    expect(res.errors).toBeUndefined();
    await app.get(EventsService).kick();
    const event = (await received) as { type: string; id: string; version: number };
    expect(event).toEqual({ type: 'User', id: colleague.id, version: expect.any(Number) });
    expect(JSON.stringify(event)).not.toContain('Secret');
    expect(leaked).toEqual([]);
  });

  it('disconnects the sockets of a session when it signs out', async () => {
    const org = await buildOrganization();
    const alice = await buildUser(org);
    const socket = await connect(app, alice);
    const gone = new Promise((resolve) => socket.once('disconnect', resolve));
    await gql(app).as(alice).send(`mutation { signOut { ok } }`);
    await expect(gone).resolves.toBeDefined();
  });
});

// Needs a Redis server: runs in CI (REDIS_URL set) and skips on a machine without services.
(process.env['REDIS_URL'] ? describe : describe.skip)('several API processes on one Redis', () => {
  let a: INestApplication;
  let b: INestApplication;
  beforeAll(async () => {
    a = await createTestApp(DOMAIN_MODULES, { redisUrl: process.env['REDIS_URL'] as string });
    b = await createTestApp(DOMAIN_MODULES, { redisUrl: process.env['REDIS_URL'] as string });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('delivers an event emitted by one process to a socket connected to the other', async () => {
    const org = await buildOrganization();
    const alice = await buildUser(org);
    const socket = await connect(b, alice);
    const received = nextInvalidation(socket);
    a.get(RealtimeService).emit(`user:${alice.id}`, { type: 'User', id: alice.id, version: 7 });
    expect(await received).toEqual({ type: 'User', id: alice.id, version: 7 });
  });

  it('shares login throttling between processes', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
    const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 5; i++) await gql(i % 2 ? a : b).fromIp(ip).send(SIGN_IN, { input: { email: user.email, password: `wrong-${i}` } });
    const blocked = await gql(a).fromIp(ip).send(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
  });
});
