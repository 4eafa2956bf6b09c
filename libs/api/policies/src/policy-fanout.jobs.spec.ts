import type { INestApplication } from '@nestjs/common';
import { EventsService, JobsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildUser, closeTestDb, createTestApp, gql, one, testDb, jobFinished, until } from '@pillars/api/testing';
import { randomUUID } from 'node:crypto';
import { POLICY_FANOUT_BATCH, POLICY_FANOUT_QUEUE } from './policy-fanout.jobs';
import { PoliciesModule } from './policies.module';
import { CREATE, DRAFT, PUBLISH } from './policies.test-documents';

let app: INestApplication;
const previous = process.env['JOBS'];

beforeAll(async () => {
  // The real pg-boss path: steps after the first are queued jobs, not in-process work.
  process.env['JOBS'] = 'on';
  app = await createTestApp([DirectoryModule, PoliciesModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  process.env['JOBS'] = previous;
  await closeTestDb();
});

describe('policy fan-out through pg-boss', () => {
  it('asks a major version\'s audience outside the request, in batches, and a re-sent step asks and notifies nobody twice', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const people = Array.from({ length: POLICY_FANOUT_BATCH + 150 }, (_, i) => ({ id: randomUUID(), email: `f${i}-${randomUUID().slice(0, 8)}@${org.slug}.test`, name: `Asked ${i}`, roles: [], status: 'ACTIVE', locale: 'en' }));
    await testDb().query(`SELECT pillars_insert_users($1, $2::jsonb, false)`, [org.id, JSON.stringify(people)]);
    const created = await gql(app).as(hr).send<{ createPolicy: { policy: { id: string } } }>(CREATE, { input: { kind: 'GUIDELINE', category: 'Social media', title: 'Social Media Guidelines' } });
    const policyId = created.data?.createPolicy.policy.id as string;
    const drafted = await gql(app).as(hr).send<{ draftPolicyVersion: { version: { id: string } } }>(DRAFT, {
      input: { policyId, change: 'MAJOR', bodies: [{ language: 'en', title: 'SMG', body: 'Think first.', acknowledgementText: 'I will.' }], fallbackLanguage: 'en', audience: { rules: { include: [{ kind: 'ALL' }] } } },
    });
    const versionId = drafted.data?.draftPolicyVersion.version.id as string;
    expect((await gql(app).as(hr).send(PUBLISH, { id: versionId })).errors).toBeUndefined();
    // The request wrote no ask: the fan-out starts from the outbox, after commit.
    expect(await all(`SELECT 1 FROM policy_assignments WHERE policy_id = $1`, [policyId])).toHaveLength(0);
    await app.get(EventsService).kick();
    const total = people.length + 1;
    const counts = () => one<{ asks: number; notes: number }>(
      `SELECT (SELECT count(*)::int FROM policy_assignments WHERE policy_id = $1) AS asks,
              (SELECT count(*)::int FROM notifications WHERE kind = 'policies.acknowledgement_requested' AND target_id = $1) AS notes`, [policyId]);
    await until(async () => ((await counts())?.asks === total ? true : undefined));
    const steps = await all<{ after: string | null }>(`SELECT data->>'after' AS after FROM pgboss.job WHERE name = $1 AND data->>'versionId' = $2`, [POLICY_FANOUT_QUEUE, versionId]);
    expect(steps).toHaveLength(1);
    expect(steps[0].after).not.toBeNull();

    const again = (await app.get(JobsService).send(POLICY_FANOUT_QUEUE, { organizationId: org.id, versionId, after: null })) as string;
    const state = await jobFinished(again);
    expect(state).toBe('completed');
    expect(await counts()).toEqual({ asks: total, notes: people.length });
  }, 60_000);
});
