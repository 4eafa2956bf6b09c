import { all, buildOrganization, buildTeam, buildUser, codeOf, gql, one, TestUser } from '@pillars/api/testing';
import { ACK, CREATE, DRAFT, PUBLISH, READ, type PolicyView, type Reading } from './policies.test-documents';
import { policiesTestApp } from './policy-features.test-support';

const MINE = `query { myPolicies(first: 50) { edges { node { policy { id title } status { state dueAt acknowledgedVersion } } } } }`;
const EVIDENCE = `query($policyId: ID!, $versionId: ID) { policyEvidence(policyId: $policyId, versionId: $versionId, first: 100) { edges { node { id versionLabel intact } } } }`;

const { app, kit } = policiesTestApp();

const body = (language: string, text: string) => ({ language, title: `Social media (${language})`, body: text, acknowledgementText: `I have read it (${language}).` });
const everyone = { rules: { include: [{ kind: 'ALL' }] } };

async function policyWithMajor(hr: TestUser, extra: Record<string, unknown> = {}): Promise<{ policyId: string; versionId: string }> {
  const created = await kit.ok<{ createPolicy: { policy: { id: string } } }>(hr, CREATE, { input: { kind: 'GUIDELINE', category: 'Social media', title: 'Social Media Guidelines', tags: ['Social', 'social', 'comms'] } });
  const policyId = created.createPolicy.policy.id;
  const drafted = await kit.ok<{ draftPolicyVersion: { version: { id: string } } }>(hr, DRAFT, {
    input: { policyId, change: 'MAJOR', bodies: [body('en', 'Be **kind**. <script>alert(1)</script>'), body('ar', 'كن لطيفا')], fallbackLanguage: 'en', audience: everyone, ...extra },
  });
  const versionId = drafted.draftPolicyVersion.version.id;
  await kit.ok(hr, PUBLISH, { id: versionId });
  await kit.drain();
  return { policyId, versionId };
}

const view = async (actor: TestUser, id: string, language?: string) => (await kit.ok<{ policy: PolicyView }>(actor, READ, { id, language })).policy;
async function acknowledge(actor: TestUser, policyId: string, language?: string, extra: Record<string, unknown> = {}) {
  const v = await view(actor, policyId, language);
  const reading = v.currentVersion?.reading as Reading;
  return gql(app()).as(actor).send<{ acknowledgePolicy: { acknowledgement: { id: string; versionLabel: string; position: number; intact: boolean } } }>(ACK, {
    input: { versionId: v.currentVersion?.id, language: reading.language, textHash: reading.textHash, ...extra },
  });
}

