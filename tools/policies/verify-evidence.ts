/**
 * Recomputes every organisation's policy-acknowledgement hash chain (or one: --org=<uuid>) and
 * names each row altered, deleted or inserted out of order. Read-only; exits 1 when a chain is
 * broken. `npx nx run api:policies-verify [--org=<uuid>]` against DATABASE_URL (or the embedded
 * database in DATA_DIR when unset, with the app stopped: PGlite opens its files once).
 */
import { startEmbeddedPostgres } from '@pillars/api/core';
import { organizationsWithEvidence, verifyEvidenceChain, type QueryRows } from '@pillars/api/policies';
import { join } from 'node:path';
import { Pool } from 'pg';

async function main() {
  const only = process.argv.find((a) => a.startsWith('--org='))?.slice('--org='.length);
  const embedded = process.env['DATABASE_URL'] ? null : await startEmbeddedPostgres({ dataDir: join(process.env['DATA_DIR'] ?? './data', 'pglite'), maxConnections: 2 });
  const pool = new Pool({ connectionString: embedded?.url ?? process.env['DATABASE_URL'], max: 2 });
  const query: QueryRows = async <T>(sql: string, params: unknown[]) => (await pool.query(sql, params)).rows as T[];
  try {
    const orgs = only ? [only] : await organizationsWithEvidence(query);
    let broken = 0;
    for (const org of orgs) {
      const started = Date.now();
      const report = await verifyEvidenceChain(query, org);
      console.log(`${org}: ${report.ok ? 'intact' : 'BROKEN'} — ${report.checked} row(s), head at ${report.headPosition} (${Date.now() - started} ms)`);
      for (const p of report.problems) {
        const missing = p.missing ? `, ${p.missing} missing` : '';
        console.log(`  ${p.kind} at position ${p.position}${missing}: ${p.rowId ?? '(end of chain)'}`);
      }
      if (!report.ok) broken++;
    }
    if (orgs.length === 0) console.log('no acknowledgement evidence yet');
    process.exitCode = broken ? 1 : 0;
  } finally {
    await pool.end();
    await embedded?.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(2);
});
