import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** "<page> · Pillars", so tabs and history entries say where they lead. */
export function usePageTitle(page: string | undefined) {
  const { t } = useTranslation();
  useDocumentTitle(page ? `${page} · ${t('app.name')}` : t('app.name'));
}
