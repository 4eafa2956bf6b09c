import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Progress, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { errorExtensions, isNotFound, useErrorMessages, useLiveRoom } from '@pillars/web/core/data-access';
import { AnnouncementPendingDocument, AnnouncementReachDocument, announcementRoom, PostDocument, RemindAnnouncementDocument } from '@pillars/web/feeds/data-access';
import { PostCard } from '@pillars/web/feeds/feature';
import type { AnnouncementPendingState, ReachCountsFieldsFragment } from '@pillars/web/graphql';
import { EmptyView, ErrorView, PageSkeleton, RelativeTime, UserAvatar } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconBellRinging, IconDownload, IconLock } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

export const REACH_TEAMS_PAGE = 20;
export const PENDING_PAGE = 20;
const REMIND_INTERVAL_MS = 24 * 3600 * 1000;

/** The receipts export (the API's route, opened with the session cookie). */
export const receiptsCsvUrl = (postId: string) => `/announcements/${encodeURIComponent(postId)}/receipts.csv`;

function usePercent() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (percent: number) => format.format(percent / 100);
}

/**
 * Reach of one announcement for its author, HR and admins (anyone else gets the not-found state,
 * as from the API): totals, the team-tree roll-up, who is pending, "Remind the rest" and the CSV
 * export. The `announcement:<id>` room's events refetch the totals and the pending list.
 */
