import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { ResendInvitationDocument, SendPasswordResetDocument } from '@pillars/web/directory/data-access';
import type { AdminUserQuery } from '@pillars/web/graphql';
import { isolate } from '@pillars/web/ui';
import { IconKey, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AdminCard, useCardAction } from './admin-card';

/** Invitation and reset mails for one person (HR and admins; the API audits each as an event). */
export function UserAccessCard({ user }: { user: AdminUserQuery['user'] }) {
  const { t } = useTranslation();
  const run = useCardAction();
  // Once the person has set a password, resending is refused (AUTH_ALREADY_ACTIVATED): refetch so the button goes.
  const [resend, resending] = useMutation(ResendInvitationDocument, { refetchQueries: ['AdminUser'] });
  const [sendReset, sending] = useMutation(SendPasswordResetDocument);
  const name = isolate(user.name);
  const failed = t('admin.access.failed');

  return (
    <AdminCard headingId="access-heading" title={t('admin.access.title')} help={t('admin.access.help')}>
      <Group gap="sm">
        {user.abilities.canResendInvitation ? (
          <Button
            variant="default"
            leftSection={<IconMailForward size={16} aria-hidden="true" />}
            loading={resending.loading}
            onClick={() => void run(() => resend({ variables: { id: user.id } }), t('admin.access.invitationSent', { name }), failed)}
          >
            {t('admin.access.resendInvitation')}
          </Button>
        ) : null}
        <Button
          variant="default"
          leftSection={<IconKey size={16} aria-hidden="true" />}
          loading={sending.loading}
          onClick={() => void run(() => sendReset({ variables: { id: user.id } }), t('admin.access.resetSent', { name }), failed)}
        >
          {t('admin.access.sendReset')}
        </Button>
      </Group>
    </AdminCard>
  );
}
