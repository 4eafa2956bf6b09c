import { Button, Card, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useErrorMessages, useLiveRooms } from '@pillars/web/core/data-access';
import { teamFeedRooms } from '@pillars/web/feeds/data-access';
import { EmptyView, ErrorView } from '@pillars/web/ui';
import { IconArrowUp, IconNews } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PostCard } from './post-card';
import type { FeedState } from './use-feed';

export function FeedSkeleton({ label }: { label: string }) {
  return (
    <Stack aria-busy="true" role="status" gap="md">
      <VisuallyHidden>{label}</VisuallyHidden>
      {[0, 1, 2].map((i) => (
        <Card key={i} withBorder radius="md" padding="md" aria-hidden="true">
          <Group gap="sm" wrap="nowrap" mb="sm">
            <Skeleton circle height={38} />
            <Stack gap={6} style={{ flex: 1 }}>
              <Skeleton height={10} width="40%" />
              <Skeleton height={8} width="25%" />
            </Stack>
          </Group>
          <Skeleton height={10} mb={6} />
          <Skeleton height={10} width="80%" />
        </Card>
      ))}
    </Stack>
  );
}

export interface FeedListProps {
  feed: FeedState;
  label: string;
  showTeam?: boolean;
  empty: { title: string; description?: string; action?: ReactNode };
  renderFooter?: (post: FeedState['posts'][number]) => ReactNode;
  compact?: boolean;
}

/** The list of posts with the "N new posts" pill, keyset "Load more" (automatic when scrolled to), empty and error states. */
export function FeedList({ feed, label, showTeam = true, empty, renderFooter, compact }: FeedListProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const sentinel = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const { hasNextPage, loadingMore, loadMore } = feed;
  // A merged feed (home, topic) hears about the teams it shows: their new posts and reactions.
  useLiveRooms([...new Set(feed.posts.map((p) => p.teamId).filter((id): id is string => Boolean(id)))].flatMap(teamFeedRooms));

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasNextPage || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !loadingMore) void loadMore();
    }, { rootMargin: '400px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, loadingMore, loadMore]);

  if (feed.error) return <ErrorView title={t('feeds.feed.failed')} messages={messages(feed.error)} retryLabel={t('common.retry')} onRetry={() => void feed.retry()} />;
  if (feed.loading || !feed.ready) return <FeedSkeleton label={t('feeds.feed.loading')} />;

  const showNew = () => {
    feed.showNew();
    topRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    topRef.current?.focus();
  };

  return (
    <div>
      <div ref={topRef} tabIndex={-1} />
      <Stack gap="md">
        {/* Sticky as a child of the whole list (a sticky element only moves inside its parent), so
            the pill stays in view for a reader scrolled down the feed. */}
        <div aria-live="polite" style={{ position: 'sticky', insetBlockStart: 'calc(var(--app-shell-header-height, 0px) + 8px)', zIndex: 5, pointerEvents: 'none' }}>
          {feed.newCount > 0 ? (
            <Group justify="center">
              <Button radius="xl" size="sm" leftSection={<IconArrowUp size={16} aria-hidden="true" />} onClick={showNew} variant="filled" style={{ pointerEvents: 'auto' }}>
                {t('feeds.feed.newPosts', { count: feed.newCount })}
              </Button>
            </Group>
          ) : null}
        </div>
        {feed.posts.length === 0 ? (
          <EmptyView icon={<IconNews size={30} />} title={empty.title} description={empty.description} action={empty.action} />
        ) : (
          <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={label}>
            {feed.posts.map((post) => (
              <li key={post.id}>
                <PostCard post={post} showTeam={showTeam} footer={renderFooter?.(post)} compact={compact} />
              </li>
            ))}
          </Stack>
        )}
        <div ref={sentinel} />
        {feed.loadMoreError ? <ErrorView messages={messages(feed.loadMoreError)} retryLabel={t('common.retry')} onRetry={() => void feed.loadMore()} /> : null}
        {hasNextPage ? (
          <Group justify="center">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              {t('feeds.feed.loadMore')}
            </Button>
          </Group>
        ) : feed.posts.length > 0 ? (
          <Text ta="center" size="sm" c="dimmed">
            {t('feeds.feed.end')}
          </Text>
        ) : null}
      </Stack>
    </div>
  );
}

