import { Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useSession } from '@pillars/web/core/data-access';
import { COMPANY_FEED_ROOM, CompanyFeedDocument, HomeFeedDocument, MyFeedTeamsDocument } from '@pillars/web/feeds/data-access';
import { usePageTitle } from '@pillars/web/util';
import { IconCompass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { companyFeedPath, discoverPath, homeFeedPath } from './feed-paths';
import { FeedList } from './feed-list';
import { PostComposer } from './post-composer';
import { useFeed } from './use-feed';

function FeedTabs() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const value = location.pathname === companyFeedPath ? 'company' : 'home';
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Tabs value={value} onChange={(v) => navigate(v === 'company' ? companyFeedPath : homeFeedPath)} variant="pills" aria-label={t('feeds.home.tabs')}>
        <Tabs.List>
          <Tabs.Tab value="home">{t('feeds.home.forYou')}</Tabs.Tab>
          <Tabs.Tab value="company">{t('feeds.home.company')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Button component={Link} to={discoverPath} variant="subtle" leftSection={<IconCompass size={16} aria-hidden="true" />}>
        {t('feeds.discover.title')}
      </Button>
    </Group>
  );
}

/** The viewer's teams, for the composer's "Post to". */
function useMyTeams() {
  const { me } = useSession();
  const { data } = useQuery(MyFeedTeamsDocument, { variables: { id: me?.id ?? '' }, skip: !me });
  return data?.user?.teams.map((m) => ({ id: m.team.id, name: m.team.name })) ?? [];
}

/** The personal feed: the company feed, my teams and what I follow, pinned announcements first. */
export function HomeFeedPage() {
  const { t } = useTranslation();
  usePageTitle(t('feeds.home.title'));
  // Company posts arrive in the organisation's room; team posts in rooms the team pages follow.
  const feed = useFeed(HomeFeedDocument, {}, (d) => d.homeFeed, [COMPANY_FEED_ROOM]);
  const teams = useMyTeams();
  return (
    <Stack gap="lg" maw={760} mx="auto" w="100%">
      <Title order={1}>{t('feeds.home.title')}</Title>
      <FeedTabs />
      <PostComposer teamId={null} teamChoices={teams} />
      <FeedList
        feed={feed}
        label={t('feeds.home.title')}
        empty={{
          title: t('feeds.home.empty'),
          description: t('feeds.home.emptyHint'),
          action: (
            <Anchor component={Link} to={discoverPath}>
              {t('feeds.home.emptyAction')}
            </Anchor>
          ),
        }}
      />
    </Stack>
  );
}

export function CompanyFeedPage() {
  const { t } = useTranslation();
  usePageTitle(t('feeds.company.title'));
  const feed = useFeed(CompanyFeedDocument, {}, (d) => d.companyFeed, [COMPANY_FEED_ROOM]);
  return (
    <Stack gap="lg" maw={760} mx="auto" w="100%">
      <Title order={1}>{t('feeds.company.title')}</Title>
      <FeedTabs />
      <PostComposer teamId={null} />
      <FeedList feed={feed} label={t('feeds.company.title')} showTeam={false} empty={{ title: t('feeds.company.empty'), description: t('feeds.company.emptyHint') }} />
      <Text size="xs" c="dimmed" ta="center">
        {t('feeds.company.hint')}
      </Text>
    </Stack>
  );
}
