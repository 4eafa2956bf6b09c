import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

const PEOPLE = `query($status: UserStatus) { people(status: $status) { edges { node { name email status } } } }`;
type People = { people: { edges: { node: { name: string; email: string; status: string } }[] } };

describe('people(status:)', () => {
  it('refuses suspended and departed listings to employees with FORBIDDEN, leaking no one', async () => {
    const org = await buildOrganization();
    const employee = await buildUser(org, { name: 'Active Employee' });
    await buildUser(org, { name: 'Gone Person', status: 'DEPARTED' });
    await buildUser(org, { name: 'Paused Person', status: 'SUSPENDED' });
    for (const status of ['SUSPENDED', 'DEPARTED']) {
      const res = await gql(app).as(employee).send<People>(PEOPLE, { status });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    const active = await gql(app).as(employee).send<People>(PEOPLE, { status: 'ACTIVE' });
    expect(active.data?.people.edges.map((e) => e.node.name)).toEqual(['Active Employee']);
    const unfiltered = await gql(app).as(employee).send<People>(PEOPLE, {});
    expect(unfiltered.data?.people.edges.map((e) => e.node.name)).toEqual(['Active Employee']);
  });

  it('lets HR and admins list them with their emails', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const gone = await buildUser(org, { name: 'Gone Person', status: 'DEPARTED' });
    for (const actor of [hr, admin]) {
      const res = await gql(app).as(actor).send<People>(PEOPLE, { status: 'DEPARTED' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.people.edges.map((e) => e.node)).toEqual([{ name: 'Gone Person', email: gone.email, status: 'DEPARTED' }]);
    }
  });
});
