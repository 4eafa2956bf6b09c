import { Anchor, Badge, Button, Card, Center, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { SavedAudiencesDocument } from '@pillars/web/audiences/data-access';
import { CardGridSkeleton, EmptyView, ErrorView } from '@pillars/web/ui';
import { usePageTitle, useSearchParamInput } from '@pillars/web/util';
import { IconPlus, IconSearch, IconTarget } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { audiencePath, NEW_AUDIENCE_PATH } from './audience-paths';

/** Saved audiences by name: size, where each is used, who saved it; each reopens for editing. */
export function SavedAudiencesPage() {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  const { can } = useSession();
  usePageTitle(t('audiences.list.title'));
  const search = useSearchParamInput('q');
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(SavedAudiencesDocument, {
    variables: { query: search.value || undefined, first: LIMITS.defaultPageSize },
    notifyOnNetworkStatusChange: true,
  });
  const rows = data?.savedAudiences.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.savedAudiences.pageInfo;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 260px' }}>
          <Title order={1}>{t('audiences.list.title')}</Title>
          <Text c="dimmed">{t('audiences.list.intro')}</Text>
        </Stack>
        {can('canManageAudiences') ? (
          <Button component={Link} to={NEW_AUDIENCE_PATH} leftSection={<IconPlus size={16} aria-hidden="true" />}>
            {t('audiences.list.new')}
          </Button>
        ) : null}
      </Group>
      <div role="search">
        <TextInput
          label={t('audiences.list.search')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search.text}
          onChange={(e) => search.setText(e.currentTarget.value)}
          maxLength={LIMITS.name}
          type="search"
          maw={420}
        />
      </div>
      {error && !data ? (
        <ErrorView title={t('audiences.list.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !data ? (
        <CardGridSkeleton label={t('common.loading')} count={3} />
      ) : rows.length === 0 ? (
        <EmptyView icon={<IconTarget size={30} />} title={search.value ? t('audiences.list.noMatches') : t('audiences.list.empty')} />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('audiences.list.label')}>
            {rows.map((a) => (
              <Card key={a.id} withBorder radius="md" component="li" padding="md">
                <Stack gap={6}>
                  <Anchor component={Link} to={audiencePath(a.id)} fw={600} style={{ overflowWrap: 'anywhere' }}>
                    <span dir="auto">{a.name}</span>
                  </Anchor>
                  <Text size="sm">{t('audiences.preview.count', { count: a.memberCount })}</Text>
                  <Group gap={6} wrap="wrap" aria-label={t('audiences.list.usedIn')} role="group">
                    {a.usages.length === 0 ? (
                      <Text size="xs" c="dimmed">
                        {t('audiences.list.unused')}
                      </Text>
                    ) : (
                      a.usages.map((u) => (
                        <Badge key={u.kind} variant="light" size="sm">
                          {t(`audiences.usage.${u.kind}`, { count: u.count, defaultValue: t('audiences.usage.other', { count: u.count }) })}
                        </Badge>
                      ))
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {a.owner ? (
                      <Trans i18nKey="audiences.list.savedBy" values={{ name: a.owner.name, date: date.format(new Date(a.updatedAt)) }} components={{ name: <bdi /> }} />
                    ) : (
                      t('audiences.list.updated', { date: date.format(new Date(a.updatedAt)) })
                    )}
                  </Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          {pageInfo?.hasNextPage ? (
            <Center>
              <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
                {t('audiences.list.more')}
              </Button>
            </Center>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
