import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { PostReactorsDocument, ReactDocument } from '@pillars/web/feeds/data-access';
import type { ReactionKind } from '@pillars/web/graphql';
import { UserAvatar } from '@pillars/web/ui';
import { IconBulb, IconConfetti, IconHeartHandshake, IconThumbUp, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { profilePath } from './feed-paths';

export const REACTION_KINDS: readonly { kind: ReactionKind; icon: Icon }[] = [
  { kind: 'LIKE' as ReactionKind, icon: IconThumbUp },
  { kind: 'CELEBRATE' as ReactionKind, icon: IconConfetti },
  { kind: 'INSIGHTFUL' as ReactionKind, icon: IconBulb },
  { kind: 'SUPPORT' as ReactionKind, icon: IconHeartHandshake },
];

const REACTORS_PAGE = 10;

interface ReactionsBarProps {
  postId: string;
  myReaction: ReactionKind | null | undefined;
  counts: readonly { kind: ReactionKind; count: number }[];
}

/** The four reactions with counts; the viewer's own is pressed; pressing it again removes it. */
export function ReactionsBar({ postId, myReaction, counts }: ReactionsBarProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [react, { error }] = useMutation(ReactDocument);
  const countOf = (kind: ReactionKind) => counts.find((c) => c.kind === kind)?.count ?? 0;
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const toggle = (kind: ReactionKind) => {
    const next = myReaction === kind ? null : kind;
    const optimistic = REACTION_KINDS.map(({ kind: k }) => ({
      __typename: 'ReactionCount' as const,
      kind: k,
      count: countOf(k) - (myReaction === k ? 1 : 0) + (next === k ? 1 : 0),
    })).filter((c) => c.count > 0);
    // With __typename, so the cache can normalise the optimistic post (the generated type omits it).
    const optimisticResponse = { react: { __typename: 'PostPayload' as const, post: { __typename: 'Post' as const, id: postId, myReaction: next, reactionCounts: optimistic } } };
    react({ variables: { input: { postId, kind: next } }, optimisticResponse }).catch(() => undefined);
  };
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap" role="group" aria-label={t('feeds.reactions.label')}>
        {REACTION_KINDS.map(({ kind, icon: KindIcon }) => {
          const count = countOf(kind);
          const mine = myReaction === kind;
          return (
            <Button
              key={kind}
              size="compact-sm"
              radius="xl"
              variant={mine ? 'light' : 'subtle'}
              color={mine ? 'blue' : 'gray'}
              aria-pressed={mine}
              aria-label={t('feeds.reactions.toggle', { reaction: t(`feeds.reactions.kinds.${kind}`), count })}
              leftSection={<KindIcon size={16} aria-hidden="true" />}
              onClick={() => toggle(kind)}
            >
              <span aria-hidden="true">{count > 0 ? count : t(`feeds.reactions.kinds.${kind}`)}</span>
            </Button>
          );
        })}
        {total > 0 ? <WhoReacted postId={postId} total={total} /> : null}
      </Group>
      {error ? (
        <Text size="xs" c="red" role="alert">
          {messages(error).join(' ')}
        </Text>
      ) : null}
    </Stack>
  );
}

function WhoReacted({ postId, total }: { postId: string; total: number }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Anchor component="button" type="button" size="xs" c="dimmed" onClick={() => setOpened((o) => !o)} aria-expanded={opened}>
          {t('feeds.reactions.whoReacted', { count: total })}
        </Anchor>
      </Popover.Target>
      <Popover.Dropdown maw={320}>{opened ? <ReactorList postId={postId} /> : null}</Popover.Dropdown>
    </Popover>
  );
}

export function ReactorList({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, loading, error, fetchMore, refetch } = useQuery(PostReactorsDocument, { variables: { id: postId, first: REACTORS_PAGE, after: null, kind: null }, notifyOnNetworkStatusChange: true });
  const page = data?.post.reactors;
  if (error && !page) {
    return (
      <Stack gap={4}>
        <Text size="sm">{messages(error).join(' ')}</Text>
        <Button size="xs" variant="light" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  if (!page) return <Text size="sm">{t('common.loading')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} component="h3" m={0}>
        {t('feeds.reactions.whoReactedTitle')}
      </Text>
      <Stack component="ul" gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('feeds.reactions.whoReactedTitle')}>
        {page.edges.map(({ node }) => (
          <Group component="li" key={node.user.id} gap="xs" wrap="nowrap">
            <UserAvatar initials={node.user.initials} seed={node.user.id} src={node.user.photoThumbnailUrl} size="sm" />
            <Anchor component={Link} to={profilePath(node.user.id)} size="sm" dir="auto" style={{ flex: 1, minWidth: 0 }}>
              {node.user.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t(`feeds.reactions.kinds.${node.kind}`)}
            </Text>
          </Group>
        ))}
      </Stack>
      {page.pageInfo.hasNextPage ? (
        <UnstyledButton
          onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
          disabled={loading}
          fz="sm"
          c="blue"
        >
          {t('feeds.feed.loadMore')}
        </UnstyledButton>
      ) : null}
    </Stack>
  );
}
