import { useTranslation } from 'react-i18next';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 months ago" in the reader's language; the exact date in the title. */
export function TimeAgo({ value, now = Date.now() }: { value: string; now?: number }) {
  const { i18n } = useTranslation();
  const date = new Date(value);
  const seconds = Math.round((date.getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
  const text = unit === 'second' ? rtf.format(0, 'second') : rtf.format(Math.round(seconds / size), unit);
  return (
    <time dateTime={date.toISOString()} title={new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(date)}>
      {text}
    </time>
  );
}
