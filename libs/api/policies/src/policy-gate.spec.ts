import { buildOrganization, buildUser, codeOf, countQueries, gql } from '@pillars/api/testing';
import { ACK } from './policies.test-documents';
import { policiesTestApp, READING, type ReadingView } from './policy-features.test-support';

const LIBRARY = `query { policies(first: 10) { edges { node { id } } } }`;

const { app, kit } = policiesTestApp();

describe('the gate', () => {
  it('holds back every other query and mutation until the gating policy is acknowledged', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const employee = await buildUser(org);
    const other = await kit.published(hr); // not gating
    const { policyId: gated } = await kit.published(hr, { gate: true, audience: { rules: { include: [{ kind: 'USERS', userIds: [employee.id] }] } } });

    const held = await gql(app()).as(employee).send(LIBRARY);
    expect(codeOf(held)).toBe('POLICY_GATE_PENDING');
    expect(held.errors?.[0].extensions?.policyIds).toEqual([gated]);
    expect(held.data).toBeNull();
    expect(codeOf(await gql(app()).as(employee).send(READING, { id: other.policyId }))).toBe('POLICY_GATE_PENDING');
    expect(codeOf(await gql(app()).as(employee).send(`mutation { retirePolicy(id: "${other.policyId}") { policy { id } } }`))).toBe('POLICY_GATE_PENDING');
    // The allow-list: who am I, my policies, the gating policy itself.
    const me = await gql(app()).as(employee).send<{ me: { id: string } }>(`query { me { id } abilities { __typename } }`);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.id).toBe(employee.id);
    const mine = await kit.ok<{ myPolicies: { edges: { node: { policy: { id: string } } }[] } }>(employee, `query { myPolicies(first: 10) { edges { node { policy { id } } } } }`);
    expect(mine.myPolicies.edges.map((e) => e.node.policy.id)).toContain(gated);
    const read = (await kit.ok<ReadingView>(employee, READING, { id: gated })).policy.currentVersion;
    // HR, outside its audience, is not held back.
    expect((await gql(app()).as(hr).send(LIBRARY)).errors).toBeUndefined();

    const ack = await gql(app()).as(employee).send(ACK, { input: { versionId: read.id, language: read.reading.language, textHash: read.reading.textHash } });
    expect(ack.errors).toBeUndefined();
    const open = await gql(app()).as(employee).send<{ policies: { edges: unknown[] } }>(LIBRARY);
    expect(open.errors).toBeUndefined();
    expect(open.data?.policies.edges.length).toBeGreaterThanOrEqual(2);
  });

  it('costs one statement per request, however many root fields it checks', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const [held, free] = [await buildUser(org), await buildUser(org)];
    await kit.published(hr, { gate: true, audience: { rules: { include: [{ kind: 'USERS', userIds: [held.id] }] } } });
    const cost = async (viewer: typeof held, query: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 2; i++) runs.push(await countQueries(() => gql(app()).as(viewer).send(query)));
      return Math.min(...runs);
    };
    const bare = `query { __typename }`;
    const one = `query { a: policies(first: 1) { edges { cursor } } }`;
    const three = `query { a: policies(first: 1) { edges { cursor } } b: policies(first: 2) { edges { cursor } } c: policies(first: 3) { edges { cursor } } }`;
    // Held back: the gate's one statement and nothing of the resolver.
    expect(codeOf(await gql(app()).as(held).send(one))).toBe('POLICY_GATE_PENDING');
    expect((await cost(held, one)) - (await cost(held, bare))).toBe(1);
    // Let through: the gate is asked once per request, not once per root field.
    const base = await cost(free, bare);
    const field = (await cost(free, one)) - base - 1;
    expect(await cost(free, three)).toBe(base + 1 + 3 * field);
  });
});
