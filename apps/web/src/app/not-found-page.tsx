import { Anchor } from '@mantine/core';
import { EmptyView } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <EmptyView
      icon={<IconMapQuestion size={30} />}
      title={t('notFound.title')}
      description={t('notFound.body')}
      action={
        <Anchor component={Link} to="/people">
          {t('directory.backToDirectory')}
        </Anchor>
      }
    />
  );
}