describe('policy library and publication', () => {
  it('lets HR create and publish; employees cannot; drafts stay with those who manage the policy; bodies are sanitised', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const employee = await buildUser(org);
    expect(codeOf(await gql(app()).as(employee).send(CREATE, { input: { kind: 'POLICY', category: 'HR', title: 'Leave' } }))).toBe('FORBIDDEN');
    const created = await kit.ok<{ createPolicy: { policy: { id: string; tags: string[] } } }>(hr, CREATE, { input: { kind: 'POLICY', category: 'Security', title: 'Acceptable Use', tags: ['IT', 'it'] } });
    expect(created.createPolicy.policy.tags).toEqual(['it']);
    const policyId = created.createPolicy.policy.id;
    // Nothing published yet: the employee is not in any audience of it.
    expect(codeOf(await gql(app()).as(employee).send(READ, { id: policyId }))).toBe('NOT_FOUND');
    const bad = await gql(app()).as(hr).send(DRAFT, { input: { policyId, change: 'MAJOR', bodies: [body('en', 'x')], fallbackLanguage: 'it', audience: everyone } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app()).as(hr).send(DRAFT, { input: { policyId, change: 'MINOR', bodies: [body('en', 'x')], fallbackLanguage: 'en' } }))).toBe('POLICY_NOT_PUBLISHED');
    expect(await all(`SELECT id FROM policy_versions WHERE policy_id = $1`, [policyId])).toHaveLength(0);

    const drafted = await kit.ok<{ draftPolicyVersion: { version: { id: string; label: string; status: string } } }>(hr, DRAFT, {
      input: { policyId, change: 'MAJOR', changeSummary: 'First edition', bodies: [body('en', 'Use **laptops** well <img src=x onerror=alert(1)>')], fallbackLanguage: 'en', audience: everyone },
    });
    expect(drafted.draftPolicyVersion.version).toMatchObject({ label: '1.0', status: 'DRAFT' });
    expect(codeOf(await gql(app()).as(hr).send(DRAFT, { input: { policyId, change: 'MAJOR', bodies: [body('en', 'x')], fallbackLanguage: 'en', audience: everyone } }))).toBe('POLICY_DRAFT_EXISTS');
    expect(codeOf(await gql(app()).as(employee).send(PUBLISH, { id: drafted.draftPolicyVersion.version.id }))).toBe('FORBIDDEN');
    await kit.ok(hr, PUBLISH, { id: drafted.draftPolicyVersion.version.id });
    expect(codeOf(await gql(app()).as(hr).send(PUBLISH, { id: drafted.draftPolicyVersion.version.id }))).toBe('POLICY_NOT_DRAFT');
    await kit.drain();
    const seen = await view(employee, policyId);
    expect(seen.currentVersion).toMatchObject({ label: '1.0', isMajor: true, changeSummary: 'First edition', audienceId: null, languages: ['en'] });
    expect(seen.currentVersion?.reading?.bodyHtml).toContain('<strong>laptops</strong>');
    expect(seen.currentVersion?.reading?.bodyHtml).not.toMatch(/<img|<script/);
    expect(seen.abilities).toEqual({ canManage: false, canAcknowledge: true });
    expect((await view(hr, policyId)).abilities.canManage).toBe(true);
  });

  it('publishing a major version asks the whole audience with a due date; a minor one re-asks nobody; the next major asks everyone again', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const [a, b] = [await buildUser(org), await buildUser(org)];
    const { policyId } = await policyWithMajor(hr, { dueInDays: 10 });
    const v1 = await view(a, policyId);
    expect(v1.viewerStatus.state).toBe('DUE');
    const published = new Date(v1.currentVersion?.effectiveAt as string).getTime();
    expect(new Date(v1.viewerStatus.dueAt as string).getTime() - published).toBe(10 * 24 * 3600 * 1000);
    expect((await kit.ok<{ myPolicies: { edges: { node: { policy: { id: string }; status: { state: string } } }[] } }>(b, MINE, {})).myPolicies.edges.map((e) => [e.node.policy.id, e.node.status.state])).toEqual([[policyId, 'DUE']]);
    expect(await all(`SELECT user_id FROM policy_assignments WHERE policy_id = $1`, [policyId])).toHaveLength(3);
    const notes = await all(`SELECT recipient_id FROM notifications WHERE kind = 'policies.acknowledgement_requested' AND target_id = $1`, [policyId]);
    expect(notes).toHaveLength(2); // not the publisher

    expect((await acknowledge(a, policyId)).errors).toBeUndefined();
    // Minor: 1.1, keeps the terms; a stays acknowledged (with 1.0), b stays due on the same date.
    expect(codeOf(await gql(app()).as(hr).send(DRAFT, { input: { policyId, change: 'MINOR', bodies: [body('en', 'x')], fallbackLanguage: 'en', audience: everyone } }))).toBe('BAD_USER_INPUT');
    const minor = await kit.ok<{ draftPolicyVersion: { version: { id: string; label: string } } }>(hr, DRAFT, { input: { policyId, change: 'MINOR', changeSummary: 'Typo', bodies: [body('en', 'Be **kind**, always.')], fallbackLanguage: 'en' } });
    expect(minor.draftPolicyVersion.version.label).toBe('1.1');
    await kit.ok(hr, PUBLISH, { id: minor.draftPolicyVersion.version.id });
    await kit.drain();
    expect((await view(a, policyId)).viewerStatus).toMatchObject({ state: 'ACKNOWLEDGED', acknowledgedVersion: '1.0' });
    expect((await view(b, policyId)).viewerStatus).toMatchObject({ state: 'DUE', dueAt: v1.viewerStatus.dueAt });
    expect((await view(b, policyId)).currentVersion).toMatchObject({ label: '1.1', isMajor: false });
    expect(await all(`SELECT user_id FROM policy_assignments WHERE policy_id = $1`, [policyId])).toHaveLength(3);
    expect(await all(`SELECT recipient_id FROM notifications WHERE kind = 'policies.acknowledgement_requested' AND target_id = $1`, [policyId])).toHaveLength(2);

    const major = await kit.ok<{ draftPolicyVersion: { version: { id: string; label: string } } }>(hr, DRAFT, { input: { policyId, change: 'MAJOR', bodies: [body('en', 'New rules')], fallbackLanguage: 'en', audience: everyone } });
    expect(major.draftPolicyVersion.version.label).toBe('2.0');
    await kit.ok(hr, PUBLISH, { id: major.draftPolicyVersion.version.id });
    await kit.drain();
    const again = await view(a, policyId);
    expect(again.viewerStatus).toMatchObject({ state: 'DUE', acknowledgedVersion: null });
    expect(again.versions.map((v) => [v.label, v.status])).toEqual([['2.0', 'PUBLISHED'], ['1.1', 'SUPERSEDED'], ['1.0', 'SUPERSEDED']]);
    expect(await all(`SELECT user_id FROM policy_assignments WHERE policy_id = $1 AND major = 2`, [policyId])).toHaveLength(3);
    // The superseded version is not acknowledged any more.
    const old = await gql(app()).as(b).send(ACK, { input: { versionId: minor.draftPolicyVersion.version.id, language: 'en', textHash: '0'.repeat(64) } });
    expect(codeOf(old)).toBe('POLICY_VERSION_NOT_CURRENT');
  });

  it('asks a new joiner with their own due date, counted from the join', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const team = await buildTeam(org, { name: 'Sales' });
    const first = await buildUser(org, { teamIds: [team.id] });
    const joiner = await buildUser(org);
    const created = await kit.ok<{ createPolicy: { policy: { id: string } } }>(hr, CREATE, { input: { kind: 'POLICY', category: 'HR', title: 'Sales conduct' } });
    const policyId = created.createPolicy.policy.id;
    const drafted = await kit.ok<{ draftPolicyVersion: { version: { id: string } } }>(hr, DRAFT, {
      input: { policyId, change: 'MAJOR', bodies: [body('en', 'Sell fairly')], fallbackLanguage: 'en', dueInDays: 7, audience: { rules: { include: [{ kind: 'TEAM', teamId: team.id }] } } },
    });
    await kit.ok(hr, PUBLISH, { id: drafted.draftPolicyVersion.version.id });
    await kit.drain();
    expect(codeOf(await gql(app()).as(joiner).send(READ, { id: policyId }))).toBe('NOT_FOUND');
    const before = await one<{ due: Date }>(`SELECT due_at AS due FROM policy_assignments WHERE policy_id = $1 AND user_id = $2`, [policyId, first.id]);

    await kit.ok(admin, `mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { team { id } } }`, { input: { teamId: team.id, userId: joiner.id } });
    await kit.drain();
    const status = (await view(joiner, policyId)).viewerStatus;
    expect(status.state).toBe('DUE');
    const ask = await one<{ assigned: Date; due: Date }>(`SELECT assigned_at AS assigned, due_at AS due FROM policy_assignments WHERE policy_id = $1 AND user_id = $2`, [policyId, joiner.id]);
    expect(ask && ask.due.getTime() - ask.assigned.getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(new Date(status.dueAt as string).getTime()).toBe(ask?.due.getTime());
    expect(ask && before && ask.due.getTime() >= before.due.getTime()).toBe(true);
  });

  it('reads in the viewer\'s language or the fallback, saying which', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const arabic = await buildUser(org, { locale: 'ar' });
    const hebrew = await buildUser(org, { locale: 'he' });
    const { policyId } = await policyWithMajor(hr);
    expect((await view(arabic, policyId)).currentVersion?.reading).toMatchObject({ language: 'ar', requestedLanguage: 'ar', isFallback: false, title: 'Social media (ar)' });
    expect((await view(hebrew, policyId)).currentVersion?.reading).toMatchObject({ language: 'en', requestedLanguage: 'he', isFallback: true });
    expect((await view(hebrew, policyId, 'ar')).currentVersion?.reading).toMatchObject({ language: 'ar', isFallback: false });
    const ack = await acknowledge(hebrew, policyId);
    expect(ack.data?.acknowledgePolicy.acknowledgement).toMatchObject({ versionLabel: '1.0', intact: true });
    expect(await one(`SELECT language FROM policy_acknowledgements WHERE user_id = $1`, [hebrew.id])).toEqual({ language: 'en' });
  });

  it('retires a policy: history and evidence kept, out of "My policies", no more acknowledgements or asks', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const [done, pending] = [await buildUser(org), await buildUser(org)];
    const { policyId } = await policyWithMajor(hr);
    expect((await acknowledge(done, policyId)).errors).toBeUndefined();
    const RETIRE = `mutation($id: ID!) { retirePolicy(id: $id) { policy { id retiredAt } } }`;
    expect(codeOf(await gql(app()).as(pending).send(RETIRE, { id: policyId }))).toBe('FORBIDDEN');
    expect((await kit.ok<{ retirePolicy: { policy: { retiredAt: string } } }>(hr, RETIRE, { id: policyId })).retirePolicy.policy.retiredAt).toEqual(expect.any(String));
    expect(codeOf(await gql(app()).as(hr).send(RETIRE, { id: policyId }))).toBe('POLICY_RETIRED');
    expect(codeOf(await acknowledge(pending, policyId))).toBe('POLICY_RETIRED');
    expect((await view(pending, policyId)).viewerStatus.state).toBe('NOT_REQUIRED');
    expect((await kit.ok<{ myPolicies: { edges: unknown[] } }>(pending, MINE, {})).myPolicies.edges).toEqual([]);
    expect((await view(done, policyId)).viewerStatus).toMatchObject({ state: 'ACKNOWLEDGED', acknowledgedVersion: '1.0' });
    expect(codeOf(await gql(app()).as(hr).send(DRAFT, { input: { policyId, change: 'MAJOR', bodies: [body('en', 'x')], fallbackLanguage: 'en', audience: everyone } }))).toBe('POLICY_RETIRED');
  });
});

