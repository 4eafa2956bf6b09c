import { Anchor, Button } from '@mantine/core';
import { EmptyView } from '@pillars/web/ui';
import { IconLock, IconReportAnalytics, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { wikiReportsPath, wikiSettingsPath, wikiSpacePath } from './wiki-paths';

/** A space admin's way to the space's settings and members, and to its reports. */
export function SpaceAdminLinks({ spaceKey }: { spaceKey: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Button component={Link} to={wikiSettingsPath(spaceKey)} variant="default" leftSection={<IconSettings size={16} aria-hidden="true" />}>
        {t('wiki.settings.button')}
      </Button>
      <Button component={Link} to={wikiReportsPath(spaceKey)} variant="default" leftSection={<IconReportAnalytics size={16} aria-hidden="true" />}>
        {t('wiki.reports.button')}
      </Button>
    </>
  );
}

/** What a space's settings and reports show to someone who is not one of its admins. */
export function SpaceAdminsOnly({ spaceKey }: { spaceKey: string }) {
  const { t } = useTranslation();
  return <EmptyView icon={<IconLock size={30} />} title={t('wiki.settings.adminsOnly')} action={<Anchor component={Link} to={wikiSpacePath(spaceKey)}>{t('wiki.settings.back')}</Anchor>} />;
}
