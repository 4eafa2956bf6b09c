import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { SetUserStatusDocument } from '@pillars/web/directory/data-access';
import type { AdminUserQuery, UserStatus } from '@pillars/web/graphql';
import { ConfirmButton } from '@pillars/web/ui';
import { Trans, useTranslation } from 'react-i18next';
import { StatusBadge } from './status-badge';

const ACTIONS: { status: UserStatus; key: string; color: string }[] = [
  { status: 'ACTIVE', key: 'reactivate', color: 'green' },
  { status: 'SUSPENDED', key: 'suspend', color: 'orange' },
  { status: 'DEPARTED', key: 'depart', color: 'red' },
];

export function UserStatusCard({ user }: { user: AdminUserQuery['user'] }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [setStatus, { loading }] = useMutation(SetUserStatusDocument, { refetchQueries: ['PeopleSearch'] });

  const change = async (status: UserStatus) => {
    try {
      await setStatus({ variables: { input: { id: user.id, status } } });
      notifications.show({ color: 'green', message: t(`admin.status.done.${status}`) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('admin.status.failed'), message: messages(error).join(' ') });
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="status-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4" id="status-heading">
            {t('admin.status.title')}
          </Title>
          <StatusBadge status={user.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('admin.status.help')}
        </Text>
        {user.abilities.canSuspend ? (
          <Group gap="sm">
            {ACTIONS.filter((a) => a.status !== user.status).map((a) => (
              <ConfirmButton
                key={a.status}
                variant="light"
                color={a.color}
                label={t(`admin.status.${a.key}`)}
                title={t(`admin.status.${a.key}`)}
                body={<Trans i18nKey={`admin.status.confirm.${a.status}`} values={{ name: user.name }} components={{ name: <bdi /> }} />}
                cancelLabel={t('common.cancel')}
                confirmLabel={t(`admin.status.${a.key}`)}
                loading={loading}
                onConfirm={() => change(a.status)}
              />
            ))}
          </Group>
        ) : (
          <Text size="sm">{t('admin.noPermission')}</Text>
        )}
      </Stack>
    </Card>
  );
}
