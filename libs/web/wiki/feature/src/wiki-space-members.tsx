import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { PersonPicker, type PickedPerson } from '@pillars/web/directory/feature';
import type { WikiSpaceRole, WikiSpaceVisibility } from '@pillars/web/graphql';
import { ConfirmButton } from '@pillars/web/ui';
import { SetWikiSpaceMemberDocument } from '@pillars/web/wiki/data-access';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { WikiFormProblems } from './wiki-form-problems';

const ROLES: WikiSpaceRole[] = ['READER', 'EDITOR', 'ADMIN'];

export interface WikiMember {
  role: WikiSpaceRole;
  user: { id: string; name: string; title?: string | null };
}

export interface WikiSpaceMembersProps {
  space: { id: string; visibility: WikiSpaceVisibility };
  members: WikiMember[];
  loadMore: (() => void) | null;
  loadingMore?: boolean;
}

/**
 * The space's named members and their roles: add people, change a role, remove someone. A space
 * keeps someone to administer it (the API refuses otherwise, WIKI_SPACE_LAST_ADMIN): in a
 * members-only space the last admin's role and removal are not offered; in a team space they are
 * (the team's lead, unknown here, may administer it) and the API's refusal is shown.
 */
export function WikiSpaceMembers({ space, members, loadMore, loadingMore }: WikiSpaceMembersProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [role, setRole] = useState<WikiSpaceRole>('EDITOR');
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();
  // Removing yourself from a members-only space takes the space away (space: null): back to the spaces.
  const [setMember, setting] = useMutation(SetWikiSpaceMemberDocument, {
    refetchQueries: (result) => (result.data?.setWikiSpaceMember.space ? ['WikiSpaceSettings'] : ['WikiSpaces']),
    awaitRefetchQueries: true,
    onCompleted: (data) => {
      if (!data.setWikiSpaceMember.space) navigate('/wiki', { replace: true });
    },
  });
  const admins = members.filter((m) => m.role === 'ADMIN').length;
  const guarded = (m: WikiMember) => space.visibility === 'MEMBERS' && m.role === 'ADMIN' && admins <= 1 && !loadMore;
  const clear = () => {
    setProblem(null);
    if (setting.error) setting.reset();
  };
  const change = (userId: string, next: WikiSpaceRole | null) => {
    clear();
    return setMember({ variables: { input: { spaceId: space.id, userId, role: next } } });
  };
  const add = () => {
    if (!picked) return setProblem(t('wiki.members.pickPerson'));
    change(picked.id, role)
      .then(() => setPicked(null))
      .catch(() => undefined);
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="h4" id={headingId}>
            {t('wiki.members.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`wiki.members.hint.${space.visibility}`)}
          </Text>
        </Stack>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('wiki.members.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('wiki.members.title')}>
            {members.map((m) => (
              <li key={m.user.id}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0} miw={0}>
                    <Text fw={600} dir="auto">
                      {m.user.name}
                    </Text>
                    {m.user.title ? (
                      <Text size="xs" c="dimmed" dir="auto">
                        {m.user.title}
                      </Text>
                    ) : null}
                  </Stack>
                  <Group gap="xs" wrap="wrap">
                    <NativeSelect
                      aria-label={t('wiki.members.roleOf', { name: m.user.name })}
                      value={m.role}
                      disabled={guarded(m) || setting.loading}
                      onChange={(e) => void change(m.user.id, e.currentTarget.value as WikiSpaceRole).catch(() => undefined)}
                      data={ROLES.map((r) => ({ value: r, label: t(`wiki.role.${r}`) }))}
                      size="sm"
                    />
                    <ConfirmButton
                      variant="subtle"
                      color="red"
                      size="sm"
                      disabled={guarded(m)}
                      leftSection={<IconUserMinus size={16} aria-hidden="true" />}
                      aria-label={t('wiki.members.removeName', { name: m.user.name })}
                      label={t('wiki.members.remove')}
                      title={t('wiki.members.removeTitle')}
                      body={
                        <>
                          {t('wiki.members.removeBody')} <bdi>{m.user.name}</bdi>
                        </>
                      }
                      confirmLabel={t('wiki.members.remove')}
                      cancelLabel={t('common.cancel')}
                      loading={setting.loading}
                      onConfirm={() => change(m.user.id, null).catch(() => undefined)}
                    />
                  </Group>
                </Group>
                {guarded(m) ? (
                  <Text size="xs" c="dimmed">
                    {t('wiki.members.lastAdmin')}
                  </Text>
                ) : null}
              </li>
            ))}
          </Stack>
        )}
        {loadMore ? (
          <Button variant="default" w="fit-content" loading={loadingMore} onClick={loadMore}>
            {t('wiki.loadMore')}
          </Button>
        ) : null}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Group gap="sm" align="flex-end" wrap="wrap">
            <PersonPicker
              label={t('wiki.members.person')}
              placeholder={t('wiki.members.personPlaceholder')}
              value={picked}
              onChange={(p) => {
                setPicked(p);
                clear();
              }}
              excludeIds={members.map((m) => m.user.id)}
              miw={220}
              style={{ flex: 1 }}
            />
            <NativeSelect label={t('wiki.members.role')} value={role} onChange={(e) => setRole(e.currentTarget.value as WikiSpaceRole)} data={ROLES.map((r) => ({ value: r, label: t(`wiki.role.${r}`) }))} />
            <Button type="submit" loading={setting.loading} leftSection={<IconUserPlus size={16} aria-hidden="true" />}>
              {t('wiki.members.add')}
            </Button>
          </Group>
        </form>
        <WikiFormProblems problem={problem} error={setting.error} />
      </Stack>
    </Card>
  );
}
