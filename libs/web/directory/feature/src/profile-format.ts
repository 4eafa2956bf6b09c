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

interface WeekInfo {
  firstDay: number;
}
/**
 * ISO weekdays in the order the reader's locale starts its week: Saturday in Arabic, Sunday in
 * Hebrew, Monday in Italian and in the app's English (British, like its spelling).
 */
export function weekOrder(locale: string): number[] {
  let first = 1;
  try {
    const l = new Intl.Locale(locale === 'en' ? 'en-GB' : locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    first = (l.getWeekInfo?.() ?? l.weekInfo)?.firstDay ?? 1;
  } catch {
    first = 1; // an engine without week data: ISO order
  }
  return Array.from({ length: 7 }, (_, i) => ((first - 1 + i) % 7) + 1);
}

/**
 * Days as ranges where they run on: "Monday–Friday", "Monday, Wednesday". The week is a cycle, so
 * an Israeli week reads "Sunday–Thursday" in a Monday-first language too; otherwise the reader's
 * week order holds.
 */
export function dayRanges(days: readonly number[], locale: string): string {
  const week = weekOrder(locale);
  const has = new Set(days);
  // Start at a day that begins a run (the day before it is not worked), if there is one.
  const start = week.findIndex((d, i) => has.has(d) && !has.has(week[(i + 6) % 7]));
  const order = start > 0 ? [...week.slice(start), ...week.slice(0, start)] : week;
  const position = (d: number) => order.indexOf(d);
  const sorted = [...days].sort((a, b) => position(a) - position(b));
  const runs: number[][] = [];
  for (const d of sorted) {
    const run = runs.at(-1);
    if (run && position(d) === position(run.at(-1) as number) + 1) run.push(d);
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
