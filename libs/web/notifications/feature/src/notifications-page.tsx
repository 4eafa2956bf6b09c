import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useErrorMessages, useNotificationHref } from '@pillars/web/core/data-access';
import { usePageTitle } from '@pillars/web/util';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  useLiveUnreadCount,
} from '@pillars/web/notifications/data-access';
import { EmptyView, ErrorView, PageSkeleton, UserAvatar } from '@pillars/web/ui';
import { IconBellOff, IconChecks, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notificationText } from './notification-text';

const PAGE = 20;
const REFRESH = [NotificationsDocument, UnreadNotificationCountDocument];

/** The notification centre: newest first, read/unread, "no longer available" items, paging by cursor. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('notifications.page.title'));
  const unread = useLiveUnreadCount();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  // Earlier pages' cursors, so "newer" goes back without a second cache policy.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, { variables: { first: PAGE, after, unreadOnly: filter === 'unread' } });
  const [markRead] = useMutation(MarkNotificationsReadDocument, { refetchQueries: REFRESH });
  const hrefOf = useNotificationHref();
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries: REFRESH });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const edges = data?.notifications.edges ?? [];

  const changeFilter = (value: string) => {
    setFilter(value === 'unread' ? 'unread' : 'all');
    setCursors([null]);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('notifications.page.title')}</Title>
          <Text c="dimmed" role="status">{t('notifications.bell.unread', { count: unread })}</Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconChecks aria-hidden="true" />} disabled={unread === 0} loading={markingAll.loading} onClick={() => markAll().catch(() => undefined)}>
            {t('notifications.page.markAll')}
          </Button>
          <Button variant="subtle" component={Link} to="/notifications/preferences" leftSection={<IconSettings aria-hidden="true" />}>
            {t('notifications.page.preferences')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        value={filter}
        onChange={changeFilter}
        aria-label={t('notifications.page.filter')}
        data={[
          { value: 'all', label: t('notifications.page.all') },
          { value: 'unread', label: t('notifications.page.unreadOnly') },
        ]}
        w="fit-content"
      />
      {error ? <ErrorView messages={messages(error)} retryLabel={t('notifications.page.retry')} onRetry={() => refetch()} /> : null}
      {loading && !data ? <PageSkeleton label={t('notifications.page.loading')} /> : null}
      {data && edges.length === 0 ? <EmptyView icon={<IconBellOff size={30} />} title={t(filter === 'unread' ? 'notifications.page.emptyUnread' : 'notifications.page.empty')} /> : null}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {edges.map(({ node: n }) => {
          const text = notificationText(t, n);
          const isUnread = !n.readAt;
          const href = n.available ? hrefOf(n) : null;
          return (
            <li key={n.id}>
              <Paper withBorder p="sm" bg={isUnread ? 'var(--mantine-color-blue-light)' : undefined}>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  {n.actors[0] ? <UserAvatar initials={n.actors[0].initials} seed={n.actors[0].id} src={n.actors[0].photoThumbnailUrl} size="md" /> : null}
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    {/* A sentence in the reader's language (not dir="auto": a Hebrew name first would turn an English line right-to-left). */}
                    {href ? (
                      <Anchor component={Link} to={href} fw={isUnread ? 600 : 400} c="inherit" onClick={isUnread ? () => void markRead({ variables: { ids: [n.id] } }).catch(() => undefined) : undefined}>
                        {text}
                      </Anchor>
                    ) : (
                      <Text fw={isUnread ? 600 : 400}>{text}</Text>
                    )}
                    {n.available ? null : <Text size="sm" c="dimmed">{t('notifications.page.unavailable')}</Text>}
                    <Text size="xs" c="dimmed">{date.format(new Date(n.updatedAt))}</Text>
                  </Stack>
                  {isUnread ? (
                    <UnstyledButton onClick={() => markRead({ variables: { ids: [n.id] } }).catch(() => undefined)} aria-label={t('notifications.page.markRead', { text })}>
                      <Badge variant="light">{t('notifications.page.unread')}</Badge>
                    </UnstyledButton>
                  ) : null}
                </Group>
              </Paper>
            </li>
          );
        })}
      </Stack>
      <Group justify="space-between">
        <Button variant="default" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('notifications.page.newer')}
        </Button>
        <Button variant="default" disabled={!data?.notifications.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, data?.notifications.pageInfo.endCursor ?? null])}>
          {t('notifications.page.older')}
        </Button>
      </Group>
    </Stack>
  );
}
