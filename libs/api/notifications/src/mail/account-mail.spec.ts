import type { INestApplication } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, one, TEST_PASSWORD, type GqlResponse, type TestUser, startTestSmtp, type TestSmtp } from '@pillars/api/testing';
import { NotificationsModule } from '../notifications.module';
import { AccountMailHandler } from './account-mail.handler';

// Invitation and reset links over HTTP, with the mails caught by a real SMTP server.
let smtp: TestSmtp;
let app: INestApplication;

const mailsTo = (email: string) => smtp.mailsTo(email).map((m) => m.decoded);
const tokenIn = (mail: string) => /#token=([\w-]{40,})/.exec(mail)?.[1] as string;

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`;
const LINK = `query($token: String!) { accountLink(token: $token) { purpose name } }`;
const SET_PASSWORD = `mutation($input: SetPasswordFromLinkInput!) { setPasswordFromLink(input: $input) { user { id } } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const ME = `{ me { id } }`;
const NEW_PASSWORD = 'a-fresh-long-password';

/** Runs the outbox and waits until the mails it produced are with the SMTP server. */
async function delivered(): Promise<void> {
  await app.get(EventsService).kick();
  await app.get(AccountMailHandler).settled();
}
const cookieOf = (res: GqlResponse<unknown>) => /pillars_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

beforeAll(async () => {
  smtp = await startTestSmtp();
  app = await createTestApp([DirectoryModule, NotificationsModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await smtp.close();
  await closeTestDb();
});

async function invite(admin: TestUser, orgSlug: string, locale = 'en') {
  const email = `new-${Math.random().toString(36).slice(2, 8)}@${orgSlug}.test`;
  const res = await gql(app).as(admin).send<{ createUser: { user: { id: string } } }>(CREATE_USER, { input: { email, name: 'Rana Haddad', locale } });
  expect(res.errors).toBeUndefined();
  await delivered();
  return { email, id: res.data?.createUser.user.id as string };
}

describe('invitations', () => {
  it('mails a person created without a password in their language; the link sets the password, signs in, and works once', async () => {
    const org = await buildOrganization('Acme');
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const { email, id } = await invite(admin, org.slug, 'ar');
    const mails = mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('lang="ar" dir="rtl"');
    expect(mails[0]).toContain('مرحبًا Rana Haddad');
    expect(mails[0]).toContain('Content-Type: text/plain');
    const token = tokenIn(mails[0]);
    // Only the hash is stored.
    expect(await all(`SELECT 1 FROM user_tokens WHERE user_id = $1 AND purpose = 'INVITE' AND token_hash <> $2`, [id, token])).toHaveLength(1);

    expect((await gql(app).send<{ accountLink: unknown }>(LINK, { token })).data?.accountLink).toEqual({ purpose: 'INVITE', name: 'Rana Haddad' });
    const short = await gql(app).send(SET_PASSWORD, { input: { token, password: 'short' } });
    expect(codeOf(short)).toBe('BAD_USER_INPUT');

    const set = await gql(app).send<{ setPasswordFromLink: { user: { id: string } } }>(SET_PASSWORD, { input: { token, password: NEW_PASSWORD } });
    expect(set.errors).toBeUndefined();
    expect(set.data?.setPasswordFromLink.user.id).toBe(id);
    const cookie = cookieOf(set);
    expect((await gql(app).withCookie(`pillars_session=${cookie}`).send<{ me: { id: string } }>(ME)).data?.me?.id).toBe(id);

    expect(codeOf(await gql(app).send(SET_PASSWORD, { input: { token, password: 'another-long-password' } }))).toBe('AUTH_LINK_INVALID');
    expect(codeOf(await gql(app).send(LINK, { token }))).toBe('AUTH_LINK_INVALID');
    expect((await gql(app).send(SIGN_IN, { input: { email, password: NEW_PASSWORD } })).errors).toBeUndefined();
  });

  it('refuses an expired invitation with AUTH_LINK_EXPIRED and a made-up one with AUTH_LINK_INVALID', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const { email, id } = await invite(hr, org.slug);
    const token = tokenIn(mailsTo(email)[0]);
    const expiry = await one<{ days: number }>(`SELECT round(extract(epoch FROM expires_at - now()) / 86400)::int AS days FROM user_tokens WHERE user_id = $1`, [id]);
    expect(expiry?.days).toBe(7);
    await all(`UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
    expect(codeOf(await gql(app).send(SET_PASSWORD, { input: { token, password: NEW_PASSWORD } }))).toBe('AUTH_LINK_EXPIRED');
    expect(codeOf(await gql(app).send(SET_PASSWORD, { input: { token: 'x'.repeat(43), password: NEW_PASSWORD } }))).toBe('AUTH_LINK_INVALID');
    expect(await one(`SELECT password_hash FROM users WHERE id = $1`, [id])).toEqual({ password_hash: null });
  });

  it('resending replaces the link: the first stops working, the second works; once the password is set, resending is refused', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const { email, id } = await invite(hr, org.slug, 'it');
    const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { user { id } } }`;
    const ABILITY = `query($id: ID!) { user(id: $id) { abilities { canResendInvitation } } }`;
    const canResend = async (as: TestUser) => (await gql(app).as(as).send<{ user: { abilities: { canResendInvitation: boolean } } }>(ABILITY, { id })).data?.user.abilities.canResendInvitation;
    const employee = await buildUser(org);
    expect(await canResend(hr)).toBe(true);
    expect(await canResend(employee)).toBe(false);
    expect(codeOf(await gql(app).as(employee).send(RESEND, { id }))).toBe('FORBIDDEN');
    expect((await gql(app).as(hr).send(RESEND, { id })).errors).toBeUndefined();
    await delivered();
    const mails = mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]).toMatch(/^Subject: Sei invitato/m);
    const [first, second] = mails.map(tokenIn);
    expect(first).not.toBe(second);
    expect(codeOf(await gql(app).send(SET_PASSWORD, { input: { token: first, password: NEW_PASSWORD } }))).toBe('AUTH_LINK_INVALID');
    expect((await gql(app).send(SET_PASSWORD, { input: { token: second, password: NEW_PASSWORD } })).errors).toBeUndefined();
    // Activated: the button goes (the ability says no) and the API refuses with a stable code.
    expect(await canResend(hr)).toBe(false);
    expect(codeOf(await gql(app).as(hr).send(RESEND, { id }))).toBe('AUTH_ALREADY_ACTIVATED');
    // The audit trail: who asked for which mail.
    expect(await all(`SELECT type, actor_id AS "actorId" FROM domain_events WHERE organization_id = $1 AND type LIKE 'directory.user.%' AND type <> 'directory.user.created' ORDER BY seq`, [org.id])).toEqual([
      { type: 'directory.user.invited', actorId: hr.id },
      { type: 'directory.user.invited', actorId: hr.id },
      { type: 'directory.user.password_set', actorId: id },
    ]);
  });

  it('invites everyone a CSV import creates, each in their language, and not those it only updates', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const existing = await buildUser(org, { name: 'Already Here' });
    const d = `@${org.slug}.test`;
    const csv = ['email,name,locale', `giulia${d},Giulia Bianchi,it`, `noa${d},Noa Levi,he`, `${existing.email},Already Here,en`].join('\r\n') + '\r\n';
    const res = await gql(app).as(hr).send(`mutation($input: ApplyDirectoryImportInput!) { applyDirectoryImport(input: $input) { toCreate } }`, { input: { csv, mode: 'ALL_OR_NOTHING' } });
    expect(res.errors).toBeUndefined();
    await delivered();
    expect(mailsTo(`giulia${d}`)[0]).toMatch(/^Subject: Sei invitato/m);
    expect(mailsTo(`noa${d}`)[0]).toContain('lang="he" dir="rtl"');
    expect(mailsTo(existing.email)).toHaveLength(0);
  });

  it('lets one of two racing uses of a link win', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const { email } = await invite(admin, org.slug);
    const token = tokenIn(mailsTo(email)[0]);
    const results = await Promise.all([
      gql(app).send(SET_PASSWORD, { input: { token, password: 'first-racing-password' } }),
      gql(app).send(SET_PASSWORD, { input: { token, password: 'second-racing-password' } }),
    ]);
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['AUTH_LINK_INVALID', 'OK']);
  });
});

