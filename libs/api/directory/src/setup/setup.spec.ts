import type { INestApplication } from '@nestjs/common';
import { buildOrganization, closeTestDb, codeOf, createEmptyDatabase, createTestApp, type EmptyDatabase, gql } from '@pillars/api/testing';
import { Pool } from 'pg';
import { DirectoryModule } from '../directory.module';
import { slugOf } from './setup.service';

const STATUS = `{ setupStatus { needed } }`;
const COMPLETE = `mutation($input: CompleteSetupInput!) { completeSetup(input: $input) { user { id name email roles locale } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const ME = `{ me { id name roles } }`;
const input = (o: Record<string, unknown> = {}) => ({ organizationName: 'Acme Cooperative', name: 'Rania Haddad', email: 'rania@acme.example', password: 'a-long-first-password', locale: 'ar', ...o });
const cookieOf = (res: { headers: Headers }) => (res.headers.get('set-cookie') ?? '').split(';')[0];

describe('first-run setup on an empty database', () => {
  let empty: EmptyDatabase;
  let app: INestApplication;
  let db: Pool;
  const count = async (table: string) => Number((await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

  beforeAll(async () => {
    empty = await createEmptyDatabase();
    app = await createTestApp([DirectoryModule], { databaseUrl: empty.url });
    db = new Pool({ connectionString: empty.url, max: 2 });
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await empty.drop();
  });

  it('is needed, refuses a short password, then creates one organisation and admin for two racing visitors and signs the winner in', async () => {
    expect((await gql(app).send<{ setupStatus: { needed: boolean } }>(STATUS)).data?.setupStatus.needed).toBe(true);

    const short = await gql(app).send(COMPLETE, { input: input({ password: 'short' }) });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password', rule: 'minLength' })]));
    expect(await count('organizations')).toBe(0);

    // Different names and emails: without the lock both would succeed.
    const [a, b] = await Promise.all([
      gql(app).send<{ completeSetup: { user: { id: string; email: string; roles: string[]; locale: string } } }>(COMPLETE, { input: input() }),
      gql(app).send<{ completeSetup: { user: { id: string } } }>(COMPLETE, { input: input({ organizationName: 'Rival Org', email: 'rival@rival.example' }) }),
    ]);
    const winner = a.errors ? b : a;
    const loser = a.errors ? a : b;
    expect(winner.errors).toBeUndefined();
    expect(codeOf(loser)).toBe('SETUP_ALREADY_DONE');
    expect(loser.headers.get('set-cookie')).toBeNull();
    expect(await count('organizations')).toBe(1);
    expect(await count('users')).toBe(1);
    const [admin] = (await db.query(`SELECT id, email, roles, locale, password_hash FROM users`)).rows;
    expect(admin.roles).toEqual(['ADMIN']);
    expect(admin.password_hash).toMatch(/^\$argon2id\$/);

    // The response's cookie is a session of the new administrator, like sign-in's.
    expect(winner.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const me = await gql(app).withCookie(cookieOf(winner)).send<{ me: { id: string; roles: string[] } }>(ME);
    expect(me.data?.me?.id).toBe(admin.id);
    expect(me.data?.me?.roles).toContain('ADMIN');
  });

  it('locks itself once done: not needed any more, a second call is refused, and the admin signs in with the chosen password', async () => {
    expect((await gql(app).send<{ setupStatus: { needed: boolean } }>(STATUS)).data?.setupStatus.needed).toBe(false);
    const again = await gql(app).send(COMPLETE, { input: input({ email: 'late@acme.example' }) });
    expect(codeOf(again)).toBe('SETUP_ALREADY_DONE');
    expect(await count('users')).toBe(1);

    const [admin] = (await db.query(`SELECT email FROM users`)).rows;
    const signIn = await gql(app).fromIp('10.77.0.1').send(SIGN_IN, { input: { email: admin.email, password: 'a-long-first-password' } });
    expect(signIn.errors).toBeUndefined();
  });
});

describe('setup on a deployment that has an organisation', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createTestApp([DirectoryModule]);
  });
  afterAll(async () => {
    await app.close();
    await closeTestDb();
  });

  it('is not needed and refuses to create another organisation', async () => {
    await buildOrganization();
    expect((await gql(app).send<{ setupStatus: { needed: boolean } }>(STATUS)).data?.setupStatus.needed).toBe(false);
    const res = await gql(app).send(COMPLETE, { input: input({ email: `intruder-${Date.now()}@evil.example` }) });
    expect(codeOf(res)).toBe('SETUP_ALREADY_DONE');
  });
});

describe('slugOf', () => {
  it('makes a URL-safe slug, with a fallback for names without Latin letters', () => {
    expect(slugOf('  Crème Brûlée & Co. ')).toBe('creme-brulee-co');
    expect(slugOf('شركة الأمل')).toBe('org');
  });
});
