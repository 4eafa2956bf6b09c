import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { NotificationChannel, NotificationDeliveryService, NotificationDigestService, NotificationMailJobs } from '@pillars/api/notifications';
import { all, buildOrganization, buildUser, closeTestDb, createTestApp, gql, testDb, TestUser, startTestSmtp, type TestSmtp } from '@pillars/api/testing';
import { FeedsModule } from './feeds.module';

/** AC3: feeds mail through a real SMTP server in the test (the `smtp-server` package). */
let smtp: TestSmtp;
let app: INestApplication;

const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;
const SET_PREF = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind channel } }`;
const mention = (u: TestUser) => `@[${u.name}](user:${u.id})`;

const mailsTo = (u: TestUser) => smtp.mailsTo(u.email);

beforeAll(async () => {
  smtp = await startTestSmtp();
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterAll(async () => {
  await drain();
  await app.close();
  await smtp.close();
  await closeTestDb();
});

async function drain(): Promise<void> {
  await app.get(EventsService).kick();
  await app.get(NotificationMailJobs).settled();
}
async function send<T = Record<string, unknown>>(actor: TestUser, query: string, vars: Record<string, unknown>): Promise<T> {
  const res = await gql(app).as(actor).send<T>(query, vars);
  expect(res.errors).toBeUndefined();
  await drain();
  return res.data as T;
}
const post = async (actor: TestUser, body: string) => (await send<{ createPost: { post: { id: string } } }>(actor, CREATE, { input: { body } })).createPost.post.id;

/** Runs every delivery path again: the "email now" job body for each notification, the digests, and the outbox handler. */
async function deliverAgain(user: TestUser): Promise<void> {
  const ids = (await all<{ id: string }>(`SELECT id FROM notifications WHERE recipient_id = $1`, [user.id])).map((r) => r.id);
  const delivery = app.get(NotificationDeliveryService);
  for (const id of ids) expect(await Promise.all([delivery.deliverNow(id), delivery.deliverNow(id)])).toEqual([false, false]);
  const digests = app.get(NotificationDigestService);
  for (const channel of [NotificationChannel.DAILY_DIGEST, NotificationChannel.WEEKLY_DIGEST] as const) await digests.runAll(channel);
  // A retried dispatch of the mail handler (as after a crash before it was marked processed).
  const events = await all<{ id: string }>(`SELECT id FROM domain_events WHERE type = 'notifications.created' AND payload->'recipientIds' ? $1`, [user.id]);
  await testDb().query(`DELETE FROM processed_events WHERE handler = 'notifications.mail' AND event_id = ANY($1::uuid[])`, [events.map((e) => e.id)]);
  await testDb().query(`UPDATE domain_events SET dispatched_at = NULL, claimed_until = NULL WHERE id = ANY($1::uuid[])`, [events.map((e) => e.id)]);
  await app.get(EventsService).retry(events.map((e) => e.id));
  await app.get(NotificationMailJobs).settled();
}

describe('feeds mail over SMTP', () => {
  it('a mention sends exactly one email, in the recipient’s language and direction (Hebrew, RTL); delivering again sends nothing', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana' });
    const dana = await buildUser(org, { name: 'Dana', locale: 'he' });
    await post(ana, `שלום ${mention(dana)} — secret launch details`);
    const mails = mailsTo(dana);
    expect(mails).toHaveLength(1);
    const [m] = mails;
    expect(m.subject).toBe('Ana הזכיר/ה אותך');
    expect(m.html).toContain('lang="he" dir="rtl"');
    expect(m.html).toContain('Ana הזכיר/ה אותך');
    expect(m.text).toContain('Ana הזכיר/ה אותך');
    // The mail says who and what kind, never the post's words.
    expect(m.html).not.toContain('secret launch');
    expect(m.text).not.toContain('secret launch');
    expect(mailsTo(ana)).toHaveLength(0);
    await deliverAgain(dana);
    expect(mailsTo(dana)).toHaveLength(1);
  });

  it('in daily digest mode several mentions and replies make one mail (Arabic); running the digest again sends nothing more', async () => {
    const org = await buildOrganization();
    const amal = await buildUser(org, { name: 'Amal', locale: 'ar' });
    const [bo, cy] = [await buildUser(org, { name: 'Bo' }), await buildUser(org, { name: 'Cy' })];
    for (const kind of ['feeds.mention', 'feeds.reply']) await send(amal, SET_PREF, { input: { kind, channel: 'DAILY_DIGEST' } });
    const mine = await post(amal, 'أهلاً');
    await post(bo, `hi ${mention(amal)}`);
    await post(cy, `hey ${mention(amal)}`);
    await send(bo, COMMENT, { input: { postId: mine, body: 'رائع' } });
    expect(mailsTo(amal)).toHaveLength(0);
    expect(await app.get(NotificationDigestService).sendDigest(NotificationChannel.DAILY_DIGEST, org.id, amal.id)).toBe(true);
    const mails = mailsTo(amal);
    expect(mails).toHaveLength(1);
    const [m] = mails;
    expect(m.subject).toBe('ملخصك اليومي');
    expect(m.html).toContain('lang="ar" dir="rtl"');
    // Newest first: Bo's reply, then the two mentions.
    const lines = m.text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('- '));
    expect(lines).toEqual(['- ردّ عليك Bo', '- أشار إليك Cy', '- أشار إليك Bo']);
    await deliverAgain(amal);
    expect(mailsTo(amal)).toHaveLength(1);
  });
});
