import type { INestApplication } from '@nestjs/common';
import { Actor, Db } from '@pillars/api/core';
import { buildOrganization, buildUser, closeTestDb, createTestApp } from '@pillars/api/testing';
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
});
