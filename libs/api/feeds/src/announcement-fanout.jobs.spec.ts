import type { INestApplication } from '@nestjs/common';
import { EventsService, JobsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildUser, closeTestDb, createTestApp, gql, one, testDb, jobFinished, until } from '@pillars/api/testing';
import { randomUUID } from 'node:crypto';
import { ANNOUNCEMENT_FANOUT_QUEUE, NOTIFY_BATCH } from './announcement-fanout.jobs';
import { FeedsModule } from './feeds.module';

let app: INestApplication;
const previous = process.env['JOBS'];

beforeAll(async () => {
  // This file runs the real pg-boss path: fan-out steps are queued jobs, not in-process work.
  process.env['JOBS'] = 'on';
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  process.env['JOBS'] = previous;
  await closeTestDb();
});

describe('announcement fan-out through pg-boss', () => {
  it('writes the receipts and the first NOTIFY_BATCH notifications in-process and queues the rest, and a re-sent step delivers and notifies nobody twice', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const people = Array.from({ length: NOTIFY_BATCH + 200 }, (_, i) => ({ id: randomUUID(), email: `q${i}-${randomUUID().slice(0, 8)}@${org.slug}.test`, name: `Queued ${i}`, roles: [], status: 'ACTIVE', locale: 'en' }));
    await testDb().query(`SELECT pillars_insert_users($1, $2::jsonb, false)`, [org.id, JSON.stringify(people)]);
    const res = await gql(app).as(hr).send<{ publishAnnouncement: { post: { id: string } } }>(
      `mutation($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { post { id } } }`,
      { input: { body: 'Everyone', audience: { rules: { include: [{ kind: 'ALL' }] } } } },
    );
    expect(res.errors).toBeUndefined();
    const postId = res.data?.publishAnnouncement.post.id as string;
    await app.get(EventsService).kick();
    const total = people.length + 1;
    const counts = () => one<{ receipts: number; notes: number }>(
      `SELECT (SELECT count(*)::int FROM announcement_receipts WHERE post_id = $1) AS receipts,
              (SELECT count(*)::int FROM notifications WHERE kind = 'feeds.announcement' AND target_id = $1) AS notes`, [postId]);
    await until(async () => ((await counts())?.notes === people.length ? true : undefined));
    const steps = await all<{ phase: string | null }>(`SELECT data->>'phase' AS phase FROM pgboss.job WHERE name = $1 AND data->>'postId' = $2`, [ANNOUNCEMENT_FANOUT_QUEUE, postId]);
    // The receipts and the first notifications ran right after the commit (no worker poll to wait for); only the second notification step is a job.
    expect(steps).toEqual([{ phase: 'notify' }]);

    const again = (await app.get(JobsService).send(ANNOUNCEMENT_FANOUT_QUEUE, { organizationId: org.id, postId, after: null })) as string;
    const state = await jobFinished(again);
    expect(state).toBe('completed');
    await app.get(EventsService).kick();
    expect(await counts()).toEqual({ receipts: total, notes: people.length });
  }, 60_000);
});
