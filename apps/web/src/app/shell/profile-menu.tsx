import { Button, Group, Menu, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type SessionUser, useErrorMessages, useSignOut } from '@pillars/web/core/data-access';
import { UserAvatar } from '@pillars/web/ui';
import { IconChevronDown, IconKey, IconLogout, IconLogout2, IconUser, IconUserEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';

export function ProfileMenu({ me }: { me: SessionUser }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const navigate = useNavigate();
  const { signOut, signOutEverywhere, loading } = useSignOut();
  const [confirmOpen, confirm] = useDisclosure(false);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      confirm.close();
      navigate('/sign-in', { replace: true });
    } catch (error) {
      notifications.show({ color: 'red', title: t('auth.signOutFailed'), message: messages(error).join(' ') });
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('shell.accountMenu', { name: me.name })} p={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Group gap={6} wrap="nowrap">
              <UserAvatar initials={me.initials} seed={me.id} src={me.photoThumbnailUrl} size="sm" />
              <IconChevronDown size={14} aria-hidden="true" />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          {/* A group: a menu may own only items, groups and separators (axe aria-required-children). */}
          <Menu.Label role="group" aria-label={me.name}>
            <Text component="div" size="sm" fw={600} dir="auto" c="var(--mantine-color-text)">
              {me.name}
            </Text>
            <Text component="div" size="xs" dir="ltr">
              {me.email}
            </Text>
          </Menu.Label>
          <Menu.Item component={Link} to={`/people/${me.id}`} leftSection={<IconUser size={16} aria-hidden="true" />}>
            {t('shell.myProfile')}
          </Menu.Item>
          <Menu.Item component={Link} to="/account/profile" leftSection={<IconUserEdit size={16} aria-hidden="true" />}>
            {t('shell.editProfile')}
          </Menu.Item>
          <Menu.Item component={Link} to="/account/password" leftSection={<IconKey size={16} aria-hidden="true" />}>
            {t('shell.changePassword')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void run(signOut)} leftSection={<IconLogout size={16} aria-hidden="true" />}>
            {t('shell.signOut')}
          </Menu.Item>
          <Menu.Item onClick={confirm.open} color="red" c="var(--mantine-color-error)" leftSection={<IconLogout2 size={16} aria-hidden="true" />}>
            {t('shell.signOutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirmOpen} onClose={confirm.close} title={t('shell.signOutEverywhereTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('shell.signOutEverywhereBody')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void run(signOutEverywhere)}>
              {t('shell.signOutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
