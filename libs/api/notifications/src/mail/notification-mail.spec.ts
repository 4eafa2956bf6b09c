import type { INestApplication } from '@nestjs/common';
import { Db, EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, appUrl, buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, newId, TestOrg, TestUser, startTestSmtp, type TestSmtp } from '@pillars/api/testing';
import { NotificationChannel, NotificationKinds, NotificationTargets } from '../notification.registry';
import { NotificationsModule } from '../notifications.module';
import { NotificationsService } from '../notifications.service';
import { NotificationDeliveryService } from './notification-delivery.service';
import { DIGEST_CAP, NotificationDigestService } from './notification-digest.service';
import { NotificationMailJobs } from './notification-mail.jobs';

let smtp: TestSmtp;
let app: INestApplication;
const visibleDocs = new Set<string>();

const mailsTo = (user: TestUser) => smtp.mailsTo(user.email).map((m) => m.decoded);

async function startApp(): Promise<INestApplication> {
  const a = await createTestApp([DirectoryModule, NotificationsModule]);
  a.get(NotificationKinds).register(
    { kind: 'feeds.mention', defaultChannel: NotificationChannel.EMAIL_NOW },
    { kind: 'feeds.reaction', defaultChannel: NotificationChannel.DAILY_DIGEST },
  );
  a.get(NotificationTargets).register('testDoc', async (_actor, ids) => new Set(ids.filter((id) => visibleDocs.has(id))));
  return a;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  app = await startApp();
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await smtp.close();
  await closeTestDb();
});

const doc = () => {
  const id = newId();
  visibleDocs.add(id);
  return id;
};
async function notify(on: INestApplication, org: TestOrg, kind: string, actor: TestUser, recipients: TestUser[], target = doc()) {
  const ids = await on.get(Db).transaction((tx) =>
    on.get(NotificationsService).notify(tx, { organizationId: org.id, kind, actorId: actor.id, recipientIds: recipients.map((r) => r.id), target: { type: 'testDoc', id: target } }),
  );
  await on.get(EventsService).kick();
  await on.get(NotificationMailJobs).settled();
  return ids;
}

