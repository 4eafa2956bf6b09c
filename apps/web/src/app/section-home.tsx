import { useSession } from '@pillars/web/core/data-access';
import { EmptyView } from '@pillars/web/ui';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { type NavSection, visibleSections } from './nav.config';

/** `/admin` and the like: the first page of the section the viewer may open. */
export function SectionHome({ section }: { section: NavSection['id'] }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const first = visibleSections(can).find((s) => s.id === section)?.items[0];
  if (first) return <Navigate to={first.to} replace />;
  return <EmptyView icon={<IconLock size={30} />} title={t('errors.FORBIDDEN')} description={t('auth.forbiddenPage')} />;
}
