import { EventsService } from '@pillars/api/core';
import { NotificationMailJobs } from '@pillars/api/notifications';
import { all, buildOrganization, buildTeam, buildUser } from '@pillars/api/testing';
import { policiesTestApp } from './policy-features.test-support';
import { PolicyReminderJobs, POLICY_ESCALATION_KIND, POLICY_REMINDER_KIND } from './policy-reminders.jobs';

const DAY = 24 * 3600_000;

const { app, kit } = policiesTestApp();

const notes = (kind: string, recipientId: string) =>
  all<{ actorIds: string[]; actorCount: number }>(`SELECT actor_ids AS "actorIds", actor_count AS "actorCount" FROM notifications WHERE kind = $1 AND recipient_id = $2`, [kind, recipientId]);

describe('policy reminders and escalation', () => {
  it('reminds before, on and weekly after the due date, once per step even when the job runs twice; escalates to the manager; retiring stops them', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const manager = await buildUser(org, { name: 'Mara Manager' });
    const late = await buildUser(org, { managerId: manager.id, locale: 'it' });
    const later = await buildUser(org, { managerId: manager.id });
    const done = await buildUser(org, { managerId: manager.id });
    const audience = { rules: { include: [{ kind: 'USERS', userIds: [late.id, later.id, done.id] }] } };
    const { policyId, versionId } = await kit.published(hr, { dueInDays: 10, audience });
    const [{ dueAt }] = await all<{ dueAt: Date }>(`SELECT due_at AS "dueAt" FROM policy_assignments WHERE version_id = $1 AND user_id = $2`, [versionId, late.id]);
    const due = new Date(dueAt).getTime();
    // `done` acknowledges: nobody reminds them.
    const read = await kit.ok<{ policy: { currentVersion: { reading: { language: string; textHash: string } } } }>(done, `query($id: ID!) { policy(id: $id) { currentVersion { reading { language textHash } } } }`, { id: policyId });
    await kit.ok(done, `mutation($input: AcknowledgePolicyInput!) { acknowledgePolicy(input: $input) { acknowledgement { id } } }`, {
      input: { versionId, language: read.policy.currentVersion.reading.language, textHash: read.policy.currentVersion.reading.textHash },
    });
    const jobs = app().get(PolicyReminderJobs);
    const steps = async (at: number) => (await jobs.run(new Date(at), org.id)).reminders.map((r) => [r.userId === late.id ? 'late' : r.userId === later.id ? 'later' : 'other', r.step]).sort();

    expect(await steps(due - 5 * DAY)).toEqual([]);
    expect(await steps(due - 2 * DAY)).toEqual([['late', 'BEFORE'], ['later', 'BEFORE']]);
    // The job runs twice (a retry, a second process): nothing is sent again.
    expect(await steps(due - 2 * DAY + 1000)).toEqual([]);
    expect(await notes(POLICY_REMINDER_KIND, late.id)).toHaveLength(1);
    expect(await steps(due + 3600_000)).toEqual([['late', 'DUE'], ['later', 'DUE']]);
    expect(await steps(due + 2 * DAY)).toEqual([]);
    expect(await notes(POLICY_REMINDER_KIND, done.id)).toHaveLength(0);

    // A week overdue: the weekly reminder, and the manager hears of both reports, in one notification.
    const week = await jobs.run(new Date(due + 7 * DAY + 3600_000), org.id);
    expect(week.reminders.map((r) => r.step)).toEqual(['WEEK_1', 'WEEK_1']);
    expect(week.escalations.map((r) => r.userId).sort()).toEqual([late.id, later.id].sort());
    expect((await jobs.run(new Date(due + 7 * DAY + 7200_000), org.id)).escalations).toEqual([]);
    const [escalation, ...more] = await notes(POLICY_ESCALATION_KIND, manager.id);
    expect(more).toHaveLength(0);
    expect(escalation.actorCount).toBe(2);
    expect([...escalation.actorIds].sort()).toEqual([late.id, later.id].sort());
    expect(await all(`SELECT step FROM policy_reminders WHERE user_id = $1 ORDER BY sent_at`, [late.id])).toEqual([{ step: 'BEFORE' }, { step: 'DUE' }, { step: 'WEEK_1' }, { step: 'ESCALATED' }]);
    // By email too, in the recipient's language.
    await app().get(EventsService).kick();
    await app().get(NotificationMailJobs).settled();
    const mail = await all<{ subject: string }>(`SELECT subject FROM mail_outbox WHERE to_address = $1 ORDER BY seq`, [late.email]);
    expect(mail.map((m) => m.subject)).toContain('Promemoria: una policy attende la tua conferma');

    // Retired: history kept, reminders stop.
    await kit.ok(hr, `mutation($id: ID!) { retirePolicy(id: $id) { policy { id retiredAt } } }`, { id: policyId });
    expect(await jobs.run(new Date(due + 14 * DAY + 3600_000), org.id)).toEqual({ reminders: [], escalations: [] });
    expect(await all(`SELECT 1 FROM policy_assignments WHERE policy_id = $1`, [policyId])).toHaveLength(3);
  });

  it('a new joiner is reminded from their own due date', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const team = await buildTeam(org, { name: 'Sales' });
    const first = await buildUser(org, { teamIds: [team.id] });
    const joiner = await buildUser(org);
    const { versionId } = await kit.published(hr, { dueInDays: 10, audience: { rules: { include: [{ kind: 'TEAM', teamId: team.id }] } } });
    await kit.ok(admin, `mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`, { input: { teamId: team.id, userId: joiner.id } });
    await kit.drain();
    const [ask] = await all<{ dueAt: Date; assignedAt: Date }>(`SELECT due_at AS "dueAt", assigned_at AS "assignedAt" FROM policy_assignments WHERE version_id = $1 AND user_id = $2`, [versionId, joiner.id]);
    expect(new Date(ask.dueAt).getTime() - new Date(ask.assignedAt).getTime()).toBe(10 * DAY);
    const [firstAsk] = await all<{ dueAt: Date }>(`SELECT due_at AS "dueAt" FROM policy_assignments WHERE version_id = $1 AND user_id = $2`, [versionId, first.id]);
    // At the first member's due date the joiner, who joined after it was published, is not due yet: BEFORE, not DUE.
    // Dates come back to a millisecond, PostgreSQL keeps microseconds: one ms later is at or past the due time.
    const joinedLater = new Date(ask.dueAt).getTime() + 1;
    expect(joinedLater).toBeGreaterThan(new Date(firstAsk.dueAt).getTime());
    const sent = (await app().get(PolicyReminderJobs).run(new Date(new Date(firstAsk.dueAt).getTime() + 1), org.id)).reminders;
    expect(new Map(sent.map((r) => [r.userId, r.step]))).toEqual(new Map([[first.id, 'DUE'], [joiner.id, 'BEFORE']]));
    const own = (await app().get(PolicyReminderJobs).run(new Date(joinedLater), org.id)).reminders;
    expect(own.map((r) => [r.userId, r.step])).toEqual([[joiner.id, 'DUE']]);
  });
});
