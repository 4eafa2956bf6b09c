import { errorExtensions, errorKeys } from '@pillars/web/core/data-access';
import type { TFunction } from 'i18next';

/** "in 5 minutes" / "tra 5 minuti" / "خلال 5 دقائق" / "בעוד 5 דקות": the wait, rounded up, in the UI language. */
export function formatWait(seconds: number, locale: string): string {
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (seconds < 60) return rtf.format(Math.max(1, Math.ceil(seconds)), 'second');
  if (seconds < 3600) return rtf.format(Math.ceil(seconds / 60), 'minute');
  return rtf.format(Math.ceil(seconds / 3600), 'hour');
}

/** Seconds the API asks to wait (RATE_LIMITED's `retryAfter`), or null. */
export function retryAfterOf(error: unknown): number | null {
  const value = Number(errorExtensions(error, 'RATE_LIMITED')?.['retryAfter']);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** The translated messages of an auth form's error, a lockout stating its real wait. */
export function authErrorMessages(error: unknown, t: TFunction, locale: string): string[] {
  const wait = retryAfterOf(error);
  return errorKeys(error).map((key) => (key === 'errors.RATE_LIMITED' && wait ? t('auth.signIn.lockedOut', { wait: formatWait(wait, locale) }) : t(key)));
}
