import { EventsService } from '@pillars/api/core';
import { NotificationMailJobs } from '@pillars/api/notifications';
import { all, buildOrganization, buildTeam, buildUser } from '@pillars/api/testing';
import { TRAINING_ESCALATION_KIND, TrainingJobs } from './training.jobs';
import { ASSIGN, COMPLETE, trainingTestApp } from './training.test-kit';

const DAY = 86_400_000;

const { app, kit } = trainingTestApp();
const { ok, published, enrolmentOf, drain } = kit;

const notes = (kind: string, recipientId: string) =>
  all<{ actorIds: string[]; actorCount: number }>(`SELECT actor_ids AS "actorIds", actor_count AS "actorCount" FROM notifications WHERE kind = $1 AND recipient_id = $2`, [kind, recipientId]);

describe('training: reminders and escalation, as for policies', () => {
  it('reminds before, on and weekly after the due date and escalates to the manager, each step once even when the job runs twice; only people still enrolled and not complete', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const manager = await buildUser(org, { name: 'Mara Manager' });
    const team = await buildTeam(org, { name: 'Field' });
    const late = await buildUser(org, { managerId: manager.id, teamIds: [team.id], locale: 'it' });
    const later = await buildUser(org, { managerId: manager.id, teamIds: [team.id] });
    const done = await buildUser(org, { managerId: manager.id, teamIds: [team.id] });
    const leaver = await buildUser(org, { managerId: manager.id, teamIds: [team.id] });
    const course = await published(hr);
    await ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'TEAM', teamId: team.id }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 } });
    const e = await enrolmentOf(late, course.id);
    const due = new Date(e?.dueAt as string).getTime();
    // `done` completes; `leaver` leaves the team (keeps the enrolment, hears nothing more).
    await ok(done, COMPLETE, { e: (await enrolmentOf(done, course.id))?.id, m: course.modules[0].id });
    await ok(admin, `mutation($input: TeamMemberInput!) { removeTeamMember(input: $input) { team { id } } }`, { input: { teamId: team.id, userId: leaver.id } });
    await drain();
    expect(await all(`SELECT 1 FROM training_enrolments WHERE user_id = $1 AND completed_at IS NULL`, [leaver.id])).toHaveLength(1);

    const jobs = app().get(TrainingJobs);
    const who = (id: string) => (id === late.id ? 'late' : id === later.id ? 'later' : 'other');
    const steps = async (at: number) => (await jobs.run(new Date(at), org.id)).reminders.map((r) => [who(r.userId), r.step]).sort();

    expect(await steps(due - 10 * DAY)).toEqual([]);
    expect(await steps(due - 3 * DAY)).toEqual([['late', 'DUE_SOON'], ['later', 'DUE_SOON']]);
    // The job runs again (a retry, a second process): nothing is sent again.
    expect(await steps(due - 3 * DAY + 1000)).toEqual([]);
    expect(await steps(due + 3600_000)).toEqual([['late', 'OVERDUE'], ['later', 'OVERDUE']]);
    expect(await steps(due + 2 * DAY)).toEqual([]);

    // A week overdue, two runs at once: the weekly reminder and one escalation per person, once.
    const [a, b] = await Promise.all([jobs.run(new Date(due + 7 * DAY + 3600_000), org.id), jobs.run(new Date(due + 7 * DAY + 3600_000), org.id)]);
    expect([...a.reminders, ...b.reminders].map((r) => [who(r.userId), r.step]).sort()).toEqual([['late', 'WEEK_1'], ['later', 'WEEK_1']]);
    expect([...a.escalations, ...b.escalations].map((r) => who(r.userId)).sort()).toEqual(['late', 'later']);
    expect(await jobs.run(new Date(due + 7 * DAY + 7200_000), org.id)).toEqual({ renewals: [], reminders: [], escalations: [] });
    const [escalation, ...more] = await notes(TRAINING_ESCALATION_KIND, manager.id);
    expect(more).toHaveLength(0);
    expect(escalation.actorCount).toBe(2);
    expect([...escalation.actorIds].sort()).toEqual([late.id, later.id].sort());
    expect(await all(`SELECT r.step FROM training_reminders r JOIN training_enrolments e ON e.id = r.enrolment_id WHERE e.user_id = $1 ORDER BY r.sent_at, r.step`, [late.id]))
      .toEqual([{ step: 'DUE_SOON' }, { step: 'OVERDUE' }, { step: 'ESCALATED' }, { step: 'WEEK_1' }]);
    // The second week: a reminder, no second escalation.
    const week2 = await jobs.run(new Date(due + 14 * DAY + 3600_000), org.id);
    expect(week2.reminders.map((r) => r.step)).toEqual(['WEEK_2', 'WEEK_2']);
    expect(week2.escalations).toEqual([]);

    // Nobody complete or gone was reminded; the manager got one escalation, by mail too.
    for (const u of [done, leaver]) expect(await all(`SELECT 1 FROM notifications WHERE kind LIKE 'training.%' AND kind <> 'training.assigned' AND recipient_id = $1`, [u.id])).toHaveLength(0);
    expect(await all(`SELECT 1 FROM training_reminders r JOIN training_enrolments e ON e.id = r.enrolment_id WHERE e.user_id = ANY($1::uuid[])`, [[done.id, leaver.id]])).toHaveLength(0);
    await app().get(EventsService).kick();
    await app().get(NotificationMailJobs).settled();
    const mail = await all<{ subject: string }>(`SELECT subject FROM mail_outbox WHERE to_address = $1 ORDER BY seq`, [manager.email]);
    expect(mail.filter((m) => m.subject.includes('overdue on a training'))).toHaveLength(1);
  });
});
