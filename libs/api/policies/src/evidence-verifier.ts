import { ChainVerifier, type ChainHead, type EvidenceProblem, type EvidenceRow } from './evidence-chain';

/** The evidence row as the chain code reads it (bigints as numbers: positions stay far below 2^53). */
export const EVIDENCE_COLUMNS = `a.seq::float8 AS seq, a.id, a.organization_id AS "organizationId", a.position::float8 AS position, a.policy_id AS "policyId",
  a.version_id AS "versionId", a.user_id AS "userId", a.version_label AS "versionLabel", a.language, a.text_hash AS "textHash", a.method,
  a.typed_name AS "typedName", a.quiz_score AS "quizScore", a.acknowledged_at AS "acknowledgedAt", a.ip, a.user_agent AS "userAgent",
  a.prev_hash AS "prevHash", a.hash`;

/** Any way to run SQL and get rows: the app's Db, or a plain pg pool in the CLI. */
export type QueryRows = <T>(sql: string, params: unknown[]) => Promise<T[]>;

export interface ChainReport {
  organizationId: string;
  ok: boolean;
  checked: number;
  headPosition: number;
  problems: EvidenceProblem[];
}

const PAGE = 5000;

/**
 * Recomputes one organisation's evidence chain from its rows, a keyset page at a time (position,
 * seq), and names every row altered, deleted or inserted out of order (ChainVerifier). Read-only;
 * shared by the app (verifyPolicyEvidence) and the CLI (`nx run api:policies-verify`).
 */
export async function verifyEvidenceChain(query: QueryRows, organizationId: string): Promise<ChainReport> {
  const [headRow] = await query<{ position: number; hash: string }>(`SELECT position::float8 AS position, hash FROM policy_evidence_heads WHERE organization_id = $1`, [organizationId]);
  const head: ChainHead | null = headRow ? { position: headRow.position, hash: headRow.hash } : null;
  const verifier = new ChainVerifier(head);
  let after: [number, number] | null = null;
  for (;;) {
    const rows: EvidenceRow[] = await query<EvidenceRow>(
      `SELECT ${EVIDENCE_COLUMNS} FROM policy_acknowledgements a WHERE a.organization_id = $1
          AND ($2::bigint IS NULL OR (a.position, a.seq) > ($2::bigint, $3::bigint))
        ORDER BY a.position, a.seq LIMIT ${PAGE}`,
      [organizationId, after?.[0] ?? null, after?.[1] ?? null],
    );
    for (const row of rows) verifier.push({ ...row, acknowledgedAt: new Date(row.acknowledgedAt) });
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1];
    after = [last.position, last.seq];
  }
  const problems = verifier.finish();
  return { organizationId, ok: problems.length === 0, checked: verifier.count, headPosition: head?.position ?? 0, problems };
}

/** Organisations that have any evidence (the CLI verifies each). */
export async function organizationsWithEvidence(query: QueryRows): Promise<string[]> {
  const rows = await query<{ id: string }>(
    `SELECT organization_id AS id FROM policy_evidence_heads UNION SELECT DISTINCT organization_id FROM policy_acknowledgements ORDER BY 1`,
    [],
  );
  return rows.map((r) => r.id);
}
