import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats "now" in someone's time zone with the reader's locale; refreshes each minute. */
export function useLocalTime(timeZone: string) {
  const { i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(id);
  }, []);
  try {
    const time = new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit', timeZone }).format(now);
    const zone =
      new Intl.DateTimeFormat(i18n.language, { timeZone, timeZoneName: 'shortOffset' })
        .formatToParts(now)
        .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
    return { time, zone };
  } catch {
    // An unknown zone name from old data: show the zone as stored rather than a wrong time.
    return { time: null, zone: timeZone };
  }
}

export function formatDate(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
