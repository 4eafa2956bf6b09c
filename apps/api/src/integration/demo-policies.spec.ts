import { DirectoryModule } from '@pillars/api/directory';
import { DEMO_LOGINS } from '@pillars/api/demo';
import { DEMO_CODE_OF_CONDUCT_TITLE, DEMO_SOCIAL_MEDIA_TITLE, PoliciesModule, seedDemoPolicies, verifyEvidenceChain } from '@pillars/api/policies';
import { all, gql, testDb, type TestUser } from '@pillars/api/testing';
import { demoOrganization } from '../../test/demo-organization';

const demo = demoOrganization({ slug: 'demo-pol', modules: [DirectoryModule, PoliciesModule], seed: seedDemoPolicies, users: 60, teams: 10 });
const { login } = demo;

describe('demo policies', () => {
  it('seeds three policies with a valid evidence chain and a mix of acknowledged, pending and overdue people', async () => {
    const report = await verifyEvidenceChain((sql, params) => testDb().query(sql, params).then((r) => r.rows), demo.orgId);
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThan(100);
    const titles = (await all<{ title: string }>(`SELECT title FROM policies WHERE organization_id = $1 ORDER BY title`, [demo.orgId])).map((r) => r.title);
    expect(titles).toEqual(['Acceptable Use Policy', 'Code of Conduct', DEMO_SOCIAL_MEDIA_TITLE]);
    const languages = await all<{ language: string }>(
      `SELECT DISTINCT b.language FROM policy_version_bodies b JOIN policy_versions v ON v.id = b.version_id JOIN policies p ON p.id = v.policy_id WHERE p.title = $1 AND p.organization_id = $2 ORDER BY 1`,
      [DEMO_SOCIAL_MEDIA_TITLE, demo.orgId],
    );
    expect(languages.map((l) => l.language)).toEqual(['ar', 'en', 'he', 'it']);

    const hr = await login('hr@pillars.demo');
    const mine = await gql(demo.app).as(await login('employee@pillars.demo')).send<{ myPolicies: { edges: { node: { policy: { title: string }; status: { state: string } } }[] } }>(
      `query { myPolicies(first: 10) { edges { node { policy { title } status { state } } } } }`, {},
    );
    const states = Object.fromEntries((mine.data?.myPolicies.edges ?? []).map((e) => [e.node.policy.title, e.node.status.state]));
    expect(states[DEMO_SOCIAL_MEDIA_TITLE]).toBe('DUE');

    const policies = await gql(demo.app).as(hr).send<{ policies: { edges: { node: { title: string; currentVersion: { id: string; label: string } } }[] } }>(`query { policies(first: 10) { edges { node { title currentVersion { id label } } } } }`, {});
    const byTitle = Object.fromEntries((policies.data?.policies.edges ?? []).map((e) => [e.node.title, e.node.currentVersion]));
    expect(byTitle[DEMO_SOCIAL_MEDIA_TITLE].label).toBe('2.0');
    const totals = async (versionId: string) =>
      (await gql(demo.app).as(hr).send<{ policyCompliance: { totals: { audience: number; acknowledged: number; pending: number; overdue: number } } }>(
        `query($v: ID!) { policyCompliance(versionId: $v) { totals { audience acknowledged pending overdue } } }`, { v: versionId },
      )).data?.policyCompliance.totals;
    const smg = await totals(byTitle[DEMO_SOCIAL_MEDIA_TITLE].id);
    expect(smg?.acknowledged).toBeGreaterThan(0);
    expect(smg?.pending).toBeGreaterThan(0);
    const aup = await totals(byTitle['Acceptable Use Policy'].id);
    expect(aup?.overdue).toBeGreaterThan(0);
    expect(aup?.acknowledged).toBeGreaterThan(0);
  });

  it('gates the Code of Conduct without locking out any printed demo login; the CEO and some others still owe it', async () => {
    const [coc] = await all<{ id: string; gate: boolean; audience: number }>(
      `SELECT v.id, v.gate, (SELECT count(*)::int FROM policy_assignments a WHERE a.version_id = v.id) AS audience
         FROM policy_versions v JOIN policies p ON p.id = v.policy_id WHERE p.organization_id = $1 AND p.title = $2 AND v.status = 'PUBLISHED'`,
      [demo.orgId, DEMO_CODE_OF_CONDUCT_TITLE],
    );
    expect(coc.gate).toBe(true);
    const FEED = `query { policies(first: 5) { edges { node { title } } } }`;
    for (const { email } of DEMO_LOGINS) {
      const res = await gql(demo.app).as(await login(email)).send(FEED, {});
      expect({ email, errors: res.errors }).toEqual({ email, errors: undefined });
    }
    const [ceoRow] = await all<{ email: string }>(`SELECT email FROM users WHERE organization_id = $1 AND email LIKE 'ceo@%'`, [demo.orgId]);
    const ceo = await login(ceoRow.email);
    const gated = await gql(demo.app).as(ceo).send(FEED, {});
    expect(gated.errors?.[0].extensions?.code).toBe('POLICY_GATE_PENDING');
    const [{ signed }] = await all<{ signed: number }>(`SELECT count(*)::int AS signed FROM policy_acknowledgements WHERE version_id = $1`, [coc.id]);
    // A realistic share: most have signed, a visible minority has not.
    expect(signed).toBeGreaterThan(coc.audience * 0.5);
    expect(signed).toBeLessThan(coc.audience * 0.95);
  });
});
