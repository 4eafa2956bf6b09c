import { Anchor, Card, Group, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { isNotFound, useErrorMessages, useLiveRoom } from '@pillars/web/core/data-access';
import { TeamPageDocument, teamRoom } from '@pillars/web/directory/data-access';
import { EmptyView, ErrorView, FlipInRtl, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconArrowLeft, IconLock, IconUsersGroup } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { teamPath } from './person-link';
import { TeamMembersEditor } from './team-members-editor';

/** `/teams/:id/members`: the team's lead (and admins) add and remove members, as the team policy allows. */
export function TeamMembersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  // The same query and variables as the editor's, so the two share one request and one cache entry.
  const { data, error, refetch } = useQuery(TeamPageDocument, { variables: { id, first: LIMITS.defaultPageSize } });
  useLiveRoom(teamRoom(id));
  const team = data?.team;
  usePageTitle(team ? t('directory.members.pageTitle', { team: team.name }) : t('directory.team.title'));

  if (error && !team) {
    return isNotFound(error) ? (
      <EmptyView icon={<IconUsersGroup size={30} />} title={t('directory.team.notFound')} />
    ) : (
      <ErrorView title={t('directory.team.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
    );
  }
  if (!team) return <PageSkeleton label={t('common.loading')} />;

  const back = (
    <Anchor component={Link} to={teamPath(team.id)} size="sm">
      <Group gap={4} wrap="nowrap" component="span">
        <FlipInRtl>
          <IconArrowLeft size={14} aria-hidden="true" />
        </FlipInRtl>
        <Trans i18nKey="directory.members.backToTeam" values={{ team: team.name }} components={{ team: <bdi /> }} />
      </Group>
    </Anchor>
  );
  if (!team.abilities.canManageMembers) {
    return <EmptyView icon={<IconLock size={30} />} title={t('errors.FORBIDDEN')} description={t('directory.members.forbidden')} action={back} />;
  }
  return (
    <Stack gap="lg">
      {back}
      <Title order={1}>
        <Trans i18nKey="directory.members.heading" values={{ team: team.name }} components={{ team: <bdi dir="auto" /> }} />
      </Title>
      <Card withBorder radius="md" component="section">
        <TeamMembersEditor teamId={team.id} teamName={team.name} headingOrder={2} />
      </Card>
    </Stack>
  );
}
