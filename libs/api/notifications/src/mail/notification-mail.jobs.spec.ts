import type { INestApplication } from '@nestjs/common';
import { Db, EventsService, JobsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildUser, closeTestDb, createTestApp, newId, jobFinished, until } from '@pillars/api/testing';
import { NotificationChannel, NotificationKinds, NotificationTargets } from '../notification.registry';
import { NotificationsModule } from '../notifications.module';
import { NotificationsService } from '../notifications.service';
import { MAIL_NOW_QUEUE } from './notification-mail.jobs';

let app: INestApplication;
const previous = { jobs: process.env['JOBS'], smtp: process.env['SMTP_URL'] };

beforeAll(async () => {
  // This file runs the real pg-boss path, with the outbox as the mail sink.
  process.env['JOBS'] = 'on';
  delete process.env['SMTP_URL'];
  app = await createTestApp([DirectoryModule, NotificationsModule]);
  app.get(NotificationKinds).register({ kind: 'feeds.mention', defaultChannel: NotificationChannel.EMAIL_NOW });
  app.get(NotificationTargets).register('testDoc', async (_actor, ids) => new Set(ids));
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  process.env['JOBS'] = previous.jobs;
  if (previous.smtp) process.env['SMTP_URL'] = previous.smtp;
  await closeTestDb();
});

describe('notification mail through pg-boss', () => {
  it('delivers an "email now" notification in a job, and a second job for it sends nothing', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana' });
    const bo = await buildUser(org);
    const [id] = await app.get(Db).transaction((tx) =>
      app.get(NotificationsService).notify(tx, { organizationId: org.id, kind: 'feeds.mention', actorId: ana.id, recipientIds: [bo.id], target: { type: 'testDoc', id: newId() } }),
    );
    await app.get(EventsService).kick();
    const outbox = () => all<{ subject: string }>(`SELECT subject FROM mail_outbox WHERE organization_id = $1`, [org.id]);
    await until(async () => ((await outbox()).length > 0 ? true : undefined));
    // A retry of the same delivery, as a separate job: it completes and sends nothing more.
    const again = (await app.get(JobsService).send(MAIL_NOW_QUEUE, { notificationId: id })) as string;
    await jobFinished(again).then((state) => expect(state).toBe('completed'));
    expect((await outbox()).map((m) => m.subject)).toEqual(['Ana mentioned you']);
  });
});
