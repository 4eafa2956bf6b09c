import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Title, VisuallyHidden } from '@mantine/core';
import { hasErrorCode, useErrorMessages, useLiveRoom } from '@pillars/web/core/data-access';
import { PostDocument, postRoom } from '@pillars/web/feeds/data-access';
import { EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconMessageOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { homeFeedPath } from './feed-paths';
import { PostCard } from './post-card';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A post's permalink (notifications link here): the card with its comments open, at `?comment=`. */
export function PostPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('feeds.permalink.title'));
  const wellFormed = UUID.test(id);
  const comment = search.get('comment');
  const { data, error, refetch } = useQuery(PostDocument, { variables: { id }, skip: !wellFormed });
  // Its comments, reactions, edits and deletion arrive live in the post's own room while it shows.
  useLiveRoom(data ? postRoom(id) : null);
  const gone = !wellFormed || (error && !data && (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')));
  if (gone) {
    return (
      <EmptyView
        icon={<IconMessageOff size={30} />}
        title={t('feeds.permalink.unavailable')}
        description={t('feeds.permalink.unavailableHelp')}
        action={<Anchor component={Link} to={homeFeedPath}>{t('feeds.permalink.backToFeed')}</Anchor>}
      />
    );
  }
  if (error && !data) return <ErrorView title={t('feeds.feed.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton label={t('common.loading')} />;
  return (
    <Stack gap="lg" maw={760} mx="auto" w="100%">
      {/* The page's heading for screen readers and axe (page-has-heading-one): the card itself is the content. */}
      <VisuallyHidden>
        <Title order={1}>{t('feeds.permalink.title')}</Title>
      </VisuallyHidden>
      <PostCard post={data.post} commentsOpen highlightCommentId={comment && UUID.test(comment) ? comment : null} />
    </Stack>
  );
}
