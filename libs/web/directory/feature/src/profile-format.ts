/** ISO weekday numbers (1 = Monday) as the reader's locale names them; 2024-01-01 was a Monday. */
export const weekdayName = (day: number, locale: string, width: 'long' | 'short' = 'long'): string =>
  new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));

/** A language code as the reader's locale names it ("ar" → "Arabic", "عربي", …). */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Days as ranges where they run on: Monday–Friday, Saturday. */
export function dayRanges(days: readonly number[], locale: string): string {
  const sorted = [...days].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const d of sorted) {
    const run = runs.at(-1);
    if (run && d === (run.at(-1) ?? 0) + 1) run.push(d);
    else runs.push([d]);
  }
  const parts = runs.map((r) => (r.length > 2 ? `${weekdayName(r[0], locale)}–${weekdayName(r.at(-1) as number, locale)}` : r.map((d) => weekdayName(d, locale)).join(', ')));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(parts);
}

export const profileSkillPath = (skill: string) => `/people?skill=${encodeURIComponent(skill)}`;

const skillKey = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();

/**
 * The few skills a search result shows: those the search matched first (the skill filter, then
 * skills containing a word of the query, compared without case or accents), then the rest in the
 * person's order.
 */
export function skillsToShow(skills: readonly string[], search: { skill?: string | null; query?: string | null }, max = 3): { shown: string[]; more: number } {
  const words = (search.query ?? '').split(/\s+/).map(skillKey).filter((w) => w.length > 1);
  const wanted = search.skill ? skillKey(search.skill) : null;
  const rank = (s: string) => {
    const key = skillKey(s);
    if (wanted && key === wanted) return 0;
    return words.some((w) => key.includes(w)) ? 1 : 2;
  };
  const ordered = skills.map((s, i) => ({ s, i, r: rank(s) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.s);
  return { shown: ordered.slice(0, max), more: Math.max(0, skills.length - max) };
}
