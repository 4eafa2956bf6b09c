import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { ResendInvitationDocument, SendPasswordResetDocument } from '@pillars/web/directory/data-access';
import type { AdminUserQuery } from '@pillars/web/graphql';
import { isolate } from '@pillars/web/ui';
import { IconKey, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Invitation and reset mails for one person (HR and admins; the API audits each as an event). */
export function UserAccessCard({ user }: { user: AdminUserQuery['user'] }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [resend, resending] = useMutation(ResendInvitationDocument);
  const [sendReset, sending] = useMutation(SendPasswordResetDocument);
  const name = isolate(user.name);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ color: 'green', message: done });
    } catch (error) {
      notifications.show({ color: 'red', title: t('admin.access.failed'), message: messages(error).join(' ') });
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="access-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="access-heading">
          {t('admin.access.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('admin.access.help')}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconMailForward size={16} aria-hidden="true" />}
            loading={resending.loading}
            onClick={() => void run(() => resend({ variables: { id: user.id } }), t('admin.access.invitationSent', { name }))}
          >
            {t('admin.access.resendInvitation')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconKey size={16} aria-hidden="true" />}
            loading={sending.loading}
            onClick={() => void run(() => sendReset({ variables: { id: user.id } }), t('admin.access.resetSent', { name }))}
          >
            {t('admin.access.sendReset')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