describe('acknowledging', () => {
  it('records one acknowledgement per person per version: a second attempt is POLICY_ALREADY_ACKNOWLEDGED and writes nothing', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const employee = await buildUser(org);
    const { policyId, versionId } = await policyWithMajor(hr);
    const wrong = await gql(app()).as(employee).send(ACK, { input: { versionId, language: 'en', textHash: 'a'.repeat(64) } });
    expect(codeOf(wrong)).toBe('POLICY_TEXT_MISMATCH');
    const first = await acknowledge(employee, policyId);
    expect(first.errors).toBeUndefined();
    expect(first.data?.acknowledgePolicy.acknowledgement).toMatchObject({ versionLabel: '1.0', position: 1, intact: true });
    expect(codeOf(await acknowledge(employee, policyId))).toBe('POLICY_ALREADY_ACKNOWLEDGED');
    // Two more at once: still one row, and the chain head did not move.
    const racing = await Promise.all([acknowledge(employee, policyId), acknowledge(employee, policyId)]);
    expect(racing.map(codeOf)).toEqual(['POLICY_ALREADY_ACKNOWLEDGED', 'POLICY_ALREADY_ACKNOWLEDGED']);
    expect(await all(`SELECT id FROM policy_acknowledgements WHERE version_id = $1 AND user_id = $2`, [versionId, employee.id])).toHaveLength(1);
    expect(await one(`SELECT position::int FROM policy_evidence_heads WHERE organization_id = $1`, [org.id])).toEqual({ position: 1 });
    const row = await one<{ ip: string | null; user_agent: string | null; method: string; text_hash: string }>(`SELECT ip, user_agent, method, text_hash FROM policy_acknowledgements WHERE user_id = $1`, [employee.id]);
    expect(row).toMatchObject({ ip: expect.stringMatching(/127\.0\.0\.1/), method: 'CHECKBOX', text_hash: (await view(employee, policyId)).currentVersion?.reading?.textHash });
    expect((await view(employee, policyId)).viewerStatus).toMatchObject({ state: 'ACKNOWLEDGED', acknowledgedVersion: '1.0', acknowledgedAt: expect.any(String) });
    expect((await view(employee, policyId)).abilities.canAcknowledge).toBe(false);
  });

  it('TYPED_NAME needs the reader\'s full name; people outside the audience cannot acknowledge', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const team = await buildTeam(org);
    const member = await buildUser(org, { name: 'Miriam Cohen', teamIds: [team.id] });
    const created = await kit.ok<{ createPolicy: { policy: { id: string } } }>(hr, CREATE, { input: { kind: 'POLICY', category: 'Code of conduct', title: 'Code of Conduct' } });
    const policyId = created.createPolicy.policy.id;
    const drafted = await kit.ok<{ draftPolicyVersion: { version: { id: string } } }>(hr, DRAFT, {
      input: { policyId, change: 'MAJOR', bodies: [body('en', 'Behave')], fallbackLanguage: 'en', acknowledgementMethod: 'TYPED_NAME', audience: { rules: { include: [{ kind: 'TEAM', teamId: team.id }] } } },
    });
    await kit.ok(hr, PUBLISH, { id: drafted.draftPolicyVersion.version.id });
    await kit.drain();
    expect(codeOf(await acknowledge(member, policyId, undefined, { typedName: 'Miriam' }))).toBe('POLICY_TYPED_NAME_MISMATCH');
    expect(codeOf(await acknowledge(hr, policyId))).toBe('POLICY_NOT_IN_AUDIENCE');
    const done = await acknowledge(member, policyId, undefined, { typedName: '  miriam   cohen ' });
    expect(done.errors).toBeUndefined();
    expect(await one(`SELECT typed_name, method FROM policy_acknowledgements WHERE user_id = $1`, [member.id])).toEqual({ typed_name: 'miriam   cohen', method: 'TYPED_NAME' });
  });

  it('shows evidence in SQL-filtered slices: an employee their own, a manager their line, HR everyone', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const boss = await buildUser(org);
    const lead = await buildUser(org, { managerId: boss.id });
    const report = await buildUser(org, { managerId: lead.id });
    const peer = await buildUser(org);
    const { policyId } = await policyWithMajor(hr);
    const ids: Record<string, string> = {};
    for (const [name, u] of Object.entries({ boss, lead, report, peer })) {
      const res = await acknowledge(u, policyId);
      expect(res.errors).toBeUndefined();
      ids[name] = res.data?.acknowledgePolicy.acknowledgement.id as string;
    }
    const seen = async (u: TestUser) => (await kit.ok<{ policyEvidence: { edges: { node: { id: string; intact: boolean } }[] } }>(u, EVIDENCE, { policyId })).policyEvidence.edges.map((e) => e.node.id).sort();
    expect(await seen(report)).toEqual([ids['report']]);
    expect(await seen(peer)).toEqual([ids['peer']]);
    expect(await seen(lead)).toEqual([ids['lead'], ids['report']].sort());
    expect(await seen(boss)).toEqual([ids['boss'], ids['lead'], ids['report']].sort());
    expect(await seen(hr)).toEqual(Object.values(ids).sort());
    const outsider = await buildUser(await buildOrganization());
    expect(codeOf(await gql(app()).as(outsider).send(EVIDENCE, { policyId }))).toBe('NOT_FOUND');
  });
});
