import { Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDisclosure } from '@mantine/hooks';
import { isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import { DepartmentsDocument, TeamPageDocument } from '@pillars/web/directory/data-access';
import { TeamLink, TeamMembersEditor } from '@pillars/web/directory/feature';
import { usePageTitle, useSearchParamValue } from '@pillars/web/util';
import { EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CreateTeamModal } from './create-team-modal';
import { TeamDetailsForm } from './team-details-form';
import { TeamTree } from './team-tree';

function SelectedTeam({ id }: { id: string }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(TeamPageDocument, { variables: { id, first: 1 } });
  const team = data?.team;
  if (error && !team) {
    return isNotFound(error) ? (
      <EmptyView title={t('directory.team.notFound')} />
    ) : (
      <ErrorView title={t('directory.team.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
    );
  }
  if (!team) return <PageSkeleton label={t('common.loading')} />;
  const parent = team.ancestors[team.ancestors.length - 1] ?? null;
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} fz="h3">
          <span dir="auto">{team.name}</span>
        </Title>
        <TeamLink id={team.id}>{t('admin.teams.viewPage')}</TeamLink>
      </Group>
      {team.abilities.canEdit ? (
        <TeamDetailsForm
          key={`${team.id}:${team.name}:${parent?.id ?? ''}`}
          team={{ id: team.id, name: team.name, description: team.description, parentId: parent?.id ?? null }}
        />
      ) : (
        <Text size="sm">{t('admin.noPermission')}</Text>
      )}
      {team.abilities.canManageMembers ? <TeamMembersEditor teamId={team.id} teamName={team.name} /> : null}
    </Stack>
  );
}

export function AdminTeamsPage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('admin.teams.title'));
  const [selectedId, select] = useSearchParamValue('team');
  const [creating, createModal] = useDisclosure(false);
  const { data, error, refetch } = useQuery(DepartmentsDocument);
  const roots = data?.departments ?? [];
  // The editor's own query (answered from the cache): its ancestors open the tree down to the selection.
  const selected = useQuery(TeamPageDocument, { variables: { id: selectedId ?? '', first: 1 }, skip: !selectedId });
  const openPath = selected.data?.team.ancestors.map((a) => a.id) ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('admin.teams.title')}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={createModal.open}>
          {selectedId ? t('admin.teams.newSubTeam') : t('admin.teams.newDepartment')}
        </Button>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder radius="md" component="section" aria-labelledby="tree-heading">
            <Title order={2} fz="h4" id="tree-heading" mb="sm">
              {t('admin.teams.tree')}
            </Title>
            {error && !data ? (
              <ErrorView title={t('admin.teams.treeFailed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
            ) : !data ? (
              <Text size="sm" c="dimmed">
                {t('common.loading')}
              </Text>
            ) : roots.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('admin.teams.noTeams')}
              </Text>
            ) : (
              <TeamTree roots={roots} selectedId={selectedId} onSelect={select} label={t('admin.teams.tree')} openPath={openPath} />
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder radius="md" component="section" aria-label={t('admin.teams.editor')}>
            {selectedId ? (
              <SelectedTeam key={selectedId} id={selectedId} />
            ) : (
              <EmptyView icon={<IconUsersGroup size={30} />} title={t('admin.teams.pickTitle')} description={t('admin.teams.pickHint')} />
            )}
          </Card>
        </Grid.Col>
      </Grid>
      <CreateTeamModal key={selectedId ?? 'root'} opened={creating} onClose={createModal.close} parentId={selectedId} onCreated={select} />
    </Stack>
  );
}
