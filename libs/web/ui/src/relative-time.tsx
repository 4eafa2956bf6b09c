import { useTranslation } from 'react-i18next';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export interface RelativeTimeProps {
  /** An ISO timestamp. */
  value: string;
  now?: number;
  /** What the title (the tooltip) shows: the date and time (a post, a comment), or the date only (a search hit's age). */
  detail?: 'dateTime' | 'date';
}

/** "3 hours ago" in the reader's language; the exact moment in the title and in `dateTime` for machines. */
export function RelativeTime({ value, now = Date.now(), detail = 'dateTime' }: RelativeTimeProps) {
  const { i18n } = useTranslation();
  const date = new Date(value);
  const seconds = Math.round((date.getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' });
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
  const text = unit === 'second' ? rtf.format(0, 'second') : rtf.format(Math.round(seconds / size), unit);
  const absolute = new Intl.DateTimeFormat(i18n.language, detail === 'date' ? { dateStyle: 'long' } : { dateStyle: 'full', timeStyle: 'short' }).format(date);
  return (
    <time dateTime={date.toISOString()} title={absolute}>
      {text}
    </time>
  );
}
