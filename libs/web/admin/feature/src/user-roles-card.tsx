import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { AssignRolesDocument } from '@pillars/web/directory/data-access';
import type { AdminUserQuery, Role } from '@pillars/web/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminCard, useCardAction } from './admin-card';

const ASSIGNABLE: Role[] = ['HR', 'ADMIN'];

export function UserRolesCard({ user }: { user: AdminUserQuery['user'] }) {
  const { t } = useTranslation();
  const run = useCardAction();
  const [roles, setRoles] = useState<Role[]>(() => user.roles.filter((r) => ASSIGNABLE.includes(r)));
  const [assign, { loading }] = useMutation(AssignRolesDocument);
  const current = user.roles.filter((r) => ASSIGNABLE.includes(r));
  const dirty = current.length !== roles.length || current.some((r) => !roles.includes(r));
  const save = () => run(() => assign({ variables: { input: { id: user.id, roles } } }), t('admin.roles.saved'), t('admin.roles.failed'));

  return (
    <AdminCard headingId="roles-heading" title={t('admin.roles.title')} help={t('admin.roles.help')}>
      <Checkbox.Group aria-labelledby="roles-heading" value={roles} onChange={(v) => setRoles(ASSIGNABLE.filter((r) => v.includes(r)))}>
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
    </AdminCard>
  );
}
