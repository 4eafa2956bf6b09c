import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { MyPoliciesDocument } from '@pillars/web/policies/data-access';
import { CardGridSkeleton, EmptyView, ErrorView } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconChecklist } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PolicyStatusBadge } from './policy-format';
import { policyPath } from './policy-paths';
import { PolicyReviewsSection } from './policy-reviews-section';

export const MY_POLICIES_PAGE = 50;

/** "My policies": what the reader must acknowledge (overdue first, then by due date), then what they acknowledged. */
export function MyPoliciesPage() {
  const { t } = useTranslation();
  usePageTitle(t('policies.mine.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MyPoliciesDocument, { variables: { first: MY_POLICIES_PAGE, after: null }, notifyOnNetworkStatusChange: true, fetchPolicy: 'cache-and-network' });
  const rows = (data?.myPolicies.edges ?? []).map((e) => e.node);
  const todo = rows.filter((r) => r.status.state !== 'ACKNOWLEDGED');
  const done = rows.filter((r) => r.status.state === 'ACKNOWLEDGED');

  const list = (items: typeof rows, label: string, id: string) => (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id}>
        {label}
      </Title>
      {items.map(({ policy, status }) => (
        <Card key={policy.id} withBorder radius="md" padding="md" component="article">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Anchor component={Link} to={policyPath(policy.id)} fw={600} dir="auto">
                {policy.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`policies.kind.${policy.kind}`)} · <span dir="auto">{policy.category}</span>
                {policy.currentVersion ? ` · ${t('policies.versionLabel', { version: policy.currentVersion.label })}` : ''}
              </Text>
            </Stack>
            <PolicyStatusBadge status={status} />
          </Group>
        </Card>
      ))}
    </Stack>
  );

  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Title order={1} id={headingId}>
        {t('policies.mine.title')}
      </Title>
      {error && !data ? (
        <ErrorView title={t('policies.mine.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !data ? (
        <CardGridSkeleton label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <EmptyView icon={<IconChecklist size={30} />} title={t('policies.mine.empty')} description={t('policies.mine.emptyHint')} />
      ) : (
        <>
          {todo.length ? list(todo, t('policies.mine.toDo', { count: todo.length }), `${headingId}-todo`) : <Text>{t('policies.mine.allDone')}</Text>}
          {done.length ? list(done, t('policies.mine.done'), `${headingId}-done`) : null}
        </>
      )}
      <PolicyReviewsSection />
      {data?.myPolicies.pageInfo.hasNextPage ? (
        <div>
          <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: data.myPolicies.pageInfo.endCursor } })}>
            {t('policies.loadMore')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}
