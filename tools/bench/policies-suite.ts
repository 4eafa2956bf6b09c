import { inPoolTransaction } from '@pillars/api/core';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { verifyEvidenceChain } from '@pillars/api/policies';
import { arg, run, sessionsFor } from './load';
import { seedPolicyBench, type PolicyBenchData } from './policies-seed';
import { gql, managerWithLine, median, replayBaseline, RESULT_HEADER, resultTable, type ReplayContext } from './replay';

export interface PoliciesSuiteContext extends ReplayContext {
  orgId: string;
  users: number;
  root: string;
}

const COMPLIANCE = `query($v: ID!, $g: PolicyComplianceGrouping!, $p: ID) { policyCompliance(versionId: $v, groupBy: $g, parentId: $p) {
  totals { audience acknowledged pending overdue percent } groups { id name audience acknowledged pending overdue percent } } }`;
const ACKNOWLEDGE = `mutation($input: AcknowledgePolicyInput!) { acknowledgePolicy(input: $input) { acknowledgement { id position } } }`;
const VERIFY = `{ verifyPolicyEvidence { ok checked headPosition } }`;


/**
 * Takes the acknowledge scenario's rows out again, so every run starts with nobody having signed
 * the target version. The evidence is append-only for the app; the bench connects as the owner,
 * lifts the trigger for this one delete and puts the head back on the last remaining row. That
 * keeps the chain valid only because the target's rows are its tail (nothing else writes evidence
 * in the bench organisation while it runs): checked first.
 */
async function resetAckTarget(pool: Pool, orgId: string, data: PolicyBenchData): Promise<void> {
  const { rows: [t] } = await pool.query<{ first: string | null; before: string | null }>(
    `SELECT (SELECT min(position) FROM policy_acknowledgements WHERE organization_id = $1 AND version_id = $2)::text AS first,
            (SELECT max(position) FROM policy_acknowledgements WHERE organization_id = $1 AND version_id <> $2)::text AS before`,
    [orgId, data.ackVersionId],
  );
  if (t.first === null) return;
  if (t.before !== null && Number(t.before) > Number(t.first)) throw new Error('the acknowledge target is not the tail of the chain: re-seed the bench organisation');
  await inPoolTransaction(pool, async (client) => {
    await client.query(`ALTER TABLE policy_acknowledgements DISABLE TRIGGER policy_acknowledgements_no_change`);
    await client.query(`DELETE FROM policy_acknowledgements WHERE organization_id = $1 AND version_id = $2`, [orgId, data.ackVersionId]);
    await client.query(`ALTER TABLE policy_acknowledgements ENABLE TRIGGER policy_acknowledgements_no_change`);
    await client.query(
      `UPDATE policy_evidence_heads h SET position = coalesce(a.position, 0), hash = coalesce(a.hash, $2)
         FROM (SELECT max(position) AS top FROM policy_acknowledgements WHERE organization_id = $1) m
         LEFT JOIN policy_acknowledgements a ON a.organization_id = $1 AND a.position = m.top
        WHERE h.organization_id = $1`,
      [orgId, '0'.repeat(64)],
    );
    await client.query(`DELETE FROM domain_events WHERE organization_id = $1 AND payload->>'versionId' = $2`, [orgId, data.ackVersionId]);
  });
}

/**
 * The policies scenarios (issue 15, criterion 4) on 10k people × 50 policy versions (about 480k
 * acknowledgements): the compliance dashboard's roll-ups against the baseline replaying the very
 * statements the API sent for them, acknowledgePolicy against a bare chain append, and `verify`
 * over the whole chain.
 */
