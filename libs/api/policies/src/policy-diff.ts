import { diffWords } from 'diff';

export enum PolicyTextChangeKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}

export interface PolicyTextChange {
  kind: PolicyTextChangeKind;
  text: string;
}

/**
 * Past this many edits (words and spaces added or removed) the two texts are shown as one removal
 * and one addition: diffWords is O(N·D), and a rewrite that large reads better whole anyway.
 */
export const MAX_DIFF_EDITS = 4000;

/**
 * A word-level diff of two Markdown sources (what the person signed → what they read now), as
 * runs of unchanged, added and removed text that concatenate back to either side. Markdown, not the
 * rendered HTML: a diff never splits a tag, and the reading view shows the runs as text.
 */
export function wordDiff(from: string, to: string): PolicyTextChange[] {
  if (from === to) return from ? [{ kind: PolicyTextChangeKind.SAME, text: from }] : [];
  const parts = diffWords(from, to, { maxEditLength: MAX_DIFF_EDITS });
  if (!parts) {
    return [
      ...(from ? [{ kind: PolicyTextChangeKind.REMOVED, text: from }] : []),
      ...(to ? [{ kind: PolicyTextChangeKind.ADDED, text: to }] : []),
    ];
  }
  const out: PolicyTextChange[] = [];
  for (const part of parts) {
    const kind = part.added ? PolicyTextChangeKind.ADDED : part.removed ? PolicyTextChangeKind.REMOVED : PolicyTextChangeKind.SAME;
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += part.value;
    else if (part.value) out.push({ kind, text: part.value });
  }
  return out;
}

/** Words (runs of non-space) in the added or removed runs, for "12 words added, 3 removed". */
export const wordsIn = (changes: PolicyTextChange[], kind: PolicyTextChangeKind): number =>
  changes.filter((c) => c.kind === kind).reduce((n, c) => n + (c.text.match(/\S+/g)?.length ?? 0), 0);
