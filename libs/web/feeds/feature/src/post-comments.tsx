import type { Reference } from '@apollo/client';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { CommentRepliesDocument, CreateCommentDocument, DeleteCommentDocument, PostCommentsDocument } from '@pillars/web/feeds/data-access';
import type { CommentFieldsFragment, CommentRepliesPageFragment } from '@pillars/web/graphql';
import { RelativeTime, UserAvatar } from '@pillars/web/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { commentAnchorId, profilePath } from './feed-paths';
import { MentionTextarea } from './mention-textarea';
import { PostBody } from './post-body';

const COMMENTS_PAGE = 10;
/** Replies per "more replies" page (the thread query brings the first 10 of each comment). */
const REPLIES_PAGE = 20;

/** Comments of a post, oldest first, with one level of replies and a composer. */
export function PostComments({ postId, teamId, highlightId = null }: { postId: string; teamId: string | null; highlightId?: string | null }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  // A live refetch merges (the type policies keep the replies paged in after the thread's first ones).
  const { data, error, loading, fetchMore, refetch } = useQuery(PostCommentsDocument, {
    variables: { id: postId, first: COMMENTS_PAGE, after: null },
    notifyOnNetworkStatusChange: true,
    refetchWritePolicy: 'merge',
  });
  const page = data?.post.comments;
  const loaded = page !== undefined;
  useEffect(() => {
    if (!loaded || !highlightId) return;
    const el = document.getElementById(commentAnchorId(highlightId));
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [loaded, highlightId]);
  if (error && !page) {
    return (
      <Stack gap={4} role="alert">
        <Text size="sm">{messages(error).join(' ')}</Text>
        <Button size="xs" variant="light" w="fit-content" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  if (!page) return <Text size="sm" c="dimmed">{t('common.loading')}</Text>;
  return (
    <Stack gap="sm">
      {page.edges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('feeds.comments.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('feeds.comments.title')}>
          {page.edges.map(({ node }) => (
            <li key={node.id}>
              <CommentItem comment={node} highlighted={node.id === highlightId} />
              <Stack gap="xs" ps="xl" mt="xs">
                <Replies commentId={node.id} replies={node.replies} highlightId={highlightId} />
                <ReplyBox postId={postId} parentId={node.id} teamId={teamId} />
              </Stack>
            </li>
          ))}
        </Stack>
      )}
      {page.pageInfo.hasNextPage ? (
        <Button size="xs" variant="subtle" w="fit-content" loading={loading} onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
          {t('feeds.comments.loadMore')}
        </Button>
      ) : null}
      <CommentComposer postId={postId} parentId={null} teamId={teamId} />
    </Stack>
  );
}

/** A comment's replies, oldest first, and a "more replies" button while the keyset has more. */
function Replies({ commentId, replies, highlightId }: { commentId: string; replies: CommentRepliesPageFragment; highlightId: string | null }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  // The page lands in `Comment.replies`, where the thread reads it (the type policy appends it).
  const [loadMore, { loading, error }] = useLazyQuery(CommentRepliesDocument, { fetchPolicy: 'network-only' });
  return (
    <>
      {replies.edges.length > 0 ? (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('feeds.comments.replies')}>
          {replies.edges.map(({ node: reply }) => (
            <li key={reply.id}>
              <CommentItem comment={reply} highlighted={reply.id === highlightId} />
            </li>
          ))}
        </Stack>
      ) : null}
      {error ? (
        <Text size="xs" c="red" role="alert">
          {messages(error).join(' ')}
        </Text>
      ) : null}
      {replies.pageInfo.hasNextPage ? (
        <Button
          size="xs"
          variant="subtle"
          w="fit-content"
          loading={loading}
          onClick={() => void loadMore({ variables: { id: commentId, first: REPLIES_PAGE, after: replies.pageInfo.endCursor ?? null } }).catch(() => undefined)}
        >
          {t('feeds.comments.loadMoreReplies')}
        </Button>
      ) : null}
    </>
  );
}

function CommentItem({ comment, highlighted = false }: { comment: CommentFieldsFragment; highlighted?: boolean }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const [remove, { loading }] = useMutation(DeleteCommentDocument, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Comment', id: comment.id }) });
      cache.modify({ id: cache.identify({ __typename: 'Post', id: comment.postId }), fields: { commentCount: (n: number) => Math.max(0, n - 1) } });
      cache.gc();
    },
  });
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      id={commentAnchorId(comment.id)}
      tabIndex={highlighted ? -1 : undefined}
      aria-current={highlighted ? 'true' : undefined}
      p={highlighted ? 6 : undefined}
      style={highlighted ? { borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-yellow-light)', outline: 'none' } : undefined}
    >
      <UserAvatar initials={comment.author?.initials ?? '?'} seed={comment.author?.id ?? comment.id} src={comment.author?.photoThumbnailUrl} size="sm" />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          {comment.author ? (
            <Anchor component={Link} to={profilePath(comment.author.id)} size="sm" fw={600} dir="auto">
              {comment.author.name}
            </Anchor>
          ) : (
            <Text size="sm" fw={600}>
              {t('feeds.post.formerMember')}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            <RelativeTime value={comment.createdAt} />
          </Text>
          {comment.canDelete ? (
            <Anchor component="button" type="button" size="xs" c="dimmed" onClick={modal.open}>
              {t('feeds.comments.delete')}
            </Anchor>
          ) : null}
        </Group>
        <PostBody html={comment.bodyHtml} />
      </Stack>
      <Modal opened={opened} onClose={modal.close} title={t('feeds.comments.deleteTitle')} centered>
        <Stack>
          <Text size="sm">{t('feeds.comments.deleteBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => remove({ variables: { id: comment.id } }).then(modal.close, modal.close)}>
              {t('feeds.comments.confirmDelete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}

function ReplyBox({ postId, parentId, teamId }: { postId: string; parentId: string; teamId: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Anchor component="button" type="button" size="xs" w="fit-content" onClick={() => setOpen(true)}>
        {t('feeds.comments.reply')}
      </Anchor>
    );
  }
  return <CommentComposer postId={postId} parentId={parentId} teamId={teamId} autoFocus onDone={() => setOpen(false)} />;
}

export function CommentComposer({ postId, parentId, teamId, autoFocus, onDone }: { postId: string; parentId: string | null; teamId: string | null; autoFocus?: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
  const { messages, fieldMessage } = useErrorMessages();
  const [body, setBody] = useState('');
  const [create, { loading, error, reset }] = useMutation(CreateCommentDocument, {
    update(cache, { data }) {
      const comment = data?.createComment.comment;
      if (!comment) return;
      const ref = cache.identify(comment);
      const owner = parentId ? cache.identify({ __typename: 'Comment', id: parentId }) : cache.identify({ __typename: 'Post', id: postId });
      const field = parentId ? 'replies' : 'comments';
      cache.modify({
        id: owner,
        fields: {
          [field]: (value: unknown, { toReference }) => {
            const existing = (value ?? {}) as { edges?: { cursor: string; node: Reference }[]; pageInfo?: { hasNextPage?: boolean } };
            // Oldest first: a new comment belongs at the end, once the last page is loaded.
            if (existing.pageInfo?.hasNextPage || !ref) return value;
            return { ...existing, edges: [...(existing.edges ?? []), { __typename: 'CommentEdge', cursor: '', node: toReference(ref) }] };
          },
        },
      });
      cache.modify({ id: cache.identify({ __typename: 'Post', id: postId }), fields: { commentCount: (n: number) => n + 1 } });
    },
  });
  const submit = () => {
    if (loading || !body.trim()) return;
    create({ variables: { input: { postId, parentId, body } } })
      .then(() => {
        setBody('');
        onDone?.();
      })
      .catch(() => undefined);
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <div style={{ flex: 1, minWidth: 0 }}>
        <MentionTextarea
          value={body}
          onChange={(v) => {
            setBody(v);
            if (error) reset();
          }}
          teamId={teamId}
          label={parentId ? t('feeds.comments.writeReply') : t('feeds.comments.write')}
          hideLabel
          placeholder={parentId ? t('feeds.comments.writeReply') : t('feeds.comments.write')}
          minRows={1}
          autoFocus={autoFocus}
          maxLength={LIMITS.postBody}
          disabled={loading}
          error={error ? (fieldMessage(error, 'body') ?? messages(error).join(' ')) : undefined}
          onSubmit={submit}
        />
      </div>
      <Button size="sm" loading={loading} disabled={!body.trim()} onClick={submit}>
        {parentId ? t('feeds.comments.sendReply') : t('feeds.comments.send')}
      </Button>
    </Group>
  );
}
