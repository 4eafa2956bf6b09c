import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import { TeamFeedDocument, TeamFeedPostsDocument, teamFeedRooms } from '@pillars/web/feeds/data-access';
import { EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconLock, IconSettings, IconShieldCheck, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { teamFeedSettingsPath, teamModerationPath } from './feed-paths';
import { FeedList } from './feed-list';
import { FollowButton } from './follow-button';
import { PostComposer } from './post-composer';
import { useTeamName } from './team-name';
import { useFeed } from './use-feed';

export function TeamFeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const name = useTeamName(id);
  usePageTitle(name ? t('feeds.team.titleOf', { team: name }) : t('feeds.team.title'));
  const settings = useQuery(TeamFeedDocument, { variables: { teamId: id } });
  const feed = useFeed(TeamFeedPostsDocument, { teamId: id }, (d) => d.teamFeedPosts, teamFeedRooms(id));
  const info = settings.data?.teamFeed;

  if (settings.error && !info) {
    if (isNotFound(settings.error)) {
      return <EmptyView icon={<IconLock size={30} />} title={t('feeds.team.notFound')} action={<Anchor component={Link} to="/feed">{t('feeds.team.backToFeed')}</Anchor>} />;
    }
    return <ErrorView title={t('feeds.feed.failed')} messages={messages(settings.error)} retryLabel={t('common.retry')} onRetry={() => void settings.refetch()} />;
  }
  if (!info) return <PageSkeleton label={t('common.loading')} />;
  const moderated = info.requiresApproval && !info.canConfigure;
  return (
    <Stack gap="lg" maw={760} mx="auto" w="100%">
      <Stack gap={4}>
        <Title order={1}>
          <span dir="auto">{name ?? t('feeds.team.title')}</span>
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color={info.visibility === 'PRIVATE' ? 'red' : 'teal'} leftSection={info.visibility === 'PRIVATE' ? <IconLock size={12} aria-hidden="true" /> : <IconWorld size={12} aria-hidden="true" />}>
            {info.visibility === 'PRIVATE' ? t('feeds.settings.private') : t('feeds.settings.open')}
          </Badge>
          {info.requiresApproval ? <Badge variant="light" color="yellow">{t('feeds.team.moderated')}</Badge> : null}
          <Anchor component={Link} to={`/teams/${id}`} size="sm">
            {t('feeds.team.aboutTeam')}
          </Anchor>
        </Group>
      </Stack>
      <Group gap="xs" wrap="wrap">
        {!info.viewerIsMember && info.visibility === 'OPEN' ? <FollowButton kind="TEAM" target={id} name={name} following={info.viewerFollows} /> : null}
        {info.canConfigure ? (
          <>
            <Button component={Link} to={teamModerationPath(id)} variant="default" size="sm" leftSection={<IconShieldCheck size={16} aria-hidden="true" />}>
              {t('feeds.moderation.title')}
            </Button>
            <Button component={Link} to={teamFeedSettingsPath(id)} variant="default" size="sm" leftSection={<IconSettings size={16} aria-hidden="true" />}>
              {t('feeds.settings.title')}
            </Button>
          </>
        ) : null}
      </Group>
      {info.viewerIsMember || info.canConfigure ? (
        <PostComposer teamId={id} moderated={moderated} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('feeds.team.readOnly')}
        </Text>
      )}
      <FeedList
        feed={feed}
        label={t('feeds.team.postsLabel')}
        showTeam={false}
        empty={{ title: t('feeds.team.empty'), description: info.viewerIsMember ? t('feeds.team.emptyMember') : undefined }}
      />
    </Stack>
  );
}