export async function runPoliciesSuite(pool: Pool, c: PoliciesSuiteContext): Promise<void> {
  const log = (m: string) => console.log(m);
  const data = await seedPolicyBench(pool, c.orgId, { policies: Number(arg('policies', '10')), majors: Number(arg('majors', '5')), log });
  await resetAckTarget(pool, c.orgId, data);
  const { rows: [{ versions }] } = await pool.query<{ versions: number }>(`SELECT count(*)::int AS versions FROM policy_versions WHERE organization_id = $1`, [c.orgId]);
  const { rows: [{ acks }] } = await pool.query<{ acks: number }>(`SELECT count(*)::int AS acks FROM policy_acknowledgements WHERE organization_id = $1`, [c.orgId]);
  log(`policies: ${versions} versions, ${acks} acknowledgements in the chain`);

  const [hrCookie] = await sessionsFor(pool, c.orgId, 1, `'HR' = ANY(roles)`);
  // The manager whose line is closest to 500 people (issue 17's line size; a department head here).
  const manager = await managerWithLine(pool, c.orgId, 500);
  const [managerCookie] = await sessionsFor(pool, c.orgId, 1, `id = '${manager.id}'`);
  const top = await gql<{ policyCompliance: { groups: { id: string; name: string; audience: number }[] } }>(c.apiPort, hrCookie, COMPLIANCE, { v: data.versionId, g: 'TEAM' });
  const department = [...top.policyCompliance.groups].sort((a, b) => b.audience - a.audience)[0];
  const reads = [
    { name: `compliance, team roll-up: company → ${top.policyCompliance.groups.length} top teams (HR)`, cookie: hrCookie, body: { query: COMPLIANCE, variables: { v: data.versionId, g: 'TEAM' } } },
    { name: `compliance, team roll-up: a department (${department.audience} people) → its teams (HR)`, cookie: hrCookie, body: { query: COMPLIANCE, variables: { v: data.versionId, g: 'TEAM', p: department.id } } },
    { name: `compliance, manager line: ${manager.line} people → direct reports' lines (the manager)`, cookie: managerCookie, body: { query: COMPLIANCE, variables: { v: data.versionId, g: 'MANAGER' } } },
  ];
  const { baseline, basePort, gqlUrl, runReads, stop } = await replayBaseline(c, reads, log, {
    BENCH_ACK: JSON.stringify({ versionId: data.ackVersionId, policyId: data.ackPolicyId, textHash: data.ackTextHash }),
  });
  const { rows, line } = resultTable();
  const loadBefore = loadavg()[0];
  const signers = await sessionsFor(pool, c.orgId, c.users);
  const amount = Math.min(signers.length, Number(arg('ack-requests', '4000')));
  try {
    await runReads(arg('read-connections', '1,10').split(',').map(Number), line);

    // acknowledgePolicy: a different person each time (once per person per version), the target reset before every run.
    const ackBody = JSON.stringify({ query: ACKNOWLEDGE, variables: { input: { versionId: data.ackVersionId, language: 'en', textHash: data.ackTextHash } } });
    for (const connections of arg('write-connections', '10,50').split(',').map(Number)) {
      const once = async (url: string, server: ChildProcess, n: number, body?: string) => {
        await resetAckTarget(pool, c.orgId, data);
        return run(url, connections, server, { method: 'POST', body, cookie: signers[0], cookies: signers, amount: n });
      };
      await once(gqlUrl, c.api, Math.min(amount, 1000), ackBody); // warm-up
      const a = await once(gqlUrl, c.api, amount, ackBody);
      const b = await once(`http://127.0.0.1:${basePort}/ack`, baseline, amount);
      const p = await once(`http://127.0.0.1:${basePort}/prepared/ack`, baseline, amount);
      line(`acknowledgePolicy vs bare chain append (head lock, row + head, outbox event), ${amount} people`, connections, a, b, p);
    }
    await resetAckTarget(pool, c.orgId, data);
  } finally {
    stop();
  }

  // verify over the whole chain: through the API (HR) and as the CLI runs it; three times each.
  const viaApi: number[] = [];
  const viaCli: number[] = [];
  let checked = 0;
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    const r = await gql<{ verifyPolicyEvidence: { ok: boolean; checked: number } }>(c.apiPort, hrCookie, VERIFY);
    viaApi.push(Date.now() - started);
    if (!r.verifyPolicyEvidence.ok) throw new Error('the evidence chain does not verify');
    checked = r.verifyPolicyEvidence.checked;
    const t = Date.now();
    const report = await verifyEvidenceChain(async (sql, params) => (await pool.query(sql, params)).rows, c.orgId);
    viaCli.push(Date.now() - t);
    if (!report.ok) throw new Error('the evidence chain does not verify (CLI)');
  }
  const header = `\n### ${new Date().toISOString().slice(0, 10)} — policies: ${c.users} people, ${versions} policy versions, ${acks} acknowledgements, PostgreSQL server, reads at ${arg('read-connections', '1,10')} and writes at ${arg('write-connections', '10,50')} connections × ${arg('duration', '10')} s (writes: ${amount} requests per run, each by a different person), ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (1 min)\n\n${RESULT_HEADER}`;
  const verifyLine = `\n| verify | rows | median of 3 | runs |\n|---|---|---|---|\n| verifyPolicyEvidence (GraphQL, HR) | ${checked} | ${(median(viaApi) / 1000).toFixed(2)} s | ${viaApi.join(', ')} ms |\n| verifyEvidenceChain (as \`nx run api:policies-verify\`) | ${checked} | ${(median(viaCli) / 1000).toFixed(2)} s | ${viaCli.join(', ')} ms |\n`;
  const text = header + rows.join('\n') + '\n' + verifyLine;
  console.log(text);
  if (process.argv.includes('--write')) appendFileSync(join(c.root, 'docs/benchmarks.md'), text);
}
