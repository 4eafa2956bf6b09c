import { all, buildOrganization, buildUser, codeOf, gql } from '@pillars/api/testing';
import { policiesTestApp } from './policy-features.test-support';
import { PolicyScheduleJobs } from './policy-schedule.jobs';

const SCHEDULE = `mutation($input: SchedulePolicyVersionInput!) { schedulePolicyVersion(input: $input) { version { id status publishAt publishedAt } } }`;
const HOUR = 3600_000;

const { app, kit } = policiesTestApp();

describe('scheduled publication', () => {
  it('a scheduled publication happens at its time (and only once), then asks its audience', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const employee = await buildUser(org);
    const policyId = await kit.createPolicy(hr);
    const versionId = await kit.draft(hr, { policyId, change: 'MAJOR', bodies: [kit.body('en', 'Be kind.')], fallbackLanguage: 'en', audience: kit.everyone, dueInDays: 7 });
    expect(codeOf(await gql(app()).as(hr).send(SCHEDULE, { input: { id: versionId, publishAt: new Date(Date.now() - HOUR).toISOString() } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app()).as(employee).send(SCHEDULE, { input: { id: versionId, publishAt: new Date(Date.now() + HOUR).toISOString() } }))).toBe('FORBIDDEN');
    const at = new Date(Date.now() + 2 * HOUR);
    at.setMilliseconds(0);
    const scheduled = await kit.ok<{ schedulePolicyVersion: { version: { status: string; publishAt: string } } }>(hr, SCHEDULE, { input: { id: versionId, publishAt: at.toISOString() } });
    expect(scheduled.schedulePolicyVersion.version).toMatchObject({ status: 'DRAFT', publishAt: at.toISOString() });

    const sweep = app().get(PolicyScheduleJobs);
    // The clock is the sweep's argument: a minute before its time nothing happens.
    expect(await sweep.sweep(new Date(at.getTime() - 60_000), org.id)).toEqual([]);
    expect(await all(`SELECT status FROM policy_versions WHERE id = $1`, [versionId])).toEqual([{ status: 'DRAFT' }]);
    // At its time (the sweep a little late) it is published, effective at the scheduled time.
    expect(await sweep.sweep(new Date(at.getTime() + 30_000), org.id)).toEqual([versionId]);
    // A second sweep (another process, a retry) publishes nothing again.
    expect(await sweep.sweep(new Date(at.getTime() + 90_000), org.id)).toEqual([]);
    const [row] = await all<{ status: string; publishedAt: Date; publishAt: Date | null }>(`SELECT status, published_at AS "publishedAt", publish_at AS "publishAt" FROM policy_versions WHERE id = $1`, [versionId]);
    expect(row).toMatchObject({ status: 'PUBLISHED', publishAt: null });
    expect(new Date(row.publishedAt).getTime()).toBe(at.getTime());
    expect(await all(`SELECT count(*)::int AS n FROM domain_events WHERE type = 'policies.version.published' AND payload->>'versionId' = $1`, [versionId])).toEqual([{ n: 1 }]);
    // The fan-out followed: the audience is asked, due seven days after the scheduled time.
    await kit.drain();
    const asks = await all<{ userId: string; dueAt: Date }>(`SELECT user_id AS "userId", due_at AS "dueAt" FROM policy_assignments WHERE version_id = $1`, [versionId]);
    expect(asks.map((a) => a.userId).sort()).toEqual([hr.id, employee.id].sort());
    expect(new Date(asks[0].dueAt).getTime()).toBe(at.getTime() + 7 * 24 * HOUR);
  });

  it('a draft unscheduled again stays a draft when its old time comes', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const policyId = await kit.createPolicy(hr);
    const versionId = await kit.draft(hr, { policyId, change: 'MAJOR', bodies: [kit.body('en', 'Be kind.')], fallbackLanguage: 'en', audience: kit.everyone });
    const at = new Date(Date.now() + HOUR);
    await kit.ok(hr, SCHEDULE, { input: { id: versionId, publishAt: at.toISOString() } });
    await kit.ok(hr, SCHEDULE, { input: { id: versionId, publishAt: null } });
    expect(await app().get(PolicyScheduleJobs).sweep(new Date(at.getTime() + HOUR), org.id)).toEqual([]);
    expect(await all(`SELECT status, publish_at AS "publishAt" FROM policy_versions WHERE id = $1`, [versionId])).toEqual([{ status: 'DRAFT', publishAt: null }]);
  });
});
