import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, newId, openTab, seenBy, settle, type TestTab, TestUser } from '@pillars/api/testing';
import { EventsService } from '@pillars/api/core';
import { DOMAIN_MODULES } from '../app/app.module';

/** A connected socket with everything it received, in order, and a name for failure messages. */
interface Tab extends TestTab { name: string }

const tabs: Tab[] = [];

const open = async (app: INestApplication, user: TestUser, name: string): Promise<Tab> => {
  const tab = { ...(await openTab(app, user)), name };
  tabs.push(tab);
  return tab;
};

const join = async (tab: Tab, room: string) => {
  const ack = (await tab.socket.emitWithAck('subscribe', { room })) as { ok: boolean; code?: string };
  if (!ack.ok) throw new Error(`${tab.name} could not join ${room}: ${ack.code}`);
  return tab;
};

const seen = seenBy;
const names = (list: Tab[]) => list.map((t) => t.name).sort();

afterEach(() => {
  for (const t of tabs.splice(0)) t.socket.disconnect();
});
afterAll(closeTestDb);

describe('targeted realtime rooms', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createTestApp(DOMAIN_MODULES);
  });
  afterAll(() => app.close());

  it('sends an edit of one person only to the sockets showing that person, their manager or their team, and to the person', async () => {
    const org = await buildOrganization();
    const otherOrg = await buildOrganization();
    const [teamOfP, otherTeam] = [await buildTeam(org), await buildTeam(org)];
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const hr = await buildUser(org, { roles: ['HR'] });
    const manager = await buildUser(org);
    const person = await buildUser(org, { managerId: manager.id, teamIds: [teamOfP.id], location: 'Porto' });
    const teammate = await buildUser(org, { teamIds: [teamOfP.id], managerId: manager.id });
    const colleagues: TestUser[] = [];
    for (let i = 0; i < 8; i++) colleagues.push(await buildUser(org, { teamIds: [i % 2 ? otherTeam.id : teamOfP.id] }));
    const outsider = await buildUser(otherOrg);

    const created = await gql(app).as(hr).send<{ createAudience: { audience: { id: string } } }>(
      `mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { id } } }`,
      { input: { name: `Lisbon ${org.id}`, rules: { include: [{ kind: 'LOCATION', location: 'Lisbon' }] } } },
    );
    const lisbon = created.data?.createAudience.audience.id as string;
    const unrelatedAudience = (
      await gql(app).as(hr).send<{ createAudience: { audience: { id: string } } }>(`mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { id } } }`, {
        input: { name: `Oslo ${org.id}`, rules: { include: [{ kind: 'LOCATION', location: 'Oslo' }] } },
      })
    ).data?.createAudience.audience.id as string;
    await settle(app, [org], []);

    // 46 sockets of 14 people: who shows what.
    const users = [admin, hr, manager, teammate, ...colleagues];
    const pick = (i: number) => users[i % users.length];
    const group = async (label: string, count: number, room: string | null, who: (i: number) => TestUser = pick) => {
      const list: Tab[] = [];
      for (let i = 0; i < count; i++) {
        const tab = await open(app, who(i), `${label}#${i}`);
        list.push(room ? await join(tab, room) : tab);
      }
      return list;
    };
    const ownTabs = [await open(app, person, 'own#0'), await join(await open(app, person, 'own#1'), `team:${otherTeam.id}`)];
    const personViewers = await group('person', 7, `person:${person.id}`);
    const managerViewers = await group('manager', 3, `person:${manager.id}`);
    const teamViewers = await group('team', 6, `team:${teamOfP.id}`);
    const otherTeamViewers = await group('other-team', 5, `team:${otherTeam.id}`);
    const otherPersonViewers = await group('other-person', 6, `person:${teammate.id}`);
    const listViewers = await group('directory', 3, `directory:${org.id}`);
    const audienceViewers = await group('audience', 2, `audience:${lisbon}`, () => hr);
    const otherAudienceViewers = await group('other-audience', 2, `audience:${unrelatedAudience}`, () => hr);
    const idle = await group('idle', 8, null);
    const foreign = await group('foreign', 2, null, () => outsider);
    const everyone = [...ownTabs, ...personViewers, ...managerViewers, ...teamViewers, ...otherTeamViewers, ...otherPersonViewers, ...listViewers, ...audienceViewers, ...otherAudienceViewers, ...idle, ...foreign];
    expect(everyone).toHaveLength(46);

    const res = await gql(app).as(admin).send(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`, {
      input: { id: person.id, title: 'Secret project lead', location: 'Lisbon' },
    });
    expect(res.errors).toBeUndefined();
    await settle(app, [org, otherOrg], everyone);

    const expected = [...ownTabs, ...personViewers, ...managerViewers, ...teamViewers];
    expect(names(everyone.filter((t) => seen(t).includes(`User:${person.id}`)))).toEqual(names(expected));
    for (const tab of expected) expect(seen(tab)).toEqual([`User:${person.id}`]);
    // The person joined the Lisbon audience: its viewers hear about the audience, not the person.
    for (const tab of audienceViewers) expect(seen(tab)).toEqual([`Audience:${lisbon}`]);
    const untouched = [...otherTeamViewers, ...otherPersonViewers, ...listViewers, ...otherAudienceViewers, ...idle, ...foreign];
    expect(untouched.filter((t) => seen(t).length > 0).map((t) => `${t.name}: ${seen(t).join(',')}`)).toEqual([]);
    for (const tab of everyone) expect(JSON.stringify(tab.received)).not.toContain('Secret');
  });

  it('sends a bulk change as one coarse event to the directory list viewers, not to every socket', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const [moved, newParent, bystanderTeam] = [await buildTeam(org), await buildTeam(org), await buildTeam(org)];
    const member = await buildUser(org, { teamIds: [moved.id] });
    const listViewers = [await join(await open(app, member, 'directory#0'), `directory:${org.id}`), await join(await open(app, admin, 'directory#1'), `directory:${org.id}`)];
    const movedViewers = [await join(await open(app, admin, 'moved#0'), `team:${moved.id}`)];
    const parentViewers = [await join(await open(app, member, 'parent#0'), `team:${newParent.id}`)];
    const others = [await join(await open(app, admin, 'bystander#0'), `team:${bystanderTeam.id}`), await open(app, member, 'idle#0'), await open(app, admin, 'idle#1')];

    const res = await gql(app).as(admin).send(`mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }`, { input: { id: moved.id, parentId: newParent.id } });
    expect(res.errors).toBeUndefined();
    await settle(app, [org], [...listViewers, ...movedViewers, ...parentViewers, ...others]);

    for (const tab of listViewers) expect(seen(tab)).toEqual([`Directory:${org.id}`]);
    for (const tab of [...movedViewers, ...parentViewers]) expect(seen(tab)).toEqual([`Team:${moved.id}`]);
    for (const tab of others) expect(seen(tab)).toEqual([]);
  });

  it('tells the former and the new manager’s viewers when a person changes manager', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const [former, next] = [await buildUser(org), await buildUser(org)];
    const person = await buildUser(org, { managerId: former.id });
    const formerViewer = await join(await open(app, admin, 'former'), `person:${former.id}`);
    const nextViewer = await join(await open(app, admin, 'next'), `person:${next.id}`);
    const idle = await open(app, admin, 'idle');

    await gql(app).as(admin).send(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`, { input: { id: person.id, managerId: next.id } });
    await settle(app, [org], [formerViewer, nextViewer, idle]);

    expect(seen(formerViewer)).toEqual([`User:${person.id}`]);
    expect(seen(nextViewer)).toEqual([`User:${person.id}`]);
    expect(seen(idle)).toEqual([]);
  });

  it('lets a socket join the person, team, directory and audience rooms only after the read check', async () => {
    const org = await buildOrganization();
    const otherOrg = await buildOrganization();
    const team = await buildTeam(org);
    const hr = await buildUser(org, { roles: ['HR'] });
    const colleague = await buildUser(org, { location: 'Rome' });
    const stranger = await buildUser(org, { location: 'Milan' });
    const outsider = await buildUser(otherOrg, { roles: ['ADMIN', 'HR'] });
    const created = await gql(app).as(hr).send<{ createAudience: { audience: { id: string } } }>(`mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { id } } }`, {
      input: { name: `Rome ${org.id}`, rules: { include: [{ kind: 'LOCATION', location: 'Rome' }] } },
    });
    const audience = created.data?.createAudience.audience.id as string;
    await app.get(EventsService).kick();

    const ask = async (user: TestUser, room: string) => ((await (await open(app, user, room)).socket.emitWithAck('subscribe', { room })) as { ok: boolean; code?: string });
    const rooms = [`person:${colleague.id}`, `team:${team.id}`, `directory:${org.id}`, `audience:${audience}`];
    for (const room of rooms) expect(await ask(outsider, room)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    for (const room of rooms) expect(await ask(hr, room)).toMatchObject({ ok: true });
    // A member may follow the audience they are in; someone outside it may not (the audience policy).
    expect(await ask(colleague, `audience:${audience}`)).toMatchObject({ ok: true });
    expect(await ask(stranger, `audience:${audience}`)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await ask(hr, `person:${newId()}`)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

// Needs a Redis server: runs in CI (REDIS_URL set) and skips on a machine without services.
(process.env['REDIS_URL'] ? describe : describe.skip)('targeted rooms across API processes on one Redis', () => {
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

  it('delivers an edit made through one process to the viewers of that person on the other, and to no one else', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const [person, other] = [await buildUser(org), await buildUser(org)];
    const viewer = await join(await open(b, admin, 'viewer'), `person:${person.id}`);
    const otherViewer = await join(await open(b, admin, 'other'), `person:${other.id}`);
    const idle = await open(b, admin, 'idle');

    await gql(a).as(admin).send(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`, { input: { id: person.id, title: 'Moved' } });
    await settle(a, [org], [viewer, otherViewer, idle]);

    expect(seen(viewer)).toEqual([`User:${person.id}`]);
    expect(seen(otherViewer)).toEqual([]);
    expect(seen(idle)).toEqual([]);
  });
});