describe('notification mail', () => {
  it('mails a mention once, in the recipient language, with one-click unsubscribe; rerunning the delivery sends nothing more', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana' });
    const gino = await buildUser(org, { name: 'Gino', locale: 'it' });
    const [id] = await notify(app, org, 'feeds.mention', ana, [gino]);
    expect(mailsTo(gino)).toHaveLength(1);
    const [mail] = mailsTo(gino);
    expect(mail).toMatch(/^Subject: Ana ti ha menzionato/m);
    expect(mail).toContain('lang="it" dir="ltr"');
    expect(mail).toMatch(/^List-Unsubscribe:\s+<http[^>]+\/unsubscribe\?token=[\w.-]+>/m);
    expect(mail).toMatch(/^List-Unsubscribe-Post:\s+List-Unsubscribe=One-Click/m);
    expect(mail).toContain('Content-Type: text/plain');
    // A retried job and a second process racing it: the ledger lets nothing through.
    const delivery = app.get(NotificationDeliveryService);
    expect(await Promise.all([delivery.deliverNow(id), delivery.deliverNow(id)])).toEqual([false, false]);
    expect(await delivery.deliverNow(id)).toBe(false);
    expect(mailsTo(gino)).toHaveLength(1);
  });

  it('writes right-to-left HTML for Arabic and escapes names', async () => {
    const org = await buildOrganization();
    const evil = await buildUser(org, { name: '<img src=x onerror=alert(1)>' });
    const amal = await buildUser(org, { name: 'Amal', locale: 'ar' });
    await notify(app, org, 'feeds.mention', evil, [amal]);
    const [mail] = mailsTo(amal);
    expect(mail).toContain('lang="ar" dir="rtl"');
    expect(mail).toContain('أشار إليك');
    const html = mail.slice(mail.indexOf('<!doctype html>'), mail.indexOf('</html>'));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('sends nothing for a target the recipient can no longer see', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org);
    const bo = await buildUser(org);
    const hidden = newId();
    await notify(app, org, 'feeds.mention', ana, [bo], hidden);
    expect(mailsTo(bo)).toHaveLength(0);
  });

  it('unsubscribes one kind from the link: mail stops, the centre keeps it; a forged token is refused', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana' });
    const dana = await buildUser(org, { locale: 'he' });
    await notify(app, org, 'feeds.mention', ana, [dana]);
    const link = /unsubscribe\?token=([\w.-]+)/.exec(mailsTo(dana)[0])?.[1] as string;
    const res = await fetch(`${appUrl(app)}/unsubscribe?token=${link}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('dir="rtl"');
    expect(page).toContain('ההרשמה בוטלה');
    const prefs = await gql(app).as(dana).send<{ notificationPreferences: { kind: string; channel: string }[] }>(`{ notificationPreferences { kind channel } }`);
    expect(prefs.data?.notificationPreferences.find((p) => p.kind === 'feeds.mention')?.channel).toBe('IN_APP');
    await notify(app, org, 'feeds.mention', ana, [dana]);
    expect(mailsTo(dana)).toHaveLength(1);
    const oneClick = await fetch(`${appUrl(app)}/unsubscribe?token=${link}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(oneClick.status).toBe(200);
    const [body, mac] = link.split('.');
    const forged = Buffer.from(JSON.stringify([org.id, ana.id, ['feeds.mention']])).toString('base64url');
    for (const token of [`${forged}.${mac}`, `${body}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`, 'nonsense', '']) expect((await fetch(`${appUrl(app)}/unsubscribe?token=${encodeURIComponent(token)}`)).status).toBe(400);
  });

  it('sends one digest for several notifications, newest first and capped, and never again for the same ones', async () => {
    const org = await buildOrganization();
    const bo = await buildUser(org, { name: 'Bo' });
    const reactors: TestUser[] = [];
    for (let i = 0; i < DIGEST_CAP + 2; i++) reactors.push(await buildUser(org, { name: `Reactor${String(i).padStart(2, '0')}` }));
    for (const r of reactors) await notify(app, org, 'feeds.reaction', r, [bo]);
    expect(mailsTo(bo)).toHaveLength(0);
    const digests = app.get(NotificationDigestService);
    await digests.sendDigest(NotificationChannel.DAILY_DIGEST, org.id, bo.id);
    await digests.sendDigest(NotificationChannel.DAILY_DIGEST, org.id, bo.id);
    const mails = mailsTo(bo);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/^Subject: Your daily digest/m);
    expect(mails[0]).toContain('and 2 more');
    const order = [...mails[0].matchAll(/^- (Reactor\d\d) reacted/gm)].map((m) => m[1]);
    expect(order).toEqual(reactors.slice(2).reverse().map((r) => r.name));
    // A new one later goes in the next digest alone.
    await notify(app, org, 'feeds.reaction', reactors[0], [bo]);
    await digests.sendDigest(NotificationChannel.DAILY_DIGEST, org.id, bo.id);
    expect(mailsTo(bo)).toHaveLength(2);
    expect(mailsTo(bo)[1]).not.toContain('more');
  });
});

describe('mail outbox (no SMTP_URL)', () => {
  let embedded: INestApplication;
  beforeAll(async () => {
    const smtpUrl = process.env['SMTP_URL'];
    delete process.env['SMTP_URL'];
    embedded = await startApp();
    process.env['SMTP_URL'] = smtpUrl;
  });
  afterAll(async () => {
    await embedded.get(EventsService).kick();
    await embedded.close();
  });

  it('writes mail to the outbox, which only admins read', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana' });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const before = smtp.inbox.length;
    await notify(embedded, org, 'feeds.mention', ana, [admin]);
    expect(smtp.inbox.length).toBe(before);
    const rows = await all<{ to_address: string }>(`SELECT to_address FROM mail_outbox WHERE organization_id = $1`, [org.id]);
    expect(rows.map((r) => r.to_address)).toEqual([admin.email]);
    const Q = `{ mailOutbox(first: 5) { edges { node { to subject text html } } pageInfo { hasNextPage } } }`;
    const res = await gql(embedded).as(admin).send<{ mailOutbox: { edges: { node: { to: string; subject: string; text: string } }[] } }>(Q);
    expect(res.data?.mailOutbox.edges.map((e) => [e.node.to, e.node.subject])).toEqual([[admin.email, 'Ana mentioned you']]);
    expect(codeOf(await gql(embedded).as(ana).send(Q))).toBe('FORBIDDEN');
    const ability = async (u: TestUser) => (await gql(embedded).as(u).send<{ abilities: { canReadMailOutbox: boolean } }>(`{ abilities { canReadMailOutbox } }`)).data?.abilities.canReadMailOutbox;
    expect([await ability(admin), await ability(ana)]).toEqual([true, false]);
  });
});
