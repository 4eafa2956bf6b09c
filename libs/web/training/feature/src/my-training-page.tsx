import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { MyTrainingDocument } from '@pillars/web/training/data-access';
import { CardGridSkeleton, EmptyView, ErrorView } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconSchool } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrolmentCard } from './enrolment-card';

const SECTIONS = ['overdue', 'dueSoon', 'inProgress', 'assigned', 'completed'] as const;

/** "My training": the viewer's current enrolments by section, completed ones with their certificates. */
export function MyTrainingPage() {
  const { t } = useTranslation();
  usePageTitle(t('training.mine.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(MyTrainingDocument, { fetchPolicy: 'cache-and-network' });
  const mine = data?.myTraining;
  const total = mine ? SECTIONS.reduce((n, s) => n + mine[s].length, 0) : 0;

  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Title order={1} id={headingId}>
        {t('training.mine.title')}
      </Title>
      {error && !data ? (
        <ErrorView title={t('training.mine.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !mine ? (
        <CardGridSkeleton label={t('common.loading')} />
      ) : total === 0 ? (
        <EmptyView icon={<IconSchool size={30} />} title={t('training.mine.empty')} description={t('training.mine.emptyHint')} />
      ) : (
        SECTIONS.filter((s) => mine[s].length > 0).map((s) => (
          <Stack key={s} gap="sm" component="section" aria-labelledby={`${headingId}-${s}`}>
            <Title order={2} fz="h4" id={`${headingId}-${s}`}>
              {t(`training.mine.section.${s}`, { n: mine[s].length })}
            </Title>
            {mine[s].map((e) => (
              <EnrolmentCard key={e.id} enrolment={e} />
            ))}
          </Stack>
        ))
      )}
    </Stack>
  );
}
