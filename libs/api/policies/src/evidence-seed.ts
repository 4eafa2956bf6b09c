import type { DemoDb } from '@pillars/api/demo';
import { evidenceHash, GENESIS_HASH, type EvidenceFields } from './evidence-chain';

/** An acknowledgement a seed writes; its position in the chain is given on append. */
export type SeedAcknowledgement = Omit<EvidenceFields, 'position'>;

const BATCH = 10_000;

/**
 * Appends seeded acknowledgements to the organisation's evidence chain in time order, after what
 * the chain already holds, with its head locked, the same hash `acknowledgePolicy` computes and
 * the head moved, so `verify` stays valid (the demo seed; the benchmark's 500k rows, in batches).
 * Returns how many rows were written.
 */
export async function appendSeedEvidence(db: DemoDb, organizationId: string, acks: SeedAcknowledgement[]): Promise<number> {
  await db.query(`INSERT INTO policy_evidence_heads (organization_id, position, hash) VALUES ($1, 0, $2) ON CONFLICT (organization_id) DO NOTHING`, [organizationId, GENESIS_HASH]);
  const { rows: heads } = await db.query<{ position: string; hash: string }>(`SELECT position, hash FROM policy_evidence_heads WHERE organization_id = $1 FOR UPDATE`, [organizationId]);
  let position = Number(heads[0].position);
  let prevHash = heads[0].hash;
  const ordered = [...acks].sort((a, b) => a.acknowledgedAt.getTime() - b.acknowledgedAt.getTime());
  for (let start = 0; start < ordered.length; start += BATCH) {
    const rows = ordered.slice(start, start + BATCH).map((a) => {
      position += 1;
      const fields: EvidenceFields = { ...a, position };
      const hash = evidenceHash(prevHash, fields);
      const row = { ...fields, acknowledgedAt: a.acknowledgedAt.toISOString(), prevHash, hash };
      prevHash = hash;
      return row;
    });
    await db.query(
      `INSERT INTO policy_acknowledgements (id, organization_id, position, policy_id, version_id, user_id, version_label, language, text_hash, method, typed_name, quiz_score,
         acknowledged_at, ip, user_agent, prev_hash, hash)
       SELECT r.id, r."organizationId", r.position, r."policyId", r."versionId", r."userId", r."versionLabel", r.language, r."textHash", r.method, r."typedName", r."quizScore",
              r."acknowledgedAt", r.ip, r."userAgent", r."prevHash", r.hash
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "organizationId" uuid, position bigint, "policyId" uuid, "versionId" uuid, "userId" uuid, "versionLabel" text, language text,
              "textHash" text, method text, "typedName" text, "quizScore" int, "acknowledgedAt" timestamptz, ip text, "userAgent" text, "prevHash" text, hash text)
        ORDER BY r.position`,
      [JSON.stringify(rows)],
    );
  }
  await db.query(`UPDATE policy_evidence_heads SET position = $2, hash = $3 WHERE organization_id = $1`, [organizationId, position, prevHash]);
  return ordered.length;
}
