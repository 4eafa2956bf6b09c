import type { INestApplication } from '@nestjs/common';
import { EventsService, pdfText } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { appUrl, buildOrganization, buildUser, closeTestDb, createTestApp, gql, testDb, type TestUser } from '@pillars/api/testing';
import { PolicyFanoutJobs } from './policy-fanout.jobs';
import { PoliciesModule } from './policies.module';
import { ACK, CREATE, DRAFT, PUBLISH, READ, type PolicyView } from './policies.test-documents';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule, PoliciesModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

async function ok<T>(actor: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql(app).as(actor).send<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}
async function drain(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await app.get(EventsService).kick();
    await app.get(PolicyFanoutJobs).settled();
  }
}
const pdf = (actor: TestUser | null, versionId: string, lang?: string) =>
  fetch(`${appUrl(app)}/policies/versions/${versionId}/evidence.pdf${lang ? `?lang=${lang}` : ''}`, { headers: actor ? { cookie: `pillars_session=${actor.token}` } : {} });

/** HR publishes a policy (English and Arabic) to everyone; an Arabic and a Hebrew speaker acknowledge. */
async function world() {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'], name: 'Hana HR' });
  const manager = await buildUser(org, { name: 'Mira Manager' });
  const salma = await buildUser(org, { name: 'سلمى حداد', managerId: manager.id });
  const noa = await buildUser(org, { name: 'נועה לוי', managerId: manager.id });
  const policyId = (await ok<{ createPolicy: { policy: { id: string } } }>(hr, CREATE, { input: { kind: 'GUIDELINE', category: 'Social media', title: 'Social Media Guidelines' } })).createPolicy.policy.id;
  const bodies = [
    { language: 'en', title: 'Social Media Guidelines', body: 'Think before you post.', acknowledgementText: 'I have read them.' },
    { language: 'ar', title: 'إرشادات وسائل التواصل', body: 'فكّر قبل أن تنشر.', acknowledgementText: 'قرأتها.' },
  ];
  const versionId = (await ok<{ draftPolicyVersion: { version: { id: string } } }>(hr, DRAFT, {
    input: { policyId, change: 'MAJOR', bodies, fallbackLanguage: 'en', audience: { rules: { include: [{ kind: 'ALL' }] } }, dueInDays: 7 },
  })).draftPolicyVersion.version.id;
  await ok(hr, PUBLISH, { id: versionId });
  await drain();
  for (const [who, language] of [[salma, 'ar'], [noa, 'en']] as const) {
    const v = (await ok<{ policy: PolicyView }>(who, READ, { id: policyId, language })).policy;
    await ok(who, ACK, { input: { versionId, language, textHash: v.currentVersion?.reading?.textHash } });
  }
  return { org, hr, manager, salma, noa, versionId };
}

describe('evidence pack PDF (GET /policies/versions/:id/evidence.pdf)', () => {
  it('gives HR a PDF listing every acknowledgement, names in Arabic and Hebrew as a reader extracts them, and the verified chain', async () => {
    const w = await world();
    const res = await pdf(w.hr, w.versionId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`policy-evidence-${w.versionId}.pdf`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const words = pdfText(bytes).items[0].map((i) => i.str);
    expect(words).toEqual(expect.arrayContaining(['Acknowledgement evidence', 'Social Media Guidelines', '1.0', 'سلمى حداد', 'נועה לוי']));
    expect(words.some((s) => s.endsWith('by Hana HR'))).toBe(true);
    expect(words.join(' ')).toContain('Verified: 2 records recomputed');
    expect(words.filter((s) => s === 'ar' || s === 'en').length).toBeGreaterThanOrEqual(2);
  });

  it('is in the asked language (Arabic: the policy title in Arabic, labels in Arabic)', async () => {
    const w = await world();
    const res = await pdf(w.hr, w.versionId, 'ar');
    expect(res.status).toBe(200);
    const words = pdfText(Buffer.from(await res.arrayBuffer())).items[0].map((i) => i.str);
    expect(words).toEqual(expect.arrayContaining(['إرشادات وسائل التواصل', 'المؤسسة']));
  });

  it('names a row altered in SQL as not intact and the chain as not verified', async () => {
    const w = await world();
    await testDb().query(`ALTER TABLE policy_acknowledgements DISABLE TRIGGER policy_acknowledgements_no_change`);
    try {
      await testDb().query(`UPDATE policy_acknowledgements SET language = 'it' WHERE user_id = $1`, [w.noa.id]);
    } finally {
      await testDb().query(`ALTER TABLE policy_acknowledgements ENABLE TRIGGER policy_acknowledgements_no_change`);
    }
    const text = pdfText(Buffer.from(await (await pdf(w.hr, w.versionId)).arrayBuffer())).items[0].map((i) => i.str).join(' ');
    expect(text).toMatch(/NOT VERIFIED: \d+ problems found/);
    expect(text).toContain('altered');
    expect(text).toContain('NO');
  });

  it('refuses a manager (FORBIDDEN), an employee (FORBIDDEN), the signed-out (401), another organisation and a malformed id (404), as JSON with a code', async () => {
    const w = await world();
    const other = await buildUser(await buildOrganization(), { roles: ['HR'] });
    const cases: [TestUser | null, string, number, string][] = [
      [w.manager, w.versionId, 403, 'FORBIDDEN'],
      [w.salma, w.versionId, 403, 'FORBIDDEN'],
      [null, w.versionId, 401, 'UNAUTHENTICATED'],
      [other, w.versionId, 404, 'NOT_FOUND'],
      [w.hr, 'not-a-uuid', 404, 'NOT_FOUND'],
      [w.hr, '00000000-0000-4000-8000-000000000000', 404, 'NOT_FOUND'],
    ];
    for (const [who, id, status, code] of cases) {
      const res = await pdf(who, id);
      expect([who?.name ?? 'signed out', res.status]).toEqual([who?.name ?? 'signed out', status]);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(code);
    }
  });
});
