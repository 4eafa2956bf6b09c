import { Anchor, Badge, Button, Center, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { PeopleSearchDocument } from '@pillars/web/directory/data-access';
import { usePageTitle, useSearchParamInput, useSearchParamValue } from '@pillars/web/util';
import type { UserStatus } from '@pillars/web/graphql';
import { CardGridSkeleton, EmptyView, ErrorView, UserAvatar } from '@pillars/web/ui';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusBadge } from './status-badge';

/** Badges in table cells keep their whole label: no ellipsis, no shrinking below it (Italian and Hebrew role names are long). */
const BADGE_STYLE = { flexShrink: 0, overflow: 'visible', maxWidth: 'none' } as const;

const STATUSES: UserStatus[] = ['ACTIVE', 'SUSPENDED', 'DEPARTED'];
const isStatus = (v: string | null): v is UserStatus => STATUSES.some((s) => s === v);

export function AdminPeoplePage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('admin.people.title'));
  const search = useSearchParamInput('q');
  const [statusParam, setStatus] = useSearchParamValue('status');
  const status: UserStatus = isStatus(statusParam) ? statusParam : 'ACTIVE';
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PeopleSearchDocument, {
    variables: { query: search.value || undefined, status, first: LIMITS.defaultPageSize },
    notifyOnNetworkStatusChange: true,
  });
  const people = data?.people.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.people.pageInfo;

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('admin.people.title')}</Title>
        <Button component={Link} to="/admin/people/new" leftSection={<IconUserPlus size={16} aria-hidden="true" />}>
          {t('admin.people.add')}
        </Button>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap" role="search">
        <TextInput
          label={t('admin.people.search')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search.text}
          onChange={(e) => search.setText(e.currentTarget.value)}
          maxLength={LIMITS.searchQuery}
          type="search"
          style={{ flex: '1 1 240px' }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="status-filter-label">
            {t('admin.people.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="status-filter-label"
            value={status}
            onChange={(v) => setStatus(v === 'ACTIVE' ? null : v)}
            data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </Stack>
      </Group>
      {error && !data ? (
        <ErrorView title={t('directory.search.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !data ? (
        <CardGridSkeleton label={t('common.loading')} count={3} />
      ) : people.length === 0 ? (
        <EmptyView icon={<IconUsers size={30} />} title={t('directory.search.noMatches')} />
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Caption>{t('directory.search.shown', { count: people.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.user.name')}</Table.Th>
                  <Table.Th>{t('admin.user.email')}</Table.Th>
                  <Table.Th>{t('admin.user.title')}</Table.Th>
                  <Table.Th>{t('admin.user.roles')}</Table.Th>
                  <Table.Th>{t('admin.people.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <UserAvatar initials={p.initials} seed={p.id} size="sm" />
                        <Anchor component={Link} to={`/admin/people/${p.id}`} size="sm">
                          <span dir="auto">{p.name}</span>
                        </Anchor>
                      </Group>
                    </Table.Td>
                    <Table.Td dir="ltr" style={{ textAlign: 'start' }}>
                      {p.email}
                    </Table.Td>
                    <Table.Td>
                      <span dir="auto">{p.title}</span>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        {p.roles.map((r) => (
                          <Badge key={r} size="sm" variant="outline" tt="none" style={BADGE_STYLE}>
                            {t(`role.${r}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pageInfo?.hasNextPage ? (
            <Center>
              <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
                {t('directory.search.loadMore')}
              </Button>
            </Center>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
