import { useMutation, useQuery } from '@apollo/client/react';
import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { usePageTitle } from '@pillars/web/util';
import type { NotificationChannel } from '@pillars/web/graphql';
import { NotificationPreferencesDocument, SetNotificationPreferenceDocument } from '@pillars/web/notifications/data-access';
import { ErrorView, PageSkeleton } from '@pillars/web/ui';
import { useTranslation } from 'react-i18next';

export const CHANNELS: NotificationChannel[] = ['IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST', 'WEEKLY_DIGEST', 'OFF'];

/** One channel per kind: in-app only, email now, a daily or weekly digest, or off. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('notifications.preferences.title'));
  const { data, loading, error } = useQuery(NotificationPreferencesDocument);
  const [save, saving] = useMutation(SetNotificationPreferenceDocument, { refetchQueries: [NotificationPreferencesDocument] });
  const options = CHANNELS.map((c) => ({ value: c, label: t(`notifications.channels.${c}`) }));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('notifications.preferences.title')}</Title>
        <Text c="dimmed">{t('notifications.preferences.intro')}</Text>
      </Stack>
      {error || saving.error ? <ErrorView messages={messages(error ?? saving.error)} /> : null}
      {loading && !data ? <PageSkeleton label={t('notifications.page.loading')} /> : null}
      {data ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notifications.preferences.kind')}</Table.Th>
              <Table.Th>{t('notifications.preferences.channel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.notificationPreferences.map((p) => {
              const label = t(`notifications.kindNames.${p.kind}`, { defaultValue: p.kind });
              return (
                <Table.Tr key={p.kind}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('notifications.preferences.channelFor', { kind: label })}
                      data={options}
                      value={p.channel}
                      allowDeselect={false}
                      onChange={(value) => {
                        if (value) save({ variables: { input: { kind: p.kind, channel: value as NotificationChannel } } }).catch(() => undefined);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
