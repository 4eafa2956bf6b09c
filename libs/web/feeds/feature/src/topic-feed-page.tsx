import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Title } from '@mantine/core';
import { COMPANY_FEED_ROOM, TopicDocument, TopicFeedDocument } from '@pillars/web/feeds/data-access';
import { usePageTitle } from '@pillars/web/util';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { discoverPath } from './feed-paths';
import { FeedList } from './feed-list';
import { FollowButton } from './follow-button';
import { useFeed } from './use-feed';

export function TopicFeedPage() {
  const { tag = '' } = useParams();
  const topic = decodeURIComponent(tag).replace(/^#/, '').toLowerCase();
  const { t } = useTranslation();
  usePageTitle(`#${topic}`);
  const info = useQuery(TopicDocument, { variables: { topic } }).data?.topic;
  const feed = useFeed(TopicFeedDocument, { topic }, (d) => d.topicFeed, [COMPANY_FEED_ROOM]);
  return (
    <Stack gap="lg" maw={760} mx="auto" w="100%">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>
          <span dir="auto">#{topic}</span>
        </Title>
        {info ? <FollowButton kind="TOPIC" target={info.topic} name={`#${info.topic}`} following={info.viewerFollows} /> : null}
      </Group>
      <FeedList
        feed={feed}
        label={t('feeds.topic.postsLabel', { topic })}
        empty={{ title: t('feeds.topic.empty', { topic }), action: <Anchor component={Link} to={discoverPath}>{t('feeds.topic.emptyAction')}</Anchor> }}
      />
    </Stack>
  );
}