export function AnnouncementReachPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('announcements.reachTitle'));
  const { messages } = useErrorMessages();
  const headingId = useId();
  useLiveRoom(id ? announcementRoom(id) : null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(AnnouncementReachDocument, { variables: { id, first: REACH_TEAMS_PAGE, after: null }, notifyOnNetworkStatusChange: true });
  const post = useQuery(PostDocument, { variables: { id }, skip: !data });
  const reach = data?.announcementReach;

  if (error && !reach) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('announcements.notFound')} />;
    return <ErrorView title={t('announcements.reachTitle')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!reach) return <PageSkeleton label={t('common.loading')} />;
  const teams = reach.teams;

  return (
    <Stack gap="lg" maw={960} aria-labelledby={headingId} component="section">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} id={headingId}>
          {t('announcements.reachTitle')}
        </Title>
        <Anchor href={receiptsCsvUrl(id)} download size="sm">
          <IconDownload size={16} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
          {t('announcements.exportCsv')}
        </Anchor>
      </Group>
      {post.data?.post ? <PostCard post={post.data.post} /> : null}

      <Totals counts={reach.totals} mustRead={reach.mustRead} />
      <RemindButton id={id} lastRemindedAt={reach.lastRemindedAt ?? null} />

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${headingId}-teams`}>
        <Stack gap="sm">
          <Title order={2} fz="h4" id={`${headingId}-teams`}>
            {t('announcements.byTeam')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('announcements.byTeamHint')}
          </Text>
          {teams.edges.length === 0 ? (
            <Text size="sm">{t('announcements.noTeams')}</Text>
          ) : (
            <TeamTable rows={teams.edges.map((e) => e.node)} mustRead={reach.mustRead} />
          )}
          {teams.pageInfo.hasNextPage ? (
            <div>
              <Button
                variant="default"
                loading={networkStatus === NetworkStatus.fetchMore}
                onClick={() => void fetchMore({ variables: { after: teams.pageInfo.endCursor } }).catch(() => undefined)}
              >
                {t('announcements.loadMore')}
              </Button>
            </div>
          ) : null}
        </Stack>
      </Card>

      <PendingList id={id} mustRead={reach.mustRead} />
    </Stack>
  );
}

function Totals({ counts, mustRead }: { counts: ReachCountsFieldsFragment; mustRead: boolean }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const titleId = useId();
  const deliveredPercent = counts.audience > 0 ? Math.min(100, Math.round((counts.delivered / counts.audience) * 1000) / 10) : 0;
  const rows: { key: string; count: number; total: number; percent: number; color: string }[] = [
    { key: 'delivered', count: counts.delivered, total: Math.max(counts.audience, counts.delivered), percent: deliveredPercent, color: 'gray' },
    { key: 'seen', count: counts.seen, total: counts.delivered, percent: counts.seenPercent, color: 'blue' },
    { key: 'read', count: counts.read, total: counts.delivered, percent: counts.readPercent, color: 'indigo' },
    ...(mustRead ? [{ key: 'acknowledged', count: counts.acknowledged, total: counts.delivered, percent: counts.acknowledgedPercent, color: 'teal' }] : []),
  ];
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} fz="h4" id={titleId}>
            {t('announcements.totals')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('announcements.audienceNow', { count: counts.audience })}
          </Text>
        </Group>
        <Stack gap="sm">
          {rows.map((row) => {
            const label = t(`announcements.${row.key}`);
            const text = t('announcements.countOf', { count: row.count, total: row.total, percent: percent(row.percent) });
            return (
              <div key={row.key} data-testid={`reach-${row.key}`}>
                {/* One term and its value per list: a dl holds only dt/dd (or a div of them), not the bar. */}
                <Group component="dl" justify="space-between" wrap="wrap" gap="xs" m={0}>
                  <Text component="dt" size="sm" fw={600}>
                    {label}
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {text}
                  </Text>
                </Group>
                <Progress value={row.percent} color={row.color} size="lg" radius="sm" aria-label={`${label}: ${text}`} />
              </div>
            );
          })}
        </Stack>
      </Stack>
    </Card>
  );
}

function TeamTable({ rows, mustRead }: { rows: { teamId: string; name: string; counts: ReachCountsFieldsFragment }[]; mustRead: boolean }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const cell = (count: number, p: number) => `${count} (${percent(p)})`;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('announcements.team')}</Table.Th>
            <Table.Th scope="col">{t('announcements.delivered')}</Table.Th>
            <Table.Th scope="col">{t('announcements.seen')}</Table.Th>
            <Table.Th scope="col">{t('announcements.read')}</Table.Th>
            {mustRead ? <Table.Th scope="col">{t('announcements.acknowledged')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.teamId}>
              <Table.Th scope="row" fw={500}>
                <bdi>{row.name}</bdi>
              </Table.Th>
              <Table.Td>{row.counts.delivered}</Table.Td>
              <Table.Td>{cell(row.counts.seen, row.counts.seenPercent)}</Table.Td>
              <Table.Td>{cell(row.counts.read, row.counts.readPercent)}</Table.Td>
              {mustRead ? <Table.Td>{cell(row.counts.acknowledged, row.counts.acknowledgedPercent)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PendingList({ id, mustRead }: { id: string; mustRead: boolean }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const titleId = useId();
  const [chosen, setState] = useState<AnnouncementPendingState>(mustRead ? 'UNACKNOWLEDGED' : 'UNREAD');
  const state = mustRead ? chosen : 'UNREAD';
  const { data, error, fetchMore, networkStatus } = useQuery(AnnouncementPendingDocument, { variables: { id, state, first: PENDING_PAGE, after: null }, notifyOnNetworkStatusChange: true });
  const page = data?.announcementPending;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={titleId}>
          {t('announcements.pending')}
        </Title>
        {mustRead ? (
          <SegmentedControl
            aria-label={t('announcements.pendingState')}
            value={state}
            onChange={(v) => setState(v === 'UNREAD' ? 'UNREAD' : 'UNACKNOWLEDGED')}
            data={[
              { value: 'UNACKNOWLEDGED', label: t('announcements.notAcknowledged') },
              { value: 'UNREAD', label: t('announcements.notRead') },
            ]}
            w="fit-content"
            maw="100%"
          />
        ) : null}
        {error && !page ? (
          <Text size="sm" c="red" role="alert">
            {messages(error).join(' ')}
          </Text>
        ) : !page ? (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        ) : page.edges.length === 0 ? (
          <Text size="sm">{t('announcements.nobodyPending')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={titleId}>
            {page.edges.map(({ node }) => (
              <Group component="li" key={node.user.id} gap="sm" wrap="nowrap">
                <UserAvatar initials={node.user.initials} seed={node.user.id} size="sm" />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} dir="auto">
                    {node.user.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {node.seenAt && !node.readAt ? `${t('announcements.seenNotRead')} · ` : null}
                    {t('announcements.deliveredAgo')} <RelativeTime value={node.deliveredAt} />
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
        {page?.pageInfo.hasNextPage ? (
          <div>
            <Button
              variant="default"
              loading={networkStatus === NetworkStatus.fetchMore}
              onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } }).catch(() => undefined)}
            >
              {t('announcements.loadMore')}
            </Button>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

/** "Remind the rest": once a day; shows when the next one is allowed and how many were reminded. */
function RemindButton({ id, lastRemindedAt }: { id: string; lastRemindedAt: string | null }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [remind, { data, loading, error }] = useMutation(RemindAnnouncementDocument, { refetchQueries: ['AnnouncementReach'] });
  const refusedUntil = error ? (errorExtensions(error, 'FEEDS_REMINDED_RECENTLY')?.['nextReminderAt'] as string | undefined) : undefined;
  const fromLast = lastRemindedAt ? new Date(Date.parse(lastRemindedAt) + REMIND_INTERVAL_MS).toISOString() : undefined;
  const candidates = [data?.remindAnnouncement.nextReminderAt, refusedUntil, fromLast].filter((v): v is string => Boolean(v) && Date.parse(v as string) > Date.now());
  const nextAt = candidates.sort().at(-1);
  return (
    <Group gap="sm" wrap="wrap">
      <Button
        leftSection={<IconBellRinging size={16} aria-hidden="true" />}
        loading={loading}
        disabled={Boolean(nextAt)}
        aria-describedby={nextAt ? `remind-next-${id}` : undefined}
        onClick={() => remind({ variables: { id } }).catch(() => undefined)}
      >
        {t('announcements.remind')}
      </Button>
      {data ? (
        <Text size="sm" role="status">
          {t('announcements.reminded', { count: data.remindAnnouncement.remindedCount })}
        </Text>
      ) : null}
      {nextAt ? (
        <Text size="sm" c="dimmed" id={`remind-next-${id}`}>
          {t('announcements.nextReminder')} <RelativeTime value={nextAt} />
        </Text>
      ) : null}
      {error && !refusedUntil ? (
        <Alert color="red" role="alert" py={4}>
          {messages(error).join(' ')}
        </Alert>
      ) : null}
    </Group>
  );
}
