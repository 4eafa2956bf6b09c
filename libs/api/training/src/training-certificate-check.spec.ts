import { buildOrganization, buildUser, codeOf, gql } from '@pillars/api/testing';
import { randomInt } from 'node:crypto';
import { CERTIFICATE_CHECK_RATE } from './certificates.service';
import { ASSIGN, COMPLETE, trainingTestApp, VERIFY } from './training.test-kit';

const { app, kit } = trainingTestApp();
const { ok, published, enrolmentOf } = kit;

/** An address of the documentation range no other run uses: the limit's counters live in Redis across runs. */
const freshIp = () => `2001:db8:${randomInt(0xffff).toString(16)}:${randomInt(0xffff).toString(16)}::${randomInt(0xffff).toString(16)}`;

describe('training: the public certificate check', () => {
  it('refuses the check after the limit from one address (RATE_LIMITED), not from another; a valid check reveals name, course, date and validity only', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const learner = await buildUser(org, { name: 'Noa Levi' });
    const course = await published(hr, { title: 'First Aid', validityMonths: 24 });
    await ok(hr, ASSIGN, { input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [learner.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 } });
    await ok(learner, COMPLETE, { e: (await enrolmentOf(learner, course.id))?.id, m: course.modules[0].id });
    const done = await enrolmentOf(learner, course.id);
    const code = done?.certificate?.code as string;

    // Every check counts, known codes and unknown ones alike.
    const ip = freshIp();
    const check = (c: string, from = ip) => gql(app()).fromIp(from).send<{ verifyTrainingCertificate: Record<string, unknown> }>(VERIFY, { code: c });
    for (let i = 0; i < CERTIFICATE_CHECK_RATE.limit; i++) {
      const res = await check(i % 2 ? code : 'A'.repeat(22));
      expect(codeOf(res) ?? 'OK').toBe(i % 2 ? 'OK' : 'TRAINING_CERTIFICATE_UNKNOWN');
    }
    const refused = await check(code);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.['retryAfter']).toBeGreaterThan(0);
    expect(refused.data?.verifyTrainingCertificate ?? null).toBeNull();

    // Another address is not held back, and sees only what the certificate states.
    const other = await check(code, freshIp());
    expect(other.errors).toBeUndefined();
    expect(other.data?.verifyTrainingCertificate).toEqual({ personName: 'Noa Levi', courseTitle: 'First Aid', completedAt: done?.completedAt, expiresAt: done?.expiresAt, valid: true });
    const shape = await gql(app()).fromIp(freshIp()).send<{ __type: { fields: { name: string }[] } }>(`query { __type(name: "TrainingCertificateCheck") { fields { name } } }`);
    expect(shape.data?.__type.fields.map((f) => f.name).sort()).toEqual(['completedAt', 'courseTitle', 'expiresAt', 'personName', 'valid']);
  });
});
