import { ActionIcon, Badge, Button, Center, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { AddTeamMemberDocument, RemoveTeamMemberDocument, SetTeamLeadDocument, TeamPageDocument } from '@pillars/web/directory/data-access';
import { ConfirmButton, ErrorView, isolate, UserAvatar } from '@pillars/web/ui';
import { IconCrown, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { PersonLink } from './person-link';
import { type PickedPerson, PersonPicker } from './person-picker';

const REFETCH = ['TeamPage', 'TeamChildren'];

/** Lead and members of one team: add, remove, make lead. */
export function TeamMembersEditor({ teamId, teamName, headingOrder = 3 }: { teamId: string; teamName: string; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(TeamPageDocument, {
    variables: { id: teamId, first: LIMITS.defaultPageSize },
    notifyOnNetworkStatusChange: true,
  });
  const [add, adding] = useMutation(AddTeamMemberDocument, { refetchQueries: REFETCH });
  const [remove, removing] = useMutation(RemoveTeamMemberDocument, { refetchQueries: REFETCH });
  const [setLead, leading] = useMutation(SetTeamLeadDocument, { refetchQueries: REFETCH });

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      notifications.show({ color: 'green', message: success });
    } catch (e) {
      notifications.show({ color: 'red', title: t('directory.members.actionFailed'), message: messages(e).join(' ') });
    }
  };

  const team = data?.team;
  const members = team?.members.edges.map((e) => e.node) ?? [];
  // Leads manage members; who leads the team is an admin's choice (the API refuses it to leads).
  const canAppointLead = team?.abilities.canAppointLead ?? false;
  const input = (userId: string) => ({ variables: { input: { teamId, userId } } });

  return (
    <Stack gap="md">
      <Title order={headingOrder} fz="h5">
        {t('directory.team.members')}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <PersonPicker
          label={t('directory.members.addMember')}
          placeholder={t('directory.picker.searchPlaceholder')}
          value={picked}
          onChange={setPicked}
          excludeIds={members.map((m) => m.user.id)}
          style={{ flex: '1 1 220px' }}
        />
        <Button
          variant="light"
          disabled={!picked}
          loading={adding.loading}
          onClick={() => picked && void run(() => add(input(picked.id)).then(() => setPicked(null)), t('directory.members.memberAdded'))}
        >
          {t('directory.members.add')}
        </Button>
        {canAppointLead ? (
        <Button
          variant="default"
          disabled={!picked}
          loading={leading.loading}
          leftSection={<IconCrown size={16} aria-hidden="true" />}
          onClick={() => picked && void run(() => setLead(input(picked.id)).then(() => setPicked(null)), t('directory.members.leadSet'))}
        >
          {t('directory.members.makeLead')}
        </Button>
        ) : null}
      </Group>
      {error && !team ? (
        <ErrorView title={t('directory.team.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {team ? t('directory.team.noMembers') : t('common.loading')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('directory.team.members')}>
          {members.map((m) => (
            <Group component="li" key={m.user.id} gap="sm" wrap="nowrap">
              <UserAvatar initials={m.user.initials} seed={m.user.id} size="sm" />
              <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate="end">
                <PersonLink id={m.user.id}>
                  <span dir="auto">{m.user.name}</span>
                </PersonLink>
              </Text>
              {m.role === 'LEAD' ? (
                <Badge size="sm" variant="light">
                  {t('teamRole.LEAD')}
                </Badge>
              ) : canAppointLead ? (
                <Tooltip label={t('directory.members.makeLeadOf', { name: isolate(m.user.name) })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('directory.members.makeLeadOf', { name: isolate(m.user.name) })}
                    loading={leading.loading}
                    onClick={() => void run(() => setLead(input(m.user.id)), t('directory.members.leadSet'))}
                  >
                    <IconCrown size={16} aria-hidden="true" />
                  </ActionIcon>
                </Tooltip>
              ) : null}
              <ConfirmButton
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={t('directory.members.removeMemberOf', { name: isolate(m.user.name) })}
                label={<IconUserMinus size={16} aria-hidden="true" />}
                title={t('directory.members.removeTitle')}
                body={<Trans i18nKey="directory.members.removeBody" values={{ name: m.user.name, team: teamName }} components={{ name: <bdi />, team: <bdi /> }} />}
                cancelLabel={t('common.cancel')}
                confirmLabel={t('directory.members.remove')}
                loading={removing.loading}
                onConfirm={() => run(() => remove(input(m.user.id)), t('directory.members.memberRemoved'))}
              />
            </Group>
          ))}
        </Stack>
      )}
      {team?.members.pageInfo.hasNextPage ? (
        <Center>
          <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: team.members.pageInfo.endCursor } })}>
            {t('directory.search.loadMore')}
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
}
