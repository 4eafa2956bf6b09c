import { useQuery } from '@apollo/client/react';
import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { usePageTitle } from '@pillars/web/util';
import { MailOutboxDocument } from '@pillars/web/notifications/data-access';
import { EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Admins read the mail the app wrote instead of sending (no SMTP_URL configured). */
export function MailOutboxPage() {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('notifications.outbox.title'));
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const { data, loading, error } = useQuery(MailOutboxDocument, { variables: { first: 20, after: cursors[cursors.length - 1] } });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const edges = data?.mailOutbox.edges ?? [];
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('notifications.outbox.title')}</Title>
        <Text c="dimmed">{t('notifications.outbox.intro')}</Text>
      </Stack>
      {error ? <ErrorView messages={messages(error)} /> : null}
      {loading && !data ? <PageSkeleton label={t('notifications.page.loading')} /> : null}
      {data && edges.length === 0 ? <EmptyView title={t('notifications.outbox.empty')} /> : null}
      {edges.map(({ node: m }) => (
        <Paper key={m.id} withBorder p="sm" component="article" aria-labelledby={`mail-${m.id}`}>
          <Text fw={600} dir="auto" id={`mail-${m.id}`}>
            {m.subject}
          </Text>
          <Text size="sm" c="dimmed">
            {t('notifications.outbox.to', { to: m.to })} · {date.format(new Date(m.createdAt))}
          </Text>
          {/* Focusable, so a keyboard user can scroll a long line (axe scrollable-region-focusable). */}
          <Code block dir="auto" mt="xs" tabIndex={0} aria-labelledby={`mail-${m.id}`}>
            {m.text}
          </Code>
        </Paper>
      ))}
      <Group justify="space-between">
        <Button variant="default" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('notifications.page.newer')}
        </Button>
        <Button variant="default" disabled={!data?.mailOutbox.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, data?.mailOutbox.pageInfo.endCursor ?? null])}>
          {t('notifications.page.older')}
        </Button>
      </Group>
    </Stack>
  );
}
