import { createHash } from 'node:crypto';

/** The hash a chain starts from (position 0, before any acknowledgement). */
export const GENESIS_HASH = '0'.repeat(64);

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The fields of one evidence row that its hash covers, as stored. */
export interface EvidenceFields {
  id: string;
  organizationId: string;
  position: number;
  policyId: string;
  versionId: string;
  userId: string;
  versionLabel: string;
  language: string;
  textHash: string;
  method: string;
  typedName: string | null;
  quizScore: number | null;
  acknowledgedAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface EvidenceRow extends EvidenceFields {
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * The canonical row: a JSON array in a fixed field order (never an object, whose key order a
 * future refactor could change), timestamps as ISO strings at millisecond precision.
 */
export const canonicalEvidence = (r: EvidenceFields): string =>
  JSON.stringify([
    1, r.organizationId, r.position, r.id, r.policyId, r.versionId, r.userId, r.versionLabel, r.language, r.textHash, r.method,
    r.typedName, r.quizScore, r.acknowledgedAt.toISOString(), r.ip, r.userAgent,
  ]);

/** hash = SHA-256(prev_hash ‖ canonical row) (DESIGN §4). */
export const evidenceHash = (prevHash: string, r: EvidenceFields): string => sha256(prevHash + canonicalEvidence(r));

/** Whether a row's own hash still matches its fields and its stored previous hash. */
export const rowIntact = (r: EvidenceRow): boolean => evidenceHash(r.prevHash, r) === r.hash;

export enum EvidenceProblemKind {
  /** The row's fields no longer give its hash. */
  ALTERED = 'ALTERED',
  /** Positions are missing here: rows were deleted (from the middle, or from the end: the head is ahead). */
  DELETED = 'DELETED',
  /** A row that does not continue the chain where it stands: inserted outside the app, or out of order. */
  INSERTED = 'INSERTED',
}

export interface EvidenceProblem {
  kind: EvidenceProblemKind;
  /** The row concerned (ALTERED, INSERTED) or the row after the gap (DELETED; null at the end). */
  rowId: string | null;
  /** The chain position concerned (for DELETED: the first missing one). */
  position: number;
  /** DELETED: how many positions are missing. */
  missing?: number;
}

export interface ChainHead {
  position: number;
  hash: string;
}

/**
 * Walks one organisation's chain in position order (push rows sorted by position, then seq) and
 * names every row that was altered, deleted or inserted out of order. A gap is reported once; the
 * row after it is checked against its own stored previous hash, so one deletion does not make
 * every later row look wrong. `head` is the chain head the app keeps (read before the walk).
 */
export class ChainVerifier {
  readonly problems: EvidenceProblem[] = [];
  count = 0;
  private expectedPosition = 1;
  private previousHash = GENESIS_HASH;
  private latest: { id: string; seq: number; position: number; flagged: boolean } | null = null;
  private lastId: string | null = null;

  constructor(private readonly head: ChainHead | null) {}

  push(row: EvidenceRow): void {
    this.count++;
    const headPosition = this.head?.position ?? 0;
    const intact = rowIntact(row);
    if (!intact) this.problems.push({ kind: EvidenceProblemKind.ALTERED, rowId: row.id, position: row.position });
    const inserted = () => this.problems.push({ kind: EvidenceProblemKind.INSERTED, rowId: row.id, position: row.position });
    if (row.position < this.expectedPosition) {
      // A second row at a position already taken (the unique constraint was bypassed).
      inserted();
      return;
    }
    if (row.position > headPosition) inserted();
    else if (row.position > this.expectedPosition) {
      this.problems.push({ kind: EvidenceProblemKind.DELETED, rowId: row.id, position: this.expectedPosition, missing: row.position - this.expectedPosition });
    } else if (intact && row.prevHash !== this.previousHash) inserted();
    // Positions and seq both grow under the head lock; a row appended after rows that follow it in
    // the chain was put in afterwards: name it (once), not every row after it.
    const latest = this.latest;
    if (latest && row.seq < latest.seq) {
      if (!latest.flagged) this.problems.push({ kind: EvidenceProblemKind.INSERTED, rowId: latest.id, position: latest.position });
      latest.flagged = true;
    } else this.latest = { id: row.id, seq: row.seq, position: row.position, flagged: false };
    this.expectedPosition = row.position + 1;
    this.previousHash = row.hash;
    this.lastId = row.id;
  }

  /** The end of the walk against the head: positions up to the head that never came were deleted from the end. */
  finish(): EvidenceProblem[] {
    const headPosition = this.head?.position ?? 0;
    const last = this.expectedPosition - 1;
    if (headPosition > last) this.problems.push({ kind: EvidenceProblemKind.DELETED, rowId: null, position: last + 1, missing: headPosition - last });
    else if (this.head && last === headPosition && last > 0 && this.head.hash !== this.previousHash && this.problems.length === 0) {
      // Every row checks out but the head does not: the last row was replaced by a recomputed one.
      this.problems.push({ kind: EvidenceProblemKind.ALTERED, rowId: this.lastId, position: last });
    }
    return this.problems;
  }
}
