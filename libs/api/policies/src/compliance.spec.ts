import { buildOrganization, buildTeam, buildUser, codeOf, countQueries, gql, testDb } from '@pillars/api/testing';
import { ACK, CREATE, DRAFT, PUBLISH, READ, type PolicyView } from './policies.test-documents';
import { policiesTestApp } from './policy-features.test-support';

const COUNTS = 'audience acknowledged pending overdue percent';
const COMPLIANCE = `query($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {
  policyCompliance(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) { versionLabel parentName organizationWide totals { ${COUNTS} } groups { id name ${COUNTS} } } }`;
const PEOPLE = `query($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID) {
  policyCompliancePeople(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, first: 50) { edges { node { user { id name } state dueAt acknowledgedAt acknowledgedVersion } } } }`;
const TABLE_CSV = `query($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID) { policyComplianceCsv(versionId: $versionId, groupBy: $groupBy, parentId: $parentId) }`;
const EVIDENCE_CSV = `query($versionId: ID!) { policyEvidenceCsv(versionId: $versionId) }`;
const TREND = `query($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String) { policyComplianceTrend(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location) { day ${COUNTS} } }`;
const ABILITIES = `query { abilities { canManagePolicies canViewCompliance canVerifyPolicyEvidence } }`;

type Counts = { audience: number; acknowledged: number; pending: number; overdue: number; percent: number };
type Compliance = { versionLabel: string; parentName: string | null; organizationWide: boolean; totals: Counts; groups: (Counts & { id: string; name: string })[] };
type Person = { user: { id: string; name: string }; state: string; dueAt: string | null; acknowledgedAt: string | null; acknowledgedVersion: string | null };

const { app, kit } = policiesTestApp();

const body = (language: string) => ({ language, title: `Acceptable use (${language})`, body: 'Lock your screen.', acknowledgementText: 'I will follow it.' });

/**
 * company: HR (no team), Engineering ⊃ Platform. Mira manages Raj (Platform) and Sam (Engineering),
 * Sam manages Tea (Platform); Xavier (Engineering) is outside Mira's line.
 */
async function world() {
  const org = await buildOrganization();
  const engineering = await buildTeam(org, { name: 'Engineering' });
  const platform = await buildTeam(org, { name: 'Platform', parentId: engineering.id });
  const hr = await buildUser(org, { roles: ['HR'], name: 'Hana HR' });
  const mira = await buildUser(org, { name: 'Mira Manager', teamIds: [engineering.id] });
  const raj = await buildUser(org, { name: 'Raj Report', managerId: mira.id, teamIds: [platform.id] });
  const sam = await buildUser(org, { name: 'Sam Second', managerId: mira.id, teamIds: [engineering.id] });
  const tea = await buildUser(org, { name: 'Tea Third', managerId: sam.id, teamIds: [platform.id] });
  const xavier = await buildUser(org, { name: 'Xavier Outside', teamIds: [engineering.id] });
  const created = await kit.ok<{ createPolicy: { policy: { id: string } } }>(hr, CREATE, { input: { kind: 'POLICY', category: 'Security', title: 'Acceptable Use Policy' } });
  const policyId = created.createPolicy.policy.id;
  const drafted = await kit.ok<{ draftPolicyVersion: { version: { id: string } } }>(hr, DRAFT, {
    input: { policyId, change: 'MAJOR', bodies: [body('en')], fallbackLanguage: 'en', audience: { rules: { include: [{ kind: 'ALL' }] } }, dueInDays: 7 },
  });
  const versionId = drafted.draftPolicyVersion.version.id;
  await kit.ok(hr, PUBLISH, { id: versionId });
  await kit.drain();
  for (const who of [raj, xavier]) {
    const v = (await kit.ok<{ policy: PolicyView }>(who, READ, { id: policyId })).policy;
    await kit.ok(who, ACK, { input: { versionId, language: 'en', textHash: v.currentVersion?.reading?.textHash } });
  }
  // Tea's ask is past due.
  await testDb().query(`UPDATE policy_assignments SET due_at = now() - interval '2 days' WHERE user_id = $1`, [tea.id]);
  return { org, engineering, platform, hr, mira, raj, sam, tea, xavier, policyId, versionId };
}

