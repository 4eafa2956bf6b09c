import type { INestApplication } from '@nestjs/common';
import { GRAPHQL_LIMITS } from '@pillars/api/core';
import { all, appUrl, buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, one, TEST_PASSWORD } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id email } } }`;
const ME = `{ me { id name } }`;
let app: INestApplication;
// Random per run: with REDIS_URL the counters outlive the test process.
const octet = () => Math.floor(Math.random() * 250) + 1;
const freshIp = () => `10.${octet()}.${octet()}.${octet()}`;

beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly SameSite session cookie that works for `me`', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const res = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: user.email.toUpperCase(), password: TEST_PASSWORD } });
    expect(res.errors).toBeUndefined();
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/pillars_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0];
    const me = await gql(app).withCookie(cookie).send<{ me: { id: string } }>(ME);
    expect(me.data?.me.id).toBe(user.id);
    // Only the hash of the token is stored.
    const token = cookie.split('=')[1];
    expect(await one(`SELECT 1 FROM sessions WHERE token_hash = $1`, [token])).toBeUndefined();
  });

  it('refuses a wrong password and an unknown email with the same code and no cookie', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const wrong = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: user.email, password: 'not-the-password' } });
    const unknown = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: `nobody-${user.email}`, password: TEST_PASSWORD } });
    expect(codeOf(wrong)).toBe('AUTH_INVALID_CREDENTIALS');
    expect(codeOf(unknown)).toBe('AUTH_INVALID_CREDENTIALS');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('rejects malformed input with BAD_USER_INPUT naming the field', async () => {
    const res = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: '<script>alert(1)</script>', password: 'x' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'email', rule: 'isEmail' })]));
  });
});

describe('suspension and sessions', () => {
  it('a suspended user cannot sign in, and their live sessions stop working at once', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const user = await buildUser(org);
    expect((await gql(app).as(user).send<{ me: { id: string } }>(ME)).data?.me.id).toBe(user.id);

    const res = await gql(app).as(admin).send(`mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { status } } }`, { input: { id: user.id, status: 'SUSPENDED' } });
    expect(res.errors).toBeUndefined();

    expect((await gql(app).as(user).send<{ me: unknown }>(ME)).data?.me).toBeNull();
    const signIn = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(codeOf(signIn)).toBe('AUTH_ACCOUNT_DISABLED');
    expect(await all(`SELECT 1 FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [user.id])).toHaveLength(0);
  });

  it('sign-out revokes this session only; sign-out everywhere revokes all of them', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const other = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    const otherCookie = (other.headers.get('set-cookie') ?? '').split(';')[0];

    const out = await gql(app).as(user).send<{ signOut: { revokedSessions: number } }>(`mutation { signOut { ok revokedSessions } }`);
    expect(out.data?.signOut.revokedSessions).toBe(1);
    expect((await gql(app).as(user).send<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect((await gql(app).withCookie(otherCookie).send<{ me: { id: string } }>(ME)).data?.me.id).toBe(user.id);

    const third = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    const thirdCookie = (third.headers.get('set-cookie') ?? '').split(';')[0];
    const everywhere = await gql(app).withCookie(thirdCookie).send<{ signOutEverywhere: { revokedSessions: number } }>(`mutation { signOutEverywhere { ok revokedSessions } }`);
    expect(everywhere.data?.signOutEverywhere.revokedSessions).toBe(2);
    expect((await gql(app).withCookie(otherCookie).send<{ me: unknown }>(ME)).data?.me).toBeNull();
  });

  it('changing the password keeps this session and revokes the others', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const other = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    const otherCookie = (other.headers.get('set-cookie') ?? '').split(';')[0];
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { revokedSessions } }`;

    const wrong = await gql(app).as(user).send(CHANGE, { input: { currentPassword: 'nope-nope-nope', newPassword: 'a-new-long-password' } });
    expect(codeOf(wrong)).toBe('AUTH_WRONG_PASSWORD');
    const ok = await gql(app).as(user).send<{ changePassword: { revokedSessions: number } }>(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password' } });
    expect(ok.data?.changePassword.revokedSessions).toBe(1);
    expect((await gql(app).as(user).send<{ me: { id: string } }>(ME)).data?.me.id).toBe(user.id);
    expect((await gql(app).withCookie(otherCookie).send<{ me: unknown }>(ME)).data?.me).toBeNull();
    const again = await gql(app).fromIp(freshIp()).send(SIGN_IN, { input: { email: user.email, password: 'a-new-long-password' } });
    expect(again.errors).toBeUndefined();
  });

  it('needs a session for everything but sign-in and me', async () => {
    const res = await gql(app).send(`{ people { edges { node { id } } } }`);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });
});

describe('GraphQL protection', () => {
  it('rejects queries deeper than the depth limit with QUERY_TOO_COMPLEX', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const deep = `{ me ${'{ manager '.repeat(GRAPHQL_LIMITS.maxDepth)}{ id }${' }'.repeat(GRAPHQL_LIMITS.maxDepth)} }`;
    const res = await gql(app).as(user).send(deep);
    expect(res.data ?? null).toBeNull();
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects more than 15 aliases with QUERY_TOO_COMPLEX', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await gql(app).as(user).send(`{ ${aliases} }`);
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a GET mutation-less request without a preflight-proof content type (CSRF prevention)', async () => {
    const res = await fetch(`${appUrl(app)}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
  });
});
