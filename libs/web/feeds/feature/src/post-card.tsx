import { useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Badge, Button, Card, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages, useLiveRoom } from '@pillars/web/core/data-access';
import { DeletePostDocument, postRoom, UpdatePostDocument } from '@pillars/web/feeds/data-access';
import type { PostCardFragment } from '@pillars/web/graphql';
import { FlipInRtl, RelativeTime, UserAvatar } from '@pillars/web/ui';
import { IconChevronRight, IconDots, IconMessageCircle, IconPencil, IconPin, IconTrash } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { profilePath } from './feed-paths';
import { MentionTextarea } from './mention-textarea';
import { PostBody } from './post-body';
import { AnnouncementActions, AnnouncementBadge, PostAttachments } from './post-card-slots';
import { PostComments } from './post-comments';
import { PostVersionsModal } from './post-versions';
import { ReactionsBar } from './reactions-bar';
import { TeamFeedName } from './team-name';

export interface PostCardProps {
  post: PostCardFragment;
  /** Show the team's name (not in that team's own feed). */
  showTeam?: boolean;
  /** Extra actions under the body (the moderation queue's approve and reject). */
  footer?: ReactNode;
  /** Without reactions and comments (a queued post). */
  compact?: boolean;
  /** Open the comments at once (the post's permalink page). */
  commentsOpen?: boolean;
  /** A comment to scroll to and mark (a notification's link). */
  highlightCommentId?: string | null;
}

export function PostCard({ post, showTeam = true, footer, compact = false, commentsOpen: openAtFirst = false, highlightCommentId = null }: PostCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [versions, versionsModal] = useDisclosure(false);
  const [confirm, confirmModal] = useDisclosure(false);
  const [commentsOpen, setCommentsOpen] = useState(openAtFirst);
  const { messages } = useErrorMessages();
  // An announcement's comments and reactions reach no feed room (its audience is not the feed's):
  // its card follows the post's own room.
  useLiveRoom(post.isAnnouncement && post.status === 'PUBLISHED' ? postRoom(post.id) : null);
  const [remove, removal] = useMutation(DeletePostDocument, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Post', id: post.id }) });
      cache.gc();
    },
  });
  const pinned = post.pinnedUntil && Date.parse(post.pinnedUntil) > Date.now();
  const canAct = post.abilities.canEdit || post.abilities.canDelete;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <UserAvatar initials={post.author?.initials ?? '?'} seed={post.author?.id ?? post.id} src={post.author?.photoThumbnailUrl} />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap={6} wrap="wrap" id={titleId}>
                {post.author ? (
                  <Anchor component={Link} to={profilePath(post.author.id)} fw={600} size="sm" dir="auto">
                    {post.author.name}
                  </Anchor>
                ) : (
                  <Text fw={600} size="sm">
                    {t('feeds.post.formerMember')}
                  </Text>
                )}
                {showTeam && post.teamId ? (
                  <>
                    <FlipInRtl>
                      <IconChevronRight size={14} aria-hidden="true" style={{ color: 'var(--mantine-color-dimmed)' }} />
                    </FlipInRtl>
                    <TeamFeedName teamId={post.teamId} />
                  </>
                ) : null}
              </Group>
              <Group gap={6} wrap="wrap">
                <Text size="xs" c="dimmed">
                  <RelativeTime value={post.createdAt} />
                </Text>
                {post.editedAt ? (
                  <Anchor component="button" type="button" size="xs" c="dimmed" onClick={versionsModal.open} aria-haspopup="dialog">
                    {t('feeds.post.edited')}
                  </Anchor>
                ) : null}
              </Group>
            </Stack>
          </Group>
          <Group gap={6} wrap="nowrap">
            {pinned ? <IconPin size={16} aria-label={t('feeds.post.pinned')} role="img" /> : null}
            <AnnouncementBadge post={post} />
            {post.status === 'PENDING' ? <Badge color="yellow" variant="light">{t('feeds.post.pending')}</Badge> : null}
            {post.status === 'REJECTED' ? <Badge color="red" variant="light">{t('feeds.post.rejected')}</Badge> : null}
            {canAct && !editing ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('feeds.post.actions')}>
                    <IconDots size={18} aria-hidden="true" />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {post.abilities.canEdit ? (
                    <Menu.Item leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => setEditing(true)}>
                      {t('feeds.post.edit')}
                    </Menu.Item>
                  ) : null}
                  {post.abilities.canDelete ? (
                    <Menu.Item color="red" c="var(--mantine-color-error)" leftSection={<IconTrash size={16} aria-hidden="true" />} onClick={confirmModal.open}>
                      {t('feeds.post.delete')}
                    </Menu.Item>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        </Group>

        {post.status === 'REJECTED' && post.rejectionReason ? (
          <Text size="sm" c="red" dir="auto">
            {t('feeds.post.rejectedReason', { reason: post.rejectionReason })}
          </Text>
        ) : null}

        {editing ? <EditPost post={post} onDone={() => setEditing(false)} /> : <PostBody html={post.bodyHtml} language={post.language} />}
        <PostAttachments post={post} />
        <AnnouncementActions post={post} commentsOpen={commentsOpen} />
        {footer}

        {!compact && post.status === 'PUBLISHED' ? (
          <>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <ReactionsBar postId={post.id} myReaction={post.myReaction} counts={post.reactionCounts} />
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={<IconMessageCircle size={16} aria-hidden="true" />}
                aria-expanded={commentsOpen}
                onClick={() => setCommentsOpen((o) => !o)}
              >
                {commentsOpen ? t('feeds.comments.hide') : t('feeds.comments.show', { count: post.commentCount })}
              </Button>
            </Group>
            {commentsOpen ? <PostComments postId={post.id} teamId={post.teamId} highlightId={highlightCommentId} /> : null}
          </>
        ) : null}
      </Stack>

      <PostVersionsModal post={post} opened={versions} onClose={versionsModal.close} />
      <Modal opened={confirm} onClose={confirmModal.close} title={t('feeds.post.deleteTitle')} centered>
        <Stack>
          <Text size="sm">{t('feeds.post.deleteBody')}</Text>
          {removal.error ? (
            <Text size="sm" c="red" role="alert">
              {messages(removal.error).join(' ')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirmModal.close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={removal.loading} onClick={() => remove({ variables: { id: post.id } }).then(confirmModal.close, () => undefined)}>
              {t('feeds.post.confirmDelete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function EditPost({ post, onDone }: { post: PostCardFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const { messages, fieldMessage } = useErrorMessages();
  const [body, setBody] = useState(post.body);
  const [update, { loading, error }] = useMutation(UpdatePostDocument);
  const save = () => {
    if (loading || !body.trim()) return;
    update({ variables: { input: { id: post.id, body, expectedVersion: post.version } } })
      .then(onDone)
      .catch(() => undefined);
  };
  return (
    <Stack gap="xs">
      <MentionTextarea
        value={body}
        onChange={setBody}
        teamId={post.teamId}
        label={t('feeds.post.editLabel')}
        maxLength={LIMITS.postBody}
        disabled={loading}
        error={error ? (fieldMessage(error, 'body') ?? messages(error).join(' ')) : undefined}
        onSubmit={save}
      />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onDone} disabled={loading}>
          {t('common.cancel')}
        </Button>
        <Button onClick={save} loading={loading} disabled={!body.trim() || body === post.body}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