describe('password reset', () => {
  // Per-IP throttles live in Redis past a run: each run takes its own addresses, so a second run within the window starts clean.
  const run = [randomInt(256), randomInt(256)];
  const ip = (group: number, host: number) => `10.${run[0]}.${run[1]}.${group * 10 + host}`;
  const request = (email: string, from: string) => gql(app).fromIp(from).send<{ requestPasswordReset: boolean }>(REQUEST_RESET, { input: { email } });

  it('answers the same for an unknown address and mails nothing; a known one gets a one-hour link', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org, { locale: 'he' });
    const unknown = `nobody@${org.slug}.test`;
    const a = await request(unknown, ip(1, 1));
    const b = await request(user.email.toUpperCase(), ip(1, 1));
    expect(a.data).toEqual(b.data);
    expect(a.errors).toBeUndefined();
    await delivered();
    expect(mailsTo(unknown)).toHaveLength(0);
    const [mail] = mailsTo(user.email);
    expect(mail).toContain('lang="he" dir="rtl"');
    expect(mail).toContain('/reset-password#token=');
    const expiry = await one<{ minutes: number }>(`SELECT round(extract(epoch FROM expires_at - now()) / 60)::int AS minutes FROM user_tokens WHERE user_id = $1 AND purpose = 'RESET'`, [user.id]);
    expect(expiry?.minutes).toBe(60);
  });

  it('uses the link once: sets the password, revokes every other session, signs in', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    await request(user.email, ip(1, 2));
    await delivered();
    const token = tokenIn(mailsTo(user.email)[0]);
    expect((await gql(app).send<{ accountLink: unknown }>(LINK, { token })).data?.accountLink).toEqual({ purpose: 'RESET', name: user.name });
    const set = await gql(app).send(SET_PASSWORD, { input: { token, password: NEW_PASSWORD } });
    expect(set.errors).toBeUndefined();
    expect((await gql(app).as(user).send<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect((await gql(app).withCookie(`pillars_session=${cookieOf(set)}`).send<{ me: { id: string } }>(ME)).data?.me?.id).toBe(user.id);
    expect(codeOf(await gql(app).send(SIGN_IN, { input: { email: user.email, password: TEST_PASSWORD } }))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(codeOf(await gql(app).send(SET_PASSWORD, { input: { token, password: 'yet-another-password' } }))).toBe('AUTH_LINK_INVALID');
  });

  it('refuses an expired reset link and any link of a suspended person', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const late = await buildUser(org);
    const paused = await buildUser(org);
    const SEND = `mutation($id: ID!) { sendPasswordReset(id: $id) { user { id } } }`;
    for (const u of [late, paused]) expect((await gql(app).as(admin).send(SEND, { id: u.id })).errors).toBeUndefined();
    await delivered();
    await all(`UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [late.id]);
    expect(codeOf(await gql(app).send(SET_PASSWORD, { input: { token: tokenIn(mailsTo(late.email)[0]), password: NEW_PASSWORD } }))).toBe('AUTH_LINK_EXPIRED');
    const suspend = await gql(app).as(admin).send(`mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { id } } }`, { input: { id: paused.id, status: 'SUSPENDED' } });
    expect(suspend.errors).toBeUndefined();
    expect(codeOf(await gql(app).send(SET_PASSWORD, { input: { token: tokenIn(mailsTo(paused.email)[0]), password: NEW_PASSWORD } }))).toBe('AUTH_ACCOUNT_DISABLED');
    expect(codeOf(await gql(app).as(admin).send(SEND, { id: paused.id }))).toBe('AUTH_ACCOUNT_DISABLED');
    // Forgot-password for a suspended address: the same answer, no mail.
    await request(paused.email, ip(1, 3));
    await delivered();
    expect(mailsTo(paused.email)).toHaveLength(1);
  });

  it('throttles per address and per IP with RATE_LIMITED and retryAfter, known address or not', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const ips = [ip(2, 1), ip(2, 2), ip(2, 3), ip(2, 4)];
    const answers = [];
    for (const ip of ips) answers.push(await request(user.email, ip));
    expect(answers.slice(0, 3).map(codeOf)).toEqual([undefined, undefined, undefined]);
    expect(codeOf(answers[3])).toBe('RATE_LIMITED');
    expect(answers[3].errors?.[0].extensions?.['retryAfter']).toBeGreaterThan(0);
    const unknown = [];
    for (const ip of ips) unknown.push(codeOf(await request(`ghost@${org.slug}.test`, ip)));
    expect(unknown).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
    // One address asking about many accounts.
    const spray = [];
    for (let i = 0; i < 21; i++) spray.push(codeOf(await request(`p${i}@${org.slug}.test`, ip(3, 1))));
    expect(spray.slice(0, 20).every((c) => c === undefined)).toBe(true);
    expect(spray[20]).toBe('RATE_LIMITED');
  });
});

describe('without SMTP_URL (the embedded default)', () => {
  it('writes the invitation to the mail outbox admins read', async () => {
    const url = process.env['SMTP_URL'];
    delete process.env['SMTP_URL'];
    const embedded = await createTestApp([DirectoryModule, NotificationsModule]);
    try {
      const org = await buildOrganization();
      const admin = await buildUser(org, { roles: ['ADMIN'] });
      const email = `outbox@${org.slug}.test`;
      expect((await gql(embedded).as(admin).send(CREATE_USER, { input: { email, name: 'Out Box', locale: 'it' } })).errors).toBeUndefined();
      await embedded.get(EventsService).kick();
      await embedded.get(AccountMailHandler).settled();
      const rows = await all<{ subject: string; text: string }>(`SELECT subject, text FROM mail_outbox WHERE organization_id = $1 AND to_address = $2`, [org.id, email]);
      expect(rows).toHaveLength(1);
      expect(rows[0].subject).toMatch(/^Sei invitato/);
      expect(rows[0].text).toMatch(/\/welcome#token=[\w-]{40,}/);
    } finally {
      await embedded.close();
      process.env['SMTP_URL'] = url;
    }
  });
});
