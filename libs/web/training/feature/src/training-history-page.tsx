import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import { TrainingHistoryDocument } from '@pillars/web/training/data-access';
import { CardGridSkeleton, EmptyView, ErrorView } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconHistory, IconLock } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { EnrolmentCard } from './enrolment-card';

export const HISTORY_PAGE = 50;

/** One person's every enrolment, newest first (renewals included), as the records rule lets the viewer see it. */
export function TrainingHistoryPage() {
  const { userId = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('training.history.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(TrainingHistoryDocument, {
    variables: { userId, first: HISTORY_PAGE, after: null },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const items = (data?.trainingHistory.edges ?? []).map((e) => e.node);

  if (error && !data) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('training.history.notFound')} />;
    return <ErrorView title={t('training.history.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={1} id={headingId}>
          {t('training.history.title')}
        </Title>
        {data ? (
          <Text fw={600} dir="auto">
            {data.user.name}
          </Text>
        ) : null}
      </Stack>
      {!data ? (
        <CardGridSkeleton label={t('common.loading')} />
      ) : items.length === 0 ? (
        <EmptyView icon={<IconHistory size={30} />} title={t('training.history.empty')} />
      ) : (
        <Stack gap="sm">
          {items.map((e) => (
            <EnrolmentCard key={e.id} enrolment={e} withCycle />
          ))}
        </Stack>
      )}
      {data?.trainingHistory.pageInfo.hasNextPage ? (
        <div>
          <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: data.trainingHistory.pageInfo.endCursor } })}>
            {t('training.history.more')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}
