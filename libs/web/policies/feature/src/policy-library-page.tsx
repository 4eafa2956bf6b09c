import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages, useSession } from '@pillars/web/core/data-access';
import type { PolicyCardFieldsFragment } from '@pillars/web/graphql';
import { PoliciesDocument } from '@pillars/web/policies/data-access';
import { CardGridSkeleton, EmptyView, ErrorView } from '@pillars/web/ui';
import { usePageTitle, useSearchParamValue } from '@pillars/web/util';
import { IconBooks, IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PolicyBadges, PolicyStatusBadge, useDates } from './policy-format';
import { NEW_POLICY_PATH, policyPath } from './policy-paths';

export const LIBRARY_PAGE = 50;

export function PolicyCard({ policy }: { policy: PolicyCardFieldsFragment }) {
  const { t } = useTranslation();
  const { day } = useDates();
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={policyPath(policy.id)} fw={600} dir="auto">
            {policy.title}
          </Anchor>
          <PolicyStatusBadge status={policy.viewerStatus} />
        </Group>
        <PolicyBadges policy={policy} />
        {policy.currentVersion ? (
          <Text size="sm" c="dimmed">
            {t('policies.versionEffective', { version: policy.currentVersion.label, date: policy.currentVersion.effectiveAt ? day(policy.currentVersion.effectiveAt) : '—' })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('policies.noPublishedVersion')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

type KindFilter = 'ALL' | 'POLICY' | 'GUIDELINE';
type StatusFilter = 'ALL' | 'TODO' | 'ACKNOWLEDGED';

/**
 * The library: every policy the reader may read, by title, a keyset page at a time. The filters
 * narrow the loaded pages (the API lists by title only); they live in the URL.
 */
export function PolicyLibraryPage() {
  const { t } = useTranslation();
  usePageTitle(t('policies.library.title'));
  const headingId = useId();
  const { can } = useSession();
  const { messages } = useErrorMessages();
  const [kindParam, setKind] = useSearchParamValue('kind');
  const [categoryParam, setCategory] = useSearchParamValue('category');
  const [statusParam, setStatus] = useSearchParamValue('status');
  const kind = kindParam ?? 'ALL';
  const category = categoryParam ?? '';
  const status = statusParam ?? 'ALL';
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PoliciesDocument, { variables: { first: LIBRARY_PAGE, after: null }, notifyOnNetworkStatusChange: true });
  const all = (data?.policies.edges ?? []).map((e) => e.node);
  const categories = [...new Set(all.map((p) => p.category))].sort((a, b) => a.localeCompare(b));
  const shown = all.filter(
    (p) =>
      (kind === 'ALL' || p.kind === (kind as KindFilter)) &&
      (!category || p.category === category) &&
      ((status as StatusFilter) === 'ALL' ||
        (status === 'TODO' ? p.viewerStatus.state === 'DUE' || p.viewerStatus.state === 'OVERDUE' : p.viewerStatus.state === 'ACKNOWLEDGED')),
  );

  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} id={headingId}>
          {t('policies.library.title')}
        </Title>
        {can('canManagePolicies') ? (
          <Button component={Link} to={NEW_POLICY_PATH} leftSection={<IconPlus size={16} aria-hidden="true" />}>
            {t('policies.create.title')}
          </Button>
        ) : null}
      </Group>
      <Group gap="md" wrap="wrap" align="end" role="search" aria-label={t('policies.library.filters')}>
        <SegmentedControl
          aria-label={t('policies.library.kind')}
          value={kind}
          onChange={(v) => setKind(v === 'ALL' ? null : v)}
          data={[
            { value: 'ALL', label: t('policies.library.allKinds') },
            { value: 'POLICY', label: t('policies.kind.POLICY') },
            { value: 'GUIDELINE', label: t('policies.kind.GUIDELINE') },
          ]}
        />
        <NativeSelect
          label={t('policies.library.category')}
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value)}
          data={[{ value: '', label: t('policies.library.allCategories') }, ...categories.map((c) => ({ value: c, label: c }))]}
          w="fit-content"
          maw="100%"
        />
        <NativeSelect
          label={t('policies.library.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value === 'ALL' ? null : e.currentTarget.value)}
          data={[
            { value: 'ALL', label: t('policies.library.anyStatus') },
            { value: 'TODO', label: t('policies.library.toDo') },
            { value: 'ACKNOWLEDGED', label: t('policies.library.acknowledged') },
          ]}
          w="fit-content"
          maw="100%"
        />
      </Group>
      {error && !data ? (
        <ErrorView title={t('policies.library.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !data ? (
        <CardGridSkeleton label={t('common.loading')} />
      ) : shown.length === 0 ? (
        <EmptyView icon={<IconBooks size={30} />} title={all.length === 0 ? t('policies.library.empty') : t('policies.library.noMatch')} />
      ) : (
        <Stack gap="sm">
          {shown.map((p) => (
            <PolicyCard key={p.id} policy={p} />
          ))}
        </Stack>
      )}
      {data?.policies.pageInfo.hasNextPage ? (
        <div>
          <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: data.policies.pageInfo.endCursor } })}>
            {t('policies.loadMore')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}
