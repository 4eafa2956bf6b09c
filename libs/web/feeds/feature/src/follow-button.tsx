import type { ApolloCache, StoreObject } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { FollowDocument, UnfollowDocument } from '@pillars/web/feeds/data-access';
import type { FollowKind } from '@pillars/web/graphql';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The cached objects that show whether the viewer follows `target` (keyed in feedsTypePolicies). */
const followViews = (kind: FollowKind, target: string): StoreObject[] =>
  kind === 'TEAM'
    ? [{ __typename: 'DiscoverTeam', teamId: target }, { __typename: 'TeamFeed', teamId: target }]
    : kind === 'TOPIC'
      ? [{ __typename: 'DiscoverTopic', topic: target }, { __typename: 'Topic', topic: target }]
      : [{ __typename: 'User', id: target }];

/** Writes the server's answer into every cached view of the target, so all buttons agree. */
export function writeFollowState(cache: ApolloCache, kind: FollowKind, target: string, following: boolean) {
  for (const view of followViews(kind, target)) {
    const id = cache.identify(view);
    if (id) cache.modify({ id, fields: { viewerFollows: () => following } });
  }
}

/**
 * Follow or unfollow a team, person or topic. `following` is the server's `viewerFollows`; the
 * mutation's answer is written into the cache, which re-renders every button for the same target.
 */
export function FollowButton({ kind, target, name, following }: { kind: FollowKind; target: string; name?: string; following: boolean }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const update = (cache: ApolloCache, payload: { kind: FollowKind; target: string; following: boolean } | undefined) => {
    if (payload) writeFollowState(cache, payload.kind, payload.target, payload.following);
  };
  const [follow, followState] = useMutation(FollowDocument, { refetchQueries: ['HomeFeed'], update: (cache, res) => update(cache, res.data?.follow) });
  const [unfollow, unfollowState] = useMutation(UnfollowDocument, { refetchQueries: ['HomeFeed'], update: (cache, res) => update(cache, res.data?.unfollow) });
  const error = followState.error ?? unfollowState.error;
  const toggle = () => {
    (following ? unfollow : follow)({ variables: { input: { kind, target } } }).catch(() => undefined);
  };
  return (
    <Button
      size="xs"
      variant={following ? 'light' : 'default'}
      aria-pressed={following}
      aria-label={name ? t(following ? 'feeds.follow.followingName' : 'feeds.follow.followName', { name }) : undefined}
      loading={followState.loading || unfollowState.loading}
      leftSection={following ? <IconCheck size={14} aria-hidden="true" /> : <IconPlus size={14} aria-hidden="true" />}
      onClick={toggle}
      title={error ? messages(error).join(' ') : undefined}
      color={error ? 'red' : undefined}
    >
      {following ? t('feeds.follow.following') : t('feeds.follow.follow')}
    </Button>
  );
}
