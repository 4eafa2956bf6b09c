import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { ModeratePostDocument, PendingPostsDocument, TeamFeedDocument, teamFeedRooms } from '@pillars/web/feeds/data-access';
import type { PostCardFragment } from '@pillars/web/graphql';
import { EmptyView, UserTextInput } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconCheck, IconShieldCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { teamFeedPath } from './feed-paths';
import { FEED_QUERIES } from './post-composer';
import { FeedList } from './feed-list';
import { useTeamName } from './team-name';
import { useFeed } from './use-feed';

const REASON_MAX = 500;

/** A team lead's queue of members' posts waiting for approval. */
export function ModerationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const name = useTeamName(id);
  usePageTitle(t('feeds.moderation.title'));
  const settings = useQuery(TeamFeedDocument, { variables: { teamId: id } });
  const feed = useFeed(PendingPostsDocument, { teamId: id }, (d) => d.pendingPosts, teamFeedRooms(id));
  const canModerate = settings.data?.teamFeed.canConfigure;
  return (
    <Stack gap="lg" maw={760} mx="auto" w="100%">
      <Stack gap={4}>
        <Title order={1}>{t('feeds.moderation.title')}</Title>
        <Text c="dimmed">
          {name ? <bdi>{name}</bdi> : null} · <Anchor component={Link} to={teamFeedPath(id)}>{t('feeds.moderation.backToFeed')}</Anchor>
        </Text>
        <Text size="sm" c="dimmed">
          {t('feeds.moderation.intro')}
        </Text>
      </Stack>
      {settings.data && !canModerate ? <EmptyView icon={<IconShieldCheck size={30} />} title={t('feeds.moderation.ownOnly')} /> : null}
      <FeedList
        feed={feed}
        label={t('feeds.moderation.queue')}
        showTeam={false}
        compact
        empty={{ title: t('feeds.moderation.empty'), description: t('feeds.moderation.emptyHint') }}
        renderFooter={(post) => (post.abilities.canModerate ? <ModerationActions post={post} /> : null)}
      />
    </Stack>
  );
}

function ModerationActions({ post }: { post: PostCardFragment }) {
  const { t } = useTranslation();
  const { messages, fieldMessage } = useErrorMessages();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [moderate, { loading, error }] = useMutation(ModeratePostDocument, { refetchQueries: FEED_QUERIES });
  const run = (approve: boolean) =>
    moderate({ variables: { input: { id: post.id, approve, reason: approve ? null : reason.trim() || null } } })
      .then(() => setRejecting(false))
      .catch(() => undefined);
  return (
    <Stack gap="xs">
      {error && !rejecting ? (
        <Text size="sm" c="red" role="alert">
          {messages(error).join(' ')}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button size="sm" color="teal" leftSection={<IconCheck size={16} aria-hidden="true" />} loading={loading && !rejecting} onClick={() => void run(true)}>
          {t('feeds.moderation.approve')}
        </Button>
        <Button size="sm" variant="default" color="red" leftSection={<IconX size={16} aria-hidden="true" />} onClick={() => setRejecting(true)}>
          {t('feeds.moderation.reject')}
        </Button>
      </Group>
      <Modal opened={rejecting} onClose={() => setRejecting(false)} title={t('feeds.moderation.rejectTitle')} centered>
        <Stack>
          <UserTextInput
            label={t('feeds.moderation.reason')}
            description={t('feeds.moderation.reasonHint')}
            value={reason}
            maxLength={REASON_MAX}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error ? (fieldMessage(error, 'reason') ?? messages(error).join(' ')) : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRejecting(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void run(false)}>
              {t('feeds.moderation.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
