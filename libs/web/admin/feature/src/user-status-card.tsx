import { Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { SetUserStatusDocument } from '@pillars/web/directory/data-access';
import type { AdminUserQuery, UserStatus } from '@pillars/web/graphql';
import { ConfirmButton } from '@pillars/web/ui';
import { Trans, useTranslation } from 'react-i18next';
import { AdminCard, useCardAction } from './admin-card';
import { StatusBadge } from './status-badge';

const ACTIONS: { status: UserStatus; key: string; color: string }[] = [
  { status: 'ACTIVE', key: 'reactivate', color: 'green' },
  { status: 'SUSPENDED', key: 'suspend', color: 'orange' },
  { status: 'DEPARTED', key: 'depart', color: 'red' },
];

export function UserStatusCard({ user }: { user: AdminUserQuery['user'] }) {
  const { t } = useTranslation();
  const run = useCardAction();
  const [setStatus, { loading }] = useMutation(SetUserStatusDocument, { refetchQueries: ['PeopleSearch'] });

  const change = (status: UserStatus) => run(() => setStatus({ variables: { input: { id: user.id, status } } }), t(`admin.status.done.${status}`), t('admin.status.failed'));

  return (
    <AdminCard headingId="status-heading" title={t('admin.status.title')} help={t('admin.status.help')} aside={<StatusBadge status={user.status} />}>
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
    </AdminCard>
  );
}
