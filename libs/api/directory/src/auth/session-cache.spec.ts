import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildUser, closeTestDb, codeOf, countQueries, createTestApp, gql } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';

const ME = `{ me { id } }`;
const SIGN_OUT = `mutation { signOut { ok } }`;
const ASSIGN_ROLES = `mutation($input: AssignRolesInput!) { assignRoles(input: $input) { user { id } } }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`;

// Two processes' worth of API on one database: each has its own session cache.
let here: INestApplication;
let there: INestApplication;
beforeAll(async () => {
  [here, there] = await Promise.all([createTestApp([DirectoryModule]), createTestApp([DirectoryModule])]);
});
afterAll(async () => {
  await Promise.all([here.close(), there.close()]);
  await closeTestDb();
});

/** Polls `check` (bounded), for a condition another process reaches on its own clock. */
async function eventually(check: () => Promise<boolean>, attempts = 100): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('session lookup cache', () => {
  it('answers a burst of requests on one session with one session lookup', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    // The best of three ignores a pair that straddled the cache's one-second life.
    const repeats: number[] = [];
    for (let i = 0; i < 3; i++) {
      const first = await countQueries(() => gql(here).as(user).send(ME));
      repeats.push(first - (await countQueries(() => gql(here).as(user).send(ME))));
    }
    expect(Math.max(...repeats)).toBe(1);
  });

  it('refuses a revoked session at once on the process that revoked it, and within the cache life on another', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    // Both processes have the session cached.
    expect((await gql(here).as(user).send<{ me: { id: string } }>(ME)).data?.me.id).toBe(user.id);
    expect((await gql(there).as(user).send<{ me: { id: string } }>(ME)).data?.me.id).toBe(user.id);

    expect((await gql(here).as(user).send(SIGN_OUT)).errors).toBeUndefined();
    expect((await gql(here).as(user).send<{ me: null }>(ME)).data?.me).toBeNull();
    expect(await eventually(async () => (await gql(there).as(user).send<{ me: null }>(ME)).data?.me === null)).toBe(true);
    expect(codeOf(await gql(there).as(user).send(SIGN_OUT))).toBe('UNAUTHENTICATED');
  });

  it('sees a role granted by a command on the same process at once', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const user = await buildUser(org);
    expect(codeOf(await gql(here).as(user).send(CREATE_TEAM, { input: { name: 'Before' } }))).toBe('FORBIDDEN');
    expect((await gql(here).as(admin).send(ASSIGN_ROLES, { input: { id: user.id, roles: ['ADMIN'] } })).errors).toBeUndefined();
    expect((await gql(here).as(user).send(CREATE_TEAM, { input: { name: 'After' } })).errors).toBeUndefined();
  });
});
