import type { INestApplication } from '@nestjs/common';
import { Actor, Db } from '@pillars/api/core';
import { buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';
import { PeopleDirectory } from './people.directory';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

describe('PeopleDirectory', () => {
  it('returns presented people of the own organisation in the order asked, leaving out foreign and unknown ids', async () => {
    const org = await buildOrganization();
    const other = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana Lima', title: 'Designer' });
    const ben = await buildUser(org, { name: 'Ben Okafor', status: 'DEPARTED' });
    const stranger = await buildUser(other);
    const actor = new Actor(ana.id, org.id, [], 'session', [], 'en');
    const people = await app.get(PeopleDirectory).usersByIds(actor, [ben.id, stranger.id, ana.id, '00000000-0000-4000-8000-000000000000']);
    expect(people.map((p) => [p.id, p.name, p.initials])).toEqual([[ben.id, 'Ben Okafor', 'BO'], [ana.id, 'Ana Lima', 'AL']]);
    // Presented, not raw rows: the password hash never leaves the directory.
    expect(Object.keys(people[0])).not.toContain('passwordHash');
  });

  it('finds a person and everyone below them in the manager line', async () => {
    const org = await buildOrganization();
    const ceo = await buildUser(org);
    const vp = await buildUser(org, { managerId: ceo.id });
    const dev = await buildUser(org, { managerId: vp.id });
    await buildUser(org);
    const ids = await app.get(PeopleDirectory).atOrBelow(app.get(Db).manager, org.id, [vp.id], 100);
    expect(ids.sort()).toEqual([vp.id, dev.id].sort());
  });

  it('tells what a set of people is: teams with their ancestors, places, roles and the whole line above', async () => {
    const org = await buildOrganization();
    const root = await buildTeam(org);
    const mid = await buildTeam(org, { parentId: root.id });
    const leaf = await buildTeam(org, { parentId: mid.id });
    const ceo = await buildUser(org);
    const vp = await buildUser(org, { managerId: ceo.id });
    const a = await buildUser(org, { managerId: vp.id, location: 'Roma', roles: ['HR'], teamIds: [leaf.id] });
    const b = await buildUser(org, { location: 'Oslo', status: 'SUSPENDED' });
    await buildUser(org, { location: 'Lima', teamIds: [root.id] });
    const facts = await app.get(PeopleDirectory).factsOf(app.get(Db).manager, org.id, [a.id, b.id]);
    expect({ ...facts, teamTreeIds: facts.teamTreeIds.sort(), locations: facts.locations.sort(), lineManagerIds: facts.lineManagerIds.sort() }).toEqual({
      teamIds: [leaf.id],
      teamTreeIds: [root.id, mid.id, leaf.id].sort(),
      locations: ['Oslo', 'Roma'],
      roles: ['HR'],
      managerIds: [vp.id],
      lineManagerIds: [ceo.id, vp.id].sort(),
    });
  });
});
