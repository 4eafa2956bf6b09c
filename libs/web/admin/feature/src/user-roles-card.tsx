import { Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { AssignRolesDocument } from '@pillars/web/directory/data-access';
import type { AdminUserQuery, Role } from '@pillars/web/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const ASSIGNABLE: Role[] = ['HR', 'ADMIN'];

export function UserRolesCard({ user }: { user: AdminUserQuery['user'] }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [roles, setRoles] = useState<Role[]>(() => user.roles.filter((r) => ASSIGNABLE.includes(r)));
  const [assign, { loading }] = useMutation(AssignRolesDocument);
  const current = user.roles.filter((r) => ASSIGNABLE.includes(r));
  const dirty = current.length !== roles.length || current.some((r) => !roles.includes(r));

  const save = async () => {
    try {
      await assign({ variables: { input: { id: user.id, roles } } });
      notifications.show({ color: 'green', message: t('admin.roles.saved') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('admin.roles.failed'), message: messages(error).join(' ') });
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="roles-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="roles-heading">
          {t('admin.roles.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('admin.roles.help')}
        </Text>
        <Checkbox.Group
          aria-labelledby="roles-heading"
          value={roles}
          onChange={(v) => setRoles(ASSIGNABLE.filter((r) => v.includes(r)))}
        >
          <Stack gap="xs">
            {ASSIGNABLE.map((r) => (
              <Checkbox key={r} value={r} label={t(`role.${r}`)} description={t(`admin.roles.describe.${r}`)} disabled={!user.abilities.canAssignRoles} />
            ))}
          </Stack>
        </Checkbox.Group>
        {user.abilities.canAssignRoles ? (
          <Group justify="flex-end">
            <Button onClick={() => void save()} loading={loading} disabled={!dirty}>
              {t('admin.roles.save')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('admin.noPermission')}</Text>
        )}
      </Stack>
    </Card>
  );
}
