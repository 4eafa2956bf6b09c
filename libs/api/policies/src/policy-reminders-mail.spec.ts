import type { INestApplication } from '@nestjs/common';
import { EventsService, JobsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildUser, closeTestDb, createTestApp, jobFinished, startTestSmtp, testDb, until, type TestSmtp, type TestUser } from '@pillars/api/testing';
import { PoliciesModule } from './policies.module';
import { policyTestKit, READING, type ReadingView } from './policy-features.test-support';
import { POLICY_ESCALATION_KIND, POLICY_REMINDER_KIND, POLICY_REMINDER_QUEUE } from './policy-reminders.jobs';

/** AC1 "reminders go once per person per step even if the job runs twice", through pg-boss and a real SMTP server. */
let app: INestApplication;
let smtp: TestSmtp;
const kit = policyTestKit(() => app);
// notifications' "email now" queue (MAIL_NOW_QUEUE, not exported: only this spec waits on it).
const MAIL_NOW_QUEUE = 'notifications.mail.now';
const previous = process.env['JOBS'];

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env['JOBS'] = 'on';
  app = await createTestApp([DirectoryModule, PoliciesModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  process.env['JOBS'] = previous;
  await smtp.close();
  await closeTestDb();
});

/** Runs the reminder job through its queue for one organisation and waits for it to end. */
async function runJob(organizationId: string): Promise<void> {
  const id = await app.get(JobsService).send(POLICY_REMINDER_QUEUE, { organizationId });
  expect(await jobFinished(id as string)).toBe('completed');
  await app.get(EventsService).kick();
}

const notificationIds = async (users: TestUser[]) =>
  (await all<{ id: string }>(`SELECT id FROM notifications WHERE recipient_id = ANY($1::uuid[]) AND kind = ANY($2::text[])`, [users.map((u) => u.id), [POLICY_REMINDER_KIND, POLICY_ESCALATION_KIND]])).map((r) => r.id);

/** Every "email now" job of these people's reminder notifications has ended (so no mail is still on its way). */
const mailJobsDone = async (users: TestUser[]) => {
  const ids = await notificationIds(users);
  const [row] = await all<{ open: number; done: number }>(
    `SELECT count(*) FILTER (WHERE state NOT IN ('completed', 'failed'))::int AS open, count(*) FILTER (WHERE state = 'completed')::int AS done
       FROM pgboss.job WHERE name = $1 AND data->>'notificationId' = ANY($2::text[])`,
    [MAIL_NOW_QUEUE, ids],
  );
  return row.open === 0 && row.done >= ids.length ? true : undefined;
};

describe('policy reminder mail through the job queue', () => {
  it('mails each overdue person once and their manager once with the list of names, in their languages, however often the job runs', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const manager = await buildUser(org, { name: 'Mara Manager', locale: 'he' });
    const late = await buildUser(org, { name: 'Luca Late', managerId: manager.id, locale: 'it' });
    const later = await buildUser(org, { name: 'Lena Later', managerId: manager.id });
    const done = await buildUser(org, { name: 'Dora Done', managerId: manager.id });
    const audience = { rules: { include: [{ kind: 'USERS', userIds: [late.id, later.id, done.id] }] } };
    const { policyId, versionId } = await kit.published(hr, { dueInDays: 10, audience });
    await until(async () => ((await all(`SELECT 1 FROM policy_assignments WHERE version_id = $1`, [versionId])).length === 3 ? true : undefined));
    const read = await kit.ok<ReadingView>(done, READING, { id: policyId });
    await kit.ok(done, `mutation($input: AcknowledgePolicyInput!) { acknowledgePolicy(input: $input) { acknowledgement { id } } }`, {
      input: { versionId, language: read.policy.currentVersion.reading.language, textHash: read.policy.currentVersion.reading.textHash },
    });
    // Eight days overdue (as if the weeks had passed): the weekly reminder and the escalation are due.
    await testDb().query(`UPDATE policy_assignments SET due_at = now() - interval '8 days' WHERE version_id = $1`, [versionId]);

    // The job runs twice (a retry, a second process, a restart mid-hour).
    await runJob(org.id);
    await runJob(org.id);
    const people = [late, later, done, manager];
    await until(() => mailJobsDone(people));
    expect(smtp.mailsTo(late.email)).toHaveLength(1);
    expect(smtp.mailsTo(later.email)).toHaveLength(1);
    expect(smtp.mailsTo(done.email)).toHaveLength(0);
    expect(smtp.mailsTo(manager.email)).toHaveLength(1);

    const [toLate] = smtp.mailsTo(late.email);
    expect(toLate.subject).toBe('Promemoria: una policy attende la tua conferma');
    expect(toLate.html).toContain('lang="it"');
    expect(smtp.mailsTo(later.email)[0].subject).toBe('Reminder: a policy is waiting for your acknowledgement');
    const [toManager] = smtp.mailsTo(manager.email);
    expect(toManager.html).toContain('lang="he" dir="rtl"');
    expect(toManager.subject).toContain('לא אישרו מדיניות בזמן');
    // The list of the overdue reports, one a line; not the one who acknowledged.
    expect(toManager.text).toContain('- Luca Late');
    expect(toManager.text).toContain('- Lena Later');
    expect(toManager.text).not.toContain('Dora Done');

    // And once more: nothing new is written or sent.
    const before = await notificationIds(people);
    await runJob(org.id);
    expect(await notificationIds(people)).toEqual(before);
    await until(() => mailJobsDone(people));
    expect(smtp.inbox.filter((m) => people.some((p) => m.to.includes(p.email)))).toHaveLength(3);
  });
});
