import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { FollowDocument, UnfollowDocument } from '@pillars/web/feeds/data-access';
import type { FollowKind } from '@pillars/web/graphql';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Follow or unfollow a team, person or topic. The API does not say yet whether the viewer follows
 * something, so the button starts at "Follow" and keeps the answer of the last press.
 */
export function FollowButton({ kind, target, name, initial = false }: { kind: FollowKind; target: string; name?: string; initial?: boolean }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [following, setFollowing] = useState(initial);
  const [follow, followState] = useMutation(FollowDocument, { refetchQueries: ['HomeFeed'] });
  const [unfollow, unfollowState] = useMutation(UnfollowDocument, { refetchQueries: ['HomeFeed'] });
  const error = followState.error ?? unfollowState.error;
  const toggle = () => {
    const run = following ? unfollow : follow;
    run({ variables: { input: { kind, target } } })
      .then((res) => {
        const payload = res.data && ('follow' in res.data ? res.data.follow : 'unfollow' in res.data ? res.data.unfollow : null);
        if (payload) setFollowing(payload.following);
      })
      .catch(() => undefined);
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
