import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildUser, buildUsers, closeTestDb, codeOf, createTestApp, gql, type GqlResponse, TEST_PASSWORD } from '@pillars/api/testing';
import { createClient } from 'redis';
import { DirectoryModule } from '../directory.module';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { revokedSessions } }`;
// Small limits keep the tests short; the rules are the same at the defaults.
const LIMIT = { perAccountIp: 3, perAccount: 6, perIp: 10, windowSeconds: 600 };
// Random per run: with Redis the counters outlive the test process.
const octet = () => Math.floor(Math.random() * 250) + 1;
const freshIp = () => `10.${octet()}.${octet()}.${octet()}`;
const retryAfter = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.['retryAfter'];

const redisUrl = process.env['REDIS_URL'];
const variants: [string, string | null][] = [['in memory', null], ...(redisUrl ? [['in Redis', redisUrl] as [string, string]] : [])];

afterAll(async () => {
  await closeTestDb();
});

describe.each(variants)('sign-in throttling, counters %s', (_, redis) => {
  let app: INestApplication;
  const signIn = (ip: string, email: string, password: string) => gql(app).fromIp(ip).send(SIGN_IN, { input: { email, password } });

  beforeAll(async () => {
    app = await createTestApp([DirectoryModule], { redisUrl: redis, loginLimit: LIMIT });
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets the person in from their address while an attacker at another address is throttled', async () => {
    const user = await buildUser(await buildOrganization());
    const attacker = freshIp();
    for (let i = 0; i < LIMIT.perAccountIp; i++) expect(codeOf(await signIn(attacker, user.email, `guess-${i}`))).toBe('AUTH_INVALID_CREDENTIALS');
    const blocked = await signIn(attacker, user.email, TEST_PASSWORD);
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(blocked.headers.get('set-cookie')).toBeNull();
    // The seconds left in the window, not a constant.
    expect(retryAfter(blocked)).toBeGreaterThan(LIMIT.windowSeconds - 60);
    expect(retryAfter(blocked)).toBeLessThanOrEqual(LIMIT.windowSeconds);

    const real = await signIn(freshIp(), user.email, TEST_PASSWORD);
    expect(real.errors).toBeUndefined();
    expect(real.headers.get('set-cookie')).toMatch(/pillars_session=/);
  });

  it('lets an office of 40 people behind one address all sign in, a few typos included', async () => {
    const org = await buildOrganization();
    const people = await buildUsers(org, 40);
    const office = freshIp();
    for (const typo of people.slice(0, LIMIT.perIp - 1)) expect(codeOf(await signIn(office, typo.email, 'fat-fingered'))).toBe('AUTH_INVALID_CREDENTIALS');
    for (const person of people) expect((await signIn(office, person.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('stops guessing spread over many addresses at the per-account limit, except from where the person signed in before', async () => {
    const user = await buildUser(await buildOrganization());
    const home = freshIp();
    expect((await signIn(home, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < LIMIT.perAccount; i++) expect(codeOf(await signIn(freshIp(), user.email, `guess-${i}`))).toBe('AUTH_INVALID_CREDENTIALS');

    const fromElsewhere = await signIn(freshIp(), user.email, TEST_PASSWORD);
    expect(codeOf(fromElsewhere)).toBe('RATE_LIMITED');
    expect((await signIn(home, user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('stops one address trying many accounts at the per-address failure limit', async () => {
    const org = await buildOrganization();
    const sprayer = freshIp();
    for (let i = 0; i < LIMIT.perIp; i++) expect(codeOf(await signIn(sprayer, `x${i}@${org.slug}.test`, 'Summer2026!'))).toBe('AUTH_INVALID_CREDENTIALS');
    const user = await buildUser(org);
    expect(codeOf(await signIn(sprayer, user.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
    expect((await signIn(freshIp(), user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('clears the account+address count on success', async () => {
    const user = await buildUser(await buildOrganization());
    const ip = freshIp();
    for (let i = 0; i < LIMIT.perAccountIp - 1; i++) await signIn(ip, user.email, `typo-${i}`);
    expect((await signIn(ip, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < LIMIT.perAccountIp; i++) expect(codeOf(await signIn(ip, user.email, `typo-again-${i}`))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(codeOf(await signIn(ip, user.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
  });

  it('counts a burst of parallel guesses instead of letting them all past the check', async () => {
    const user = await buildUser(await buildOrganization());
    const ip = freshIp();
    const codes = (await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(ip, user.email, `burst-${i}`)))).map(codeOf);
    expect(codes.filter((c) => c === 'AUTH_INVALID_CREDENTIALS')).toHaveLength(LIMIT.perAccountIp);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(12 - LIMIT.perAccountIp);
  });

  it('throttles wrong current passwords on change-password, and the right one clears the count', async () => {
    const user = await buildUser(await buildOrganization());
    const change = (currentPassword: string, newPassword = 'a-brand-new-password') => gql(app).as(user).send(CHANGE, { input: { currentPassword, newPassword } });
    for (let i = 0; i < LIMIT.perAccountIp - 1; i++) expect(codeOf(await change(`nope-${i}`))).toBe('AUTH_WRONG_PASSWORD');
    expect((await change(TEST_PASSWORD, 'second-long-password')).errors).toBeUndefined();
    for (let i = 0; i < LIMIT.perAccountIp; i++) expect(codeOf(await change(`nope-again-${i}`))).toBe('AUTH_WRONG_PASSWORD');
    const blocked = await change('second-long-password', 'third-long-password');
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(retryAfter(blocked)).toBeGreaterThan(0);
  });
});

// Needs a Redis server: runs with REDIS_URL set and skips on a machine without services.
(redisUrl ? describe : describe.skip)('sign-in throttling with Redis', () => {
  let app: INestApplication;
  let redis: ReturnType<typeof createClient>;
  beforeAll(async () => {
    app = await createTestApp([DirectoryModule], { redisUrl: redisUrl as string, loginLimit: LIMIT });
    redis = createClient({ url: redisUrl });
    await redis.connect();
  });
  afterAll(async () => {
    await redis.quit();
    await app.close();
  });

  it('reports the real time left in the window as retryAfter', async () => {
    const user = await buildUser(await buildOrganization());
    const ip = freshIp();
    for (let i = 0; i < LIMIT.perAccountIp; i++) await gql(app).fromIp(ip).send(SIGN_IN, { input: { email: user.email, password: `guess-${i}` } });
    // Age the window as if most of it had passed: the answer must follow the key's TTL.
    const keys: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: `pillars:rl:login:*${user.email}`, COUNT: 1000 })) keys.push(...batch);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) await redis.pExpire(key, 42_000);

    const blocked = await gql(app).fromIp(ip).send(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(retryAfter(blocked)).toBeGreaterThan(30);
    expect(retryAfter(blocked)).toBeLessThanOrEqual(42);
  });
});