describe('compliance dashboard', () => {
  it('gives HR the whole audience rolled up by team tree, drilled down to a team and its people', async () => {
    const w = await world();
    const top = (await kit.ok<{ policyCompliance: Compliance }>(w.hr, COMPLIANCE, { versionId: w.versionId })).policyCompliance;
    expect(top).toMatchObject({ versionLabel: '1.0', organizationWide: true, parentName: null, totals: { audience: 6, acknowledged: 2, overdue: 1, pending: 3, percent: 33.3 } });
    // Only top teams; Engineering counts Platform's people too (Mira, Sam, Xavier + Raj, Tea).
    expect(top.groups).toEqual([{ id: w.engineering.id, name: 'Engineering', audience: 5, acknowledged: 2, pending: 2, overdue: 1, percent: 40 }]);
    const eng = (await kit.ok<{ policyCompliance: Compliance }>(w.hr, COMPLIANCE, { versionId: w.versionId, parentId: w.engineering.id })).policyCompliance;
    expect(eng.parentName).toBe('Engineering');
    expect(eng.totals.audience).toBe(5);
    expect(eng.groups.map((g) => [g.name, g.audience, g.acknowledged, g.overdue])).toEqual([['Platform', 2, 1, 1]]);
    const people = (await kit.ok<{ policyCompliancePeople: { edges: { node: Person }[] } }>(w.hr, PEOPLE, { versionId: w.versionId, parentId: w.platform.id })).policyCompliancePeople.edges.map((e) => e.node);
    expect(people.map((p) => [p.user.name, p.state, p.acknowledgedVersion])).toEqual([['Raj Report', 'ACKNOWLEDGED', '1.0'], ['Tea Third', 'OVERDUE', null]]);
    expect(people[1].dueAt).not.toBeNull();
  });

  it('gives a manager only their line, by manager line and by team, and never anyone outside it', async () => {
    const w = await world();
    const mine = (await kit.ok<{ policyCompliance: Compliance }>(w.mira, COMPLIANCE, { versionId: w.versionId, groupBy: 'MANAGER' })).policyCompliance;
    expect(mine).toMatchObject({ organizationWide: false, parentName: 'Mira Manager', totals: { audience: 3, acknowledged: 1, overdue: 1, pending: 1 } });
    expect(mine.groups.map((g) => [g.name, g.audience])).toEqual([['Raj Report', 1], ['Sam Second', 2]]);
    const byTeam = (await kit.ok<{ policyCompliance: Compliance }>(w.mira, COMPLIANCE, { versionId: w.versionId })).policyCompliance;
    // Xavier is in Engineering but not in Mira's line: not counted.
    expect(byTeam.totals).toMatchObject({ audience: 3, acknowledged: 1 });
    expect(byTeam.groups.map((g) => [g.name, g.audience])).toEqual([['Engineering', 3]]);
    const engPeople = (await kit.ok<{ policyCompliancePeople: { edges: { node: Person }[] } }>(w.mira, PEOPLE, { versionId: w.versionId, parentId: w.engineering.id })).policyCompliancePeople.edges;
    expect(engPeople.map((e) => e.node.user.name)).toEqual(['Sam Second']);
    // Asking about the top of the organisation (HR's line) shows nobody outside her line.
    const hrLine = (await kit.ok<{ policyCompliance: Compliance }>(w.mira, COMPLIANCE, { versionId: w.versionId, groupBy: 'MANAGER', parentId: w.hr.id })).policyCompliance;
    expect(hrLine.groups).toEqual([]);
    expect(hrLine.totals.audience).toBe(0);
    const csv = (await kit.ok<{ policyEvidenceCsv: string }>(w.mira, EVIDENCE_CSV, { versionId: w.versionId })).policyEvidenceCsv;
    expect(csv).toContain('Raj Report');
    expect(csv).not.toContain('Xavier Outside');
  });

  it('refuses people without a line, and hides drafts and other organisations\' versions', async () => {
    const w = await world();
    const res = await gql(app()).as(w.xavier).send(COMPLIANCE, { versionId: w.versionId });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(codeOf(await gql(app()).as(w.xavier).send(EVIDENCE_CSV, { versionId: w.versionId }))).toBe('FORBIDDEN');
    expect((await kit.ok<{ abilities: Record<string, boolean> }>(w.xavier, ABILITIES)).abilities).toEqual({ canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false });
    expect((await kit.ok<{ abilities: Record<string, boolean> }>(w.mira, ABILITIES)).abilities).toEqual({ canManagePolicies: false, canViewCompliance: true, canVerifyPolicyEvidence: false });
    expect((await kit.ok<{ abilities: Record<string, boolean> }>(w.hr, ABILITIES)).abilities).toEqual({ canManagePolicies: true, canViewCompliance: true, canVerifyPolicyEvidence: true });
    const other = await world();
    expect(codeOf(await gql(app()).as(w.hr).send(COMPLIANCE, { versionId: other.versionId }))).toBe('NOT_FOUND');
    const draft = await kit.ok<{ draftPolicyVersion: { version: { id: string } } }>(w.hr, DRAFT, { input: { policyId: w.policyId, change: 'MINOR', bodies: [body('en')], fallbackLanguage: 'en' } });
    expect(codeOf(await gql(app()).as(w.hr).send(COMPLIANCE, { versionId: draft.draftPolicyVersion.version.id }))).toBe('NOT_FOUND');
  });

  it('exports the table and the evidence as CSV, each evidence row re-hashed', async () => {
    const w = await world();
    const table = (await kit.ok<{ policyComplianceCsv: string }>(w.hr, TABLE_CSV, { versionId: w.versionId })).policyComplianceCsv;
    expect(table.split('\r\n')).toEqual(['"name","audience","acknowledged","pending","overdue","percent"', '"total","6","2","3","1","33.3"', '"Engineering","5","2","2","1","40"', '']);
    const evidence = (await kit.ok<{ policyEvidenceCsv: string }>(w.hr, EVIDENCE_CSV, { versionId: w.versionId })).policyEvidenceCsv.split('\r\n');
    expect(evidence).toHaveLength(4);
    expect(evidence[1]).toContain('"Raj Report"');
    expect(evidence[2]).toContain('"Xavier Outside"');
    expect(evidence[1].endsWith('"yes"')).toBe(true);
  });

  it('costs the same number of queries for a bigger organisation', async () => {
    const small = await world();
    const big = await world();
    for (let i = 0; i < 12; i++) {
      const team = await buildTeam(big.org, { name: `Team ${i}`, parentId: i % 2 ? big.engineering.id : null });
      await buildUser(big.org, { managerId: big.mira.id, teamIds: [team.id] });
    }
    const run = (w: typeof small, groupBy: string) =>
      countQueries(async () => {
        await kit.ok(w.hr, COMPLIANCE, { versionId: w.versionId, groupBy });
        await kit.ok(w.hr, PEOPLE, { versionId: w.versionId, groupBy, parentId: w.engineering.id });
      });
    for (const groupBy of ['TEAM', 'MANAGER']) {
      const n = await run(small, groupBy);
      expect(n).toBeLessThanOrEqual(12);
      expect(await run(big, groupBy)).toBe(n);
    }
  }, 60_000);

  it('draws the trend day by day since publication: asked, acknowledged and overdue as they stood each evening; a manager their line only', async () => {
    const w = await world();
    // Published and asked three days ago; Tea's ask fell due two days ago; the two acknowledgements are today's.
    await testDb().query(`UPDATE policy_versions SET published_at = now() - interval '3 days' WHERE id = $1`, [w.versionId]);
    await testDb().query(`UPDATE policy_assignments SET assigned_at = now() - interval '3 days' WHERE version_id = $1`, [w.versionId]);
    await testDb().query(`UPDATE policy_assignments SET due_at = now() - interval '2 days' WHERE user_id = $1`, [w.tea.id]);
    type Point = Counts & { day: string };
    const points = (await kit.ok<{ policyComplianceTrend: Point[] }>(w.hr, TREND, { versionId: w.versionId })).policyComplianceTrend;
    const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
    expect(points.map((p) => p.day)).toEqual([day(3), day(2), day(1), day(0)]);
    expect(points.map((p) => [p.audience, p.acknowledged, p.overdue])).toEqual([[6, 0, 0], [6, 0, 1], [6, 0, 1], [6, 2, 1]]);
    // Today's point is the dashboard's totals.
    const totals = (await kit.ok<{ policyCompliance: Compliance }>(w.hr, COMPLIANCE, { versionId: w.versionId })).policyCompliance.totals;
    expect(points[3]).toMatchObject(totals);
    // Mira sees her line (Raj, Sam, Tea) only; drilled into Platform, its tree.
    const line = (await kit.ok<{ policyComplianceTrend: Point[] }>(w.mira, TREND, { versionId: w.versionId, groupBy: 'MANAGER' })).policyComplianceTrend;
    expect(line.map((p) => [p.audience, p.acknowledged])).toEqual([[3, 0], [3, 0], [3, 0], [3, 1]]);
    const platform = (await kit.ok<{ policyComplianceTrend: Point[] }>(w.hr, TREND, { versionId: w.versionId, parentId: w.platform.id })).policyComplianceTrend;
    expect(platform[3]).toMatchObject({ audience: 2, acknowledged: 1, overdue: 1 });
    expect(codeOf(await gql(app()).as(w.xavier).send(TREND, { versionId: w.versionId }))).toBe('FORBIDDEN');
  });

  it('steps several days for a version published long ago, today last, at most 60 points', async () => {
    const w = await world();
    await testDb().query(`UPDATE policy_versions SET published_at = now() - interval '400 days' WHERE id = $1`, [w.versionId]);
    const points = (await kit.ok<{ policyComplianceTrend: { day: string }[] }>(w.hr, TREND, { versionId: w.versionId })).policyComplianceTrend;
    expect(points.length).toBeLessThanOrEqual(60);
    expect(points.length).toBeGreaterThan(50);
    expect(points[points.length - 1].day).toBe(new Date().toISOString().slice(0, 10));
    const gaps = points.slice(1).map((p, i) => (Date.parse(p.day) - Date.parse(points[i].day)) / 86_400_000);
    expect(new Set(gaps)).toEqual(new Set([7]));
  });

  it('filters by location (accents and case ignored) and by organisation role, in the totals, the groups and the trend; refuses bad filters', async () => {
    const w = await world();
    await testDb().query(`UPDATE users SET location = 'Milàno' WHERE id = ANY($1::uuid[])`, [[w.raj.id, w.tea.id]]);
    const milan = (await kit.ok<{ policyCompliance: Compliance }>(w.hr, COMPLIANCE, { versionId: w.versionId, location: 'milano' })).policyCompliance;
    expect(milan.totals).toMatchObject({ audience: 2, acknowledged: 1, overdue: 1 });
    expect(milan.groups.map((g) => [g.name, g.audience])).toEqual([['Engineering', 2]]);
    const hrOnly = (await kit.ok<{ policyCompliance: Compliance }>(w.hr, COMPLIANCE, { versionId: w.versionId, role: 'HR' })).policyCompliance;
    expect(hrOnly.totals).toMatchObject({ audience: 1, acknowledged: 0 });
    const trend = (await kit.ok<{ policyComplianceTrend: Counts[] }>(w.hr, TREND, { versionId: w.versionId, location: 'MILANO' })).policyComplianceTrend;
    expect(trend[trend.length - 1]).toMatchObject({ audience: 2, acknowledged: 1 });
    // A manager's line still bounds a filter: Mira's Milan is Raj and Tea, nobody outside.
    const miraMilan = (await kit.ok<{ policyCompliance: Compliance }>(w.mira, COMPLIANCE, { versionId: w.versionId, location: 'Milano' })).policyCompliance;
    expect(miraMilan.totals.audience).toBe(2);
    for (const bad of [{ location: 'x'.repeat(500) }, { location: 'Mil\u0000ano' }, { role: 'KING' }]) {
      expect(codeOf(await gql(app()).as(w.hr).send(COMPLIANCE, { versionId: w.versionId, ...bad }))).toBe('BAD_USER_INPUT');
    }
  });
});
