import { useSession } from '@pillars/web/core/data-access';
import { useTranslation } from 'react-i18next';

export const WIKI_LANGUAGES = ['en', 'ar', 'he', 'it'] as const;
export const PAGE_SIZE = 20;

export function useWikiDates() {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: me?.timeZone ?? undefined });
  const moment = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: me?.timeZone ?? undefined });
  return { day: (iso: string) => day.format(new Date(iso)), moment: (iso: string) => moment.format(new Date(iso)) };
}
