import { ChainVerifier, evidenceHash, GENESIS_HASH, type EvidenceRow } from './evidence-chain';

const ORG = '00000000-0000-4000-8000-000000000001';
function chain(n: number): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, organizationId: ORG, position: i, policyId: ORG, versionId: ORG, userId: ORG, versionLabel: '1.0',
      language: 'en', textHash: 'a'.repeat(64), method: 'CHECKBOX', typedName: null, quizScore: null, acknowledgedAt: new Date(Date.UTC(2026, 0, i)), ip: null, userAgent: null,
    };
    const hash = evidenceHash(prev, fields);
    rows.push({ ...fields, seq: i, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}
const run = (rows: EvidenceRow[], head = { position: rows.length, hash: rows[rows.length - 1]?.hash ?? GENESIS_HASH }) => {
  const v = new ChainVerifier(head);
  for (const r of [...rows].sort((a, b) => a.position - b.position || a.seq - b.seq)) v.push(r);
  return v.finish();
};

describe('ChainVerifier', () => {
  it('accepts an intact chain', () => expect(run(chain(5))).toEqual([]));

  it('names an altered row only, not the rows after it', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], language: 'it' };
    expect(run(rows)).toEqual([{ kind: 'ALTERED', rowId: rows[2].id, position: 3 }]);
  });

  it('names a re-hashed row by the break after it', () => {
    const rows = chain(5);
    const changed = { ...rows[2], language: 'it' };
    rows[2] = { ...changed, hash: evidenceHash(changed.prevHash, changed) };
    expect(run(rows)).toEqual([{ kind: 'INSERTED', rowId: rows[3].id, position: 4 }]);
  });

  it('names a row moved in out of order (appended later, placed earlier)', () => {
    const rows = chain(4);
    rows[1] = { ...rows[1], seq: 99 };
    expect(run(rows)).toEqual([{ kind: 'INSERTED', rowId: rows[1].id, position: 2 }]);
  });

  it('names a duplicate position', () => {
    const rows = chain(3);
    const dup = { ...rows[1], id: 'dup', seq: 10 };
    rows.push({ ...dup, hash: evidenceHash(dup.prevHash, dup) });
    expect(run(rows, { position: 3, hash: rows[2].hash })).toEqual([{ kind: 'INSERTED', rowId: 'dup', position: 2 }]);
  });
});
