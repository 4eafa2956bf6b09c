import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { inPoolTransaction, renderMarkdown } from '@pillars/api/core';
import { demoEveryoneAudience } from '@pillars/api/demo';
import { appendSeedEvidence, contentHashOf, shownTextHash, type SeedAcknowledgement } from '@pillars/api/policies';

const DAY = 86_400_000;
/** The title of the bench's write target: published, addressed to everyone, acknowledged by nobody. */
export const BENCH_ACK_POLICY = 'Bench: acknowledge';

export interface PolicyBenchData {
  /** The current version of the first policy (the dashboard's subject). */
  versionId: string;
  /** The write target's version and its shown-text hash (what acknowledgePolicy sends). */
  ackVersionId: string;
  ackPolicyId: string;
  ackTextHash: string;
  acknowledgements: number;
}

const body = (title: string, major: number) => ({
  language: 'en',
  title,
  body: `## ${title} ${major}.0\n\n1. Lock your screen when you leave your desk.\n2. Report incidents to #security at once.\n3. Revision ${major}: read the changes.`,
  ackText: `I have read ${title} ${major}.0.`,
});

/**
 * The policies benchmark's data (issue 15, criterion 4), once per organisation: `policies` policies
 * × `majors` major versions each (the last published, the others superseded), all to everyone,
 * published over the past two years; every person acknowledged most of each version (a stable
 * share per version), so the chain holds about people × policies × majors rows. Asks are written as
 * the fan-out writes them; the evidence goes through `appendSeedEvidence` (the app's hash).
 */
export async function seedPolicyBench(pool: Pool, organizationId: string, opts: { policies: number; majors: number; log: (m: string) => void }): Promise<PolicyBenchData> {
  const found = await pool.query<{ id: string; policyId: string; title: string }>(
    `SELECT v.id, v.policy_id AS "policyId", p.title FROM policy_versions v JOIN policies p ON p.id = v.policy_id
      WHERE v.organization_id = $1 AND v.status = 'PUBLISHED' AND (p.title = $2 OR p.title = 'Bench policy 1') ORDER BY p.title`,
    [organizationId, BENCH_ACK_POLICY],
  );
  if (found.rows.length === 2) {
    const ack = found.rows.find((r) => r.title === BENCH_ACK_POLICY)!;
    const { rows: [{ n }] } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM policy_acknowledgements WHERE organization_id = $1`, [organizationId]);
    return { versionId: found.rows.find((r) => r.title !== BENCH_ACK_POLICY)!.id, ackVersionId: ack.id, ackPolicyId: ack.policyId, ackTextHash: shownTextHash(body(BENCH_ACK_POLICY, 1)), acknowledgements: n };
  }
  const started = Date.now();
  const seeded = await inPoolTransaction(pool, async (client) => {
    const { rows: [hr] } = await client.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND 'HR' = ANY(roles) ORDER BY id LIMIT 1`, [organizationId]);
    const { rows: people } = await client.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND status = 'ACTIVE' ORDER BY id`, [organizationId]);
    const audienceId = await demoEveryoneAudience(client, organizationId, hr.id);
    const acks: SeedAcknowledgement[] = [];
    let versionId = '';
    const write = async (title: string, majors: number, ackShare: (major: number) => number) => {
      const policyId = randomUUID();
      await client.query(`INSERT INTO policies (id, organization_id, kind, category, title, owner_id, created_by) VALUES ($1, $2, 'POLICY', 'Security', $3, $4, $4)`, [policyId, organizationId, title, hr.id]);
      let last = '';
      for (let major = 1; major <= majors; major++) {
        const id = randomUUID();
        const b = body(title, major);
        // Majors spread over two years; the current one 20 days old with 14 days to acknowledge (some overdue).
        const publishedAt = new Date(Date.now() - (majors === 1 ? 1 : 20 + ((majors - major) * 700) / majors) * DAY);
        await client.query(
          `INSERT INTO policy_versions (id, organization_id, policy_id, major, minor, status, audience_id, ack_method, due_days, fallback_language, content_hash, published_at, effective_at, created_by, created_at)
           VALUES ($1, $2, $3, $4, 0, $5, $6, 'CHECKBOX', 14, 'en', $7, $8, $8, $9, $8)`,
          [id, organizationId, policyId, major, major === majors ? 'PUBLISHED' : 'SUPERSEDED', audienceId, contentHashOf({ major, minor: 0, fallbackLanguage: 'en' }, [b]), publishedAt, hr.id],
        );
        await client.query(`INSERT INTO policy_version_bodies (version_id, organization_id, language, title, body, body_html, ack_text) VALUES ($1, $2, 'en', $3, $4, $5, $6)`, [
          id, organizationId, b.title, b.body, renderMarkdown(b.body).html, b.ackText,
        ]);
        await client.query(
          `INSERT INTO policy_assignments (policy_id, user_id, major, organization_id, version_id, assigned_at, due_at) SELECT $1, m.user_id, $2, $3, $4, $5, $5::timestamptz + interval '14 days' FROM audience_members m WHERE m.audience_id = $6`,
          [policyId, major, organizationId, id, publishedAt, audienceId],
        );
        const share = ackShare(major);
        const textHash = shownTextHash(b);
        people.forEach((person, i) => {
          // A stable spread: person i acknowledges when (i * 37 + major) mod 100 falls under the share.
          const bucket = (i * 37 + major * 11) % 100;
          if (bucket >= share) return;
          acks.push({
            id: randomUUID(), organizationId, policyId, versionId: id, userId: person.id, versionLabel: `${major}.0`, language: 'en', textHash, method: 'CHECKBOX',
            typedName: null, quizScore: null, acknowledgedAt: new Date(publishedAt.getTime() + (1 + (bucket % 13)) * DAY * 0.9 + (i % 3600) * 1000), ip: `10.0.${i % 250}.${bucket}`, userAgent: 'Mozilla/5.0 (bench seed)',
          });
        });
        last = id;
      }
      return { policyId, versionId: last, textHash: shownTextHash(body(title, majors)) };
    };
    for (let n = 1; n <= opts.policies; n++) {
      // Older majors: nearly everyone signed; the current one: 55–90% so far.
      const written = await write(`Bench policy ${n}`, opts.majors, (major) => (major === opts.majors ? 55 + ((n * 7) % 36) : 98));
      if (n === 1) versionId = written.versionId;
    }
    const ack = await write(BENCH_ACK_POLICY, 1, () => 0);
    opts.log(`policies: ${opts.policies * opts.majors + 1} versions written, appending ${acks.length} acknowledgements…`);
    const acknowledgements = await appendSeedEvidence(client, organizationId, acks);
    return { versionId, ackVersionId: ack.versionId, ackPolicyId: ack.policyId, ackTextHash: ack.textHash, acknowledgements };
  });
  await pool.query(`ANALYZE policy_acknowledgements; ANALYZE policy_assignments; ANALYZE policy_versions; ANALYZE audience_members`);
  opts.log(`policies seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return seeded;
}
