import { applyPatch, structuredPatch } from 'diff';

/**
 * "Keep mine on top of theirs": the user's edit (base → mine) applied as a patch to the other
 * person's text. When a hunk does not fit (both changed the same lines), nothing is dropped:
 * their text comes first, then the user's whole text under a marked heading to reconcile by hand.
 */
export function mergeOnTop(base: string, mine: string, theirs: string, markers: { mine: string; theirs: string }): { text: string; clean: boolean } {
  if (mine === base) return { text: theirs, clean: true };
  if (theirs === base) return { text: mine, clean: true };
  const patch = structuredPatch('page', 'page', base, mine, '', '', { context: 2 });
  const merged = applyPatch(theirs, patch);
  if (typeof merged === 'string') return { text: merged, clean: true };
  return { text: `<!-- ${markers.theirs} -->\n${theirs}\n\n<!-- ${markers.mine} -->\n${mine}`, clean: false };
}
