// An IANA name: letters first, then segments of letters, digits, `_`, `+`, `-` (Etc/GMT+5); no offsets like `+01:00`.
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * The canonical IANA name for `value` (`US/Eastern` → `America/New_York`, `utc` → `UTC`), or null
 * when it is not a time zone the runtime's tz database knows. Shared by web and API so both accept
 * exactly the zones `Intl` can format dates in.
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 64 || !ZONE_SHAPE.test(value)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export const isTimeZone = (value: unknown): value is string => canonicalTimeZone(value) !== null;

/** Strict `YYYY-MM-DD` that names a real calendar day (2026-02-30 is refused; 2028-02-29 is fine). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
