/**
 * Initials for the avatar: the first letter of the first and of the last meaningful word of the
 * name ("Ana María López" → "AL", one word → one letter). Rule for Arabic and Hebrew names
 * (docs/decisions.md, "Own profile (issue 14)"):
 *
 * - Arabic: the particles بن, بنت, ابن, أبو/ابو, أبي/ابي and a standalone ال are not words of
 *   their own; a word starting with the article ال (الهاشمي) counts from after it (ه), unless
 *   the word is a given name that merely begins with those letters (الياس, الهام, اليسا) or
 *   too little is left. Tashkeel and tatweel are ignored.
 * - Hebrew: the patronymic particles בן and בת are skipped; the article ה is skipped where it is
 *   marked as one (ה־כהן, ה-לוי, ה'...) and in the surnames written with it (הכהן, הלוי). A bare
 *   leading ה is otherwise a letter of the name (הדס, הילה, הלל), so it stays.
 * - Latin transliterations: a hyphenated al-/el- article (Omar al-Farouq → O F); "bin", "ibn",
 *   "bint" are skipped too. "Ben" is not, being a common first name.
 */
// Combining marks (tashkeel, niqqud, cantillation) and tatweel; Hebrew punctuation such as the maqaf stays.
const MARKS = /[\p{Mn}\u0640]/gu;
const PARTICLES = new Set(['بن', 'بنت', 'ابن', 'أبو', 'ابو', 'أبي', 'ابي', 'ال', 'בן', 'בת', 'ה', 'bin', 'ibn', 'bint']);
const AL_NAMES = new Set(['الياس', 'الهام', 'اليسا', 'اليسار']);
const HE_ARTICLE_SURNAMES = new Set(['הכהן', 'הלוי']);

function meaningfulPart(word: string): string | null {
  const w = word.replace(MARKS, '');
  if (!w || PARTICLES.has(w.toLocaleLowerCase())) return null;
  if (w.startsWith('ال') && !AL_NAMES.has(w) && Array.from(w).length > 3) return w.slice(2);
  if (/^ה[־\-'׳]/.test(w) && w.length > 2) return w.slice(2);
  if (HE_ARTICLE_SURNAMES.has(w)) return w.slice(1);
  const latin = /^(?:al|el)-(.+)$/i.exec(w);
  if (latin) return latin[1];
  return w;
}

export function initialsOf(name: string): string {
  const words = name.split(/\s+/).map(meaningfulPart).filter((w): w is string => !!w);
  // Nothing meaningful (a name made of particles only): fall back to the plain first letters.
  const picked = words.length ? words : name.split(/\s+/).filter(Boolean);
  const ends = picked.length > 1 ? [picked[0], picked[picked.length - 1]] : picked;
  return ends.map((w) => Array.from(w.replace(/^[^\p{L}\p{N}]+/u, '') || w)[0] ?? '').join('').toLocaleUpperCase();
}
