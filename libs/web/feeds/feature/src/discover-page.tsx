import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { DiscoverDocument } from '@pillars/web/feeds/data-access';
import { CardGridSkeleton, EmptyView, ErrorView } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconHash, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { homeFeedPath, teamFeedPath, topicPath } from './feed-paths';
import { FollowButton } from './follow-button';
import { useTeamName } from './team-name';

/** Open teams with recent activity and active topics, to find conversations beyond one's own teams. */
export function DiscoverPage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('feeds.discover.title'));
  const { data, error, refetch } = useQuery(DiscoverDocument);
  if (error && !data) return <ErrorView title={t('feeds.discover.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('feeds.discover.title')}</Title>
        <Text c="dimmed">{t('feeds.discover.intro')}</Text>
      </Stack>
      <section aria-labelledby="discover-teams">
        <Title order={2} fz="h3" id="discover-teams" mb="sm">
          {t('feeds.discover.teams')}
        </Title>
        {!data ? (
          <CardGridSkeleton count={3} label={t('common.loading')} />
        ) : data.discover.teams.length === 0 ? (
          <EmptyView icon={<IconUsersGroup size={30} />} title={t('feeds.discover.noTeams')} action={<Anchor component={Link} to={homeFeedPath}>{t('feeds.discover.backToFeed')}</Anchor>} />
        ) : (
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.discover.teams.map((team) => (
              <li key={team.teamId}>
                <DiscoverTeamCard teamId={team.teamId} postCount={team.postCount} following={team.viewerFollows} />
              </li>
            ))}
          </SimpleGrid>
        )}
      </section>
      <section aria-labelledby="discover-topics">
        <Title order={2} fz="h3" id="discover-topics" mb="sm">
          {t('feeds.discover.topics')}
        </Title>
        {!data ? null : data.discover.topics.length === 0 ? (
          <Text c="dimmed">{t('feeds.discover.noTopics')}</Text>
        ) : (
          <Group component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {data.discover.topics.map((topic) => (
              <Group component="li" key={topic.topic} gap={6} wrap="nowrap">
                <Anchor component={Link} to={topicPath(topic.topic)} dir="auto">
                  <IconHash size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />
                  {topic.topic}
                </Anchor>
                <Badge variant="light" color="gray">
                  {t('feeds.discover.postCount', { count: topic.postCount })}
                </Badge>
                <FollowButton kind="TOPIC" target={topic.topic} name={`#${topic.topic}`} following={topic.viewerFollows} />
              </Group>
            ))}
          </Group>
        )}
      </section>
    </Stack>
  );
}

function DiscoverTeamCard({ teamId, postCount, following }: { teamId: string; postCount: number; following: boolean }) {
  const { t } = useTranslation();
  const name = useTeamName(teamId);
  return (
    <Card withBorder radius="md" padding="md" h="100%">
      <Stack gap="xs">
        <Anchor component={Link} to={teamFeedPath(teamId)} fw={600} dir="auto">
          {name ?? t('common.loading')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('feeds.discover.postCount', { count: postCount })}
        </Text>
        <Group>
          <FollowButton kind="TEAM" target={teamId} name={name} following={following} />
        </Group>
      </Stack>
    </Card>
  );
}
