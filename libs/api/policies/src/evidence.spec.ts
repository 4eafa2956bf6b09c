import { all, buildOrganization, buildUser, codeOf, createSession, gql, testDb, TestOrg, TestUser } from '@pillars/api/testing';
import { randomUUID } from 'node:crypto';
import { evidenceHash } from './evidence-chain';
import { verifyEvidenceChain } from './evidence-verifier';
import { ACK, CREATE, DRAFT, PUBLISH, READ, type PolicyView } from './policies.test-documents';
import { policiesTestApp } from './policy-features.test-support';

const { app, kit } = policiesTestApp();

const VERIFY = `query { verifyPolicyEvidence { ok checked headPosition problems { kind rowId position missing } } }`;
const EVIDENCE = `query($policyId: ID!) { policyEvidence(policyId: $policyId, first: 100) { edges { node { id intact } } } }`;

async function published(hr: TestUser): Promise<string> {
  const created = await gql(app()).as(hr).send<{ createPolicy: { policy: { id: string } } }>(CREATE, { input: { kind: 'POLICY', category: 'Security', title: 'Acceptable Use Policy' } });
  const policyId = created.data?.createPolicy.policy.id as string;
  const drafted = await gql(app()).as(hr).send<{ draftPolicyVersion: { version: { id: string } } }>(DRAFT, {
    input: { policyId, change: 'MAJOR', bodies: [{ language: 'en', title: 'AUP', body: 'Use it well.', acknowledgementText: 'I agree.' }], fallbackLanguage: 'en', audience: { rules: { include: [{ kind: 'ALL' }] } } },
  });
  expect((await gql(app()).as(hr).send(PUBLISH, { id: drafted.data?.draftPolicyVersion.version.id })).errors).toBeUndefined();
  await kit.drain();
  return policyId;
}

async function ackAll(users: TestUser[], policyId: string) {
  const v = (await gql(app()).as(users[0]).send<{ policy: PolicyView }>(READ, { id: policyId })).data?.policy as PolicyView;
  const input = { versionId: v.currentVersion?.id, language: 'en', textHash: v.currentVersion?.reading?.textHash };
  return Promise.all(users.map((u) => gql(app()).as(u).send<{ acknowledgePolicy: { acknowledgement: { id: string; position: number } } }>(ACK, { input })));
}

/** People with sessions, in bulk through the directory's users writer. */
async function bulkUsers(org: TestOrg, count: number): Promise<TestUser[]> {
  const people = Array.from({ length: count }, (_, i) => ({ id: randomUUID(), email: `p${i}-${randomUUID().slice(0, 8)}@${org.slug}.test`, name: `Parallel ${i}`, roles: [], status: 'ACTIVE', locale: 'en' }));
  await testDb().query(`SELECT pillars_insert_users($1, $2::jsonb, false)`, [org.id, JSON.stringify(people)]);
  return Promise.all(people.map(async (p) => ({ id: p.id, organizationId: org.id, email: p.email, name: p.name, token: await createSession(org.id, p.id) })));
}

