import { Anchor, Badge, Breadcrumbs, Button, Card, Center, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { isNotFound, useErrorMessages, useLiveRoom } from '@pillars/web/core/data-access';
import { TeamPageDocument, teamRoom } from '@pillars/web/directory/data-access';
import { EmptyView, ErrorView, FlipInRtl, PageSkeleton } from '@pillars/web/ui';
import { IconChevronRight, IconPencil, IconUserCog, IconUsersGroup } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { usePageTitle } from '@pillars/web/util';
import { TeamFeedLink } from '@pillars/web/feeds/feature';
import { PeopleList } from './people-list';
import { teamMembersPath, teamPath } from './person-link';
import { TeamContact } from './team-contact';
import { TeamDescriptionEditor } from './team-description-editor';

export function TeamPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(TeamPageDocument, {
    variables: { id, first: LIMITS.defaultPageSize },
    notifyOnNetworkStatusChange: true,
  });
  const team = data?.team;
  useLiveRoom(teamRoom(id));
  usePageTitle(team?.name ?? t('directory.team.title'));

  if (error && !team) {
    if (isNotFound(error)) {
      return <EmptyView icon={<IconUsersGroup size={30} />} title={t('directory.team.notFound')} action={<Anchor component={Link} to="/people">{t('directory.backToDirectory')}</Anchor>} />;
    }
    return <ErrorView title={t('directory.team.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!team) return <PageSkeleton label={t('common.loading')} />;

  const members = team.members.edges.map((e) => e.node);
  const chevron = (
    <FlipInRtl>
      <IconChevronRight size={14} />
    </FlipInRtl>
  );
  return (
    <Stack gap="lg">
      {team.ancestors.length > 0 ? (
        <nav aria-label={t('directory.team.breadcrumb')}>
          <Breadcrumbs separator={chevron} separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
            {team.ancestors.map((a) => (
              <Anchor key={a.id} component={Link} to={teamPath(a.id)} size="sm" dir="auto">
                {a.name}
              </Anchor>
            ))}
            <Text size="sm" c="dimmed" aria-current="page" dir="auto">
              {team.name}
            </Text>
          </Breadcrumbs>
        </nav>
      ) : null}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1}>
            <span dir="auto">{team.name}</span>
          </Title>
          {team.description ? (
            <Text c="dimmed" dir="auto">
              {team.description}
            </Text>
          ) : null}
          {team.contact ? <TeamContact contact={team.contact} /> : null}
          <Text size="sm" c="dimmed">
            {t('directory.team.memberCount', { count: team.memberCount })}
          </Text>
        </Stack>
        <Group gap="sm">
          <TeamFeedLink teamId={team.id} />
          {team.abilities.canManageMembers ? (
            <Button component={Link} to={teamMembersPath(team.id)} variant="default" leftSection={<IconUserCog size={16} aria-hidden="true" />}>
              {t('directory.team.manageMembers')}
            </Button>
          ) : null}
          {team.abilities.canEditDescription ? <TeamDescriptionEditor teamId={team.id} description={team.description} contact={team.contact ?? ''} /> : null}
          {team.abilities.canEdit ? (
            <Button component={Link} to={`/admin/teams?team=${team.id}`} variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />}>
              {t('common.edit')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder radius="md" component="section" aria-labelledby="lead-heading">
          <Title order={2} fz="h4" id="lead-heading" mb="sm">
            {t('directory.team.lead')}
          </Title>
          {team.lead ? (
            <PeopleList people={[team.lead]} label={t('directory.team.lead')} />
          ) : (
            <Text size="sm" c="dimmed">
              <Trans i18nKey="directory.team.noLead" values={{ team: team.name }} components={{ team: <bdi /> }} />
            </Text>
          )}
        </Card>
        <Card withBorder radius="md" component="section" aria-labelledby="subteams-heading">
          <Title order={2} fz="h4" id="subteams-heading" mb="sm">
            {t('directory.team.subTeams')}
          </Title>
          {team.children.edges.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('directory.team.noSubTeams')}
            </Text>
          ) : (
            <Stack component="ul" gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {team.children.edges.map(({ node: c }) => (
                <Group component="li" key={c.id} justify="space-between" wrap="nowrap">
                  <Anchor component={Link} to={teamPath(c.id)} size="sm" dir="auto">
                    {c.name}
                  </Anchor>
                  <Badge variant="light" color="gray">
                    {t('directory.team.memberCount', { count: c.memberCount })}
                  </Badge>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      <Card withBorder radius="md" component="section" aria-labelledby="members-heading">
        <Title order={2} fz="h4" id="members-heading" mb="sm">
          {t('directory.team.members')}
        </Title>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('directory.team.noMembers')}
          </Text>
        ) : (
          <Stack gap="md">
            <PeopleList
              people={members.map((m) => m.user)}
              label={t('directory.team.members')}
              extra={(p) =>
                members.find((m) => m.user.id === p.id)?.role === 'LEAD' ? (
                  <Badge size="sm" variant="light">
                    {t('teamRole.LEAD')}
                  </Badge>
                ) : null
              }
            />
            {error ? <ErrorView title={t('directory.team.failed')} messages={messages(error)} /> : null}
            {team.members.pageInfo.hasNextPage ? (
              <Center>
                <Button
                  variant="default"
                  loading={networkStatus === NetworkStatus.fetchMore}
                  onClick={() => void fetchMore({ variables: { after: team.members.pageInfo.endCursor } })}
                >
                  {t('directory.search.loadMore')}
                </Button>
              </Center>
            ) : null}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