/** As a superuser outside the app: triggers off for this one transaction only (session_replication_role). */
async function tamper(sql: string, params: unknown[]): Promise<void> {
  const client = await testDb().connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(sql, params);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

const verify = async (hr: TestUser) => {
  const res = await gql(app()).as(hr).send<{ verifyPolicyEvidence: { ok: boolean; checked: number; headPosition: number; problems: { kind: string; rowId: string | null; position: number; missing: number | null }[] } }>(VERIFY);
  expect(res.errors).toBeUndefined();
  return res.data?.verifyPolicyEvidence;
};

async function chainOf(n: number) {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'] });
  const users = await bulkUsers(org, n);
  await kit.drain();
  const policyId = await published(hr);
  const results = await ackAll(users, policyId);
  expect(results.map((r) => r.errors)).toEqual(users.map(() => undefined));
  const rows = await all<{ id: string; position: string }>(`SELECT id, position FROM policy_acknowledgements WHERE organization_id = $1 ORDER BY position`, [org.id]);
  return { org, hr, users, policyId, rows };
}

describe('acknowledgement evidence', () => {
  it('refuses UPDATE and DELETE on evidence rows from the app\'s own connection (a trigger, whatever the role)', async () => {
    const { rows } = await chainOf(2);
    // The tests connect with the app's role (the same superuser): the trigger fires for it too.
    await expect(testDb().query(`UPDATE policy_acknowledgements SET language = 'it' WHERE id = $1`, [rows[0].id])).rejects.toThrow(/append-only/);
    await expect(testDb().query(`DELETE FROM policy_acknowledgements WHERE id = $1`, [rows[0].id])).rejects.toThrow(/append-only/);
    await expect(testDb().query(`TRUNCATE policy_acknowledgements`)).rejects.toThrow(/append-only/);
    expect(await all(`SELECT id FROM policy_acknowledgements WHERE id = $1 AND language = 'en'`, [rows[0].id])).toHaveLength(1);
  });

  it('verify names a row altered in SQL, and the evidence list flags it when shown', async () => {
    const { hr, rows, policyId, users } = await chainOf(3);
    expect(await verify(hr)).toEqual({ ok: true, checked: 3, headPosition: 3, problems: [] });
    await tamper(`UPDATE policy_acknowledgements SET acknowledged_at = acknowledged_at - interval '3 days' WHERE id = $1`, [rows[1].id]);
    expect((await verify(hr))?.problems).toEqual([{ kind: 'ALTERED', rowId: rows[1].id, position: 2, missing: null }]);
    const shown = await gql(app()).as(hr).send<{ policyEvidence: { edges: { node: { id: string; intact: boolean } }[] } }>(EVIDENCE, { policyId });
    expect(shown.data?.policyEvidence.edges.map((e) => [e.node.id, e.node.intact])).toEqual([[rows[2].id, true], [rows[1].id, false], [rows[0].id, true]]);
    expect(codeOf(await gql(app()).as(users[0]).send(VERIFY))).toBe('FORBIDDEN');
  });

  it('verify names the gap a deleted row leaves, and a deleted tail', async () => {
    const { hr, org, rows } = await chainOf(4);
    await tamper(`DELETE FROM policy_acknowledgements WHERE id = $1`, [rows[1].id]);
    expect((await verify(hr))?.problems).toEqual([{ kind: 'DELETED', rowId: rows[2].id, position: 2, missing: 1 }]);
    await tamper(`DELETE FROM policy_acknowledgements WHERE id = $1`, [rows[3].id]);
    const report = await verifyEvidenceChain(async (sql, params) => (await testDb().query(sql, params)).rows, org.id);
    expect(report.problems).toEqual([
      { kind: 'DELETED', rowId: rows[2].id, position: 2, missing: 1 },
      { kind: 'DELETED', rowId: null, position: 4, missing: 1 },
    ]);
  });

  it('verify names a row inserted in SQL, even with a correctly computed hash', async () => {
    const { hr, org, rows, policyId } = await chainOf(2);
    const [last] = await all<{ hash: string; version_id: string }>(`SELECT hash, version_id FROM policy_acknowledgements WHERE id = $1`, [rows[1].id]);
    const forged = {
      id: randomUUID(), organizationId: org.id, position: 3, policyId, versionId: last.version_id, userId: hr.id, versionLabel: '1.0', language: 'en',
      textHash: 'f'.repeat(64), method: 'CHECKBOX', typedName: null, quizScore: null, acknowledgedAt: new Date(), ip: null, userAgent: null,
    };
    await tamper(
      `INSERT INTO policy_acknowledgements (id, organization_id, position, policy_id, version_id, user_id, version_label, language, text_hash, method, acknowledged_at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [forged.id, org.id, 3, policyId, forged.versionId, hr.id, '1.0', 'en', forged.textHash, 'CHECKBOX', forged.acknowledgedAt, last.hash, evidenceHash(last.hash, forged)],
    );
    expect((await verify(hr))?.problems).toEqual([{ kind: 'INSERTED', rowId: forged.id, position: 3, missing: null }]);
  });

  it('keeps the hash chain valid under 200 parallel acknowledgements over HTTP', async () => {
    const { hr, rows } = await chainOf(200);
    expect(rows.map((r) => Number(r.position))).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(await verify(hr)).toEqual({ ok: true, checked: 200, headPosition: 200, problems: [] });
  }, 120_000);
});
