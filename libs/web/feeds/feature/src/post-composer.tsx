import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Kbd, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { CreatePostDocument, RenderPostPreviewDocument } from '@pillars/web/feeds/data-access';
import { AlreadyDone } from '@pillars/web/search/feature';
import { PreviewCard } from '@pillars/web/ui';
import { IconClockHour4, IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposerAttachments, useComposerAttachments } from './composer-attachments';
import { MentionTextarea } from './mention-textarea';
import { PostBody } from './post-body';

/** The feed queries a new post can appear in; only the active ones refetch. */
export const FEED_QUERIES = ['HomeFeed', 'CompanyFeed', 'TeamFeedPosts', 'TopicFeed', 'PendingPosts'];

export const PREVIEW_DELAY_MS = 400;

/** The live preview, rendered by the server exactly as the post will be. */
export function MarkdownPreview({ body, teamId }: { body: string; teamId?: string | null }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(body, PREVIEW_DELAY_MS);
  const text = debounced.trim() ? debounced : '';
  const { data, previousData, loading, error } = useQuery(RenderPostPreviewDocument, { variables: { body: text, teamId: teamId ?? null }, skip: !text });
  const html = (data ?? previousData)?.renderPostPreview.html;
  return (
    <PreviewCard
      label={t('feeds.composer.preview')}
      empty={!text}
      emptyText={t('feeds.composer.previewEmpty')}
      failed={!!error && !html}
      failedText={t('feeds.composer.previewFailed')}
      loading={loading}
    >
      {html !== undefined ? <PostBody html={html} /> : null}
    </PreviewCard>
  );
}

export interface PostComposerProps {
  /** Null: the company feed. */
  teamId: string | null;
  /** The team moderates and the viewer is not a lead: their post waits for approval. */
  moderated?: boolean;
  onPosted?: (post: { id: string; status: string }) => void;
  /** Offer a choice of feed (the home feed): the company or one of these teams. */
  teamChoices?: readonly { id: string; name: string }[];
}

export function PostComposer({ teamId: fixedTeamId, moderated = false, onPosted, teamChoices }: PostComposerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { messages, fieldMessage } = useErrorMessages();
  const [body, setBody] = useState('');
  const [chosenTeam, setChosenTeam] = useState<string>('');
  const teamId = teamChoices ? chosenTeam || null : fixedTeamId;
  const [showPreview, setShowPreview] = useState(true);
  const [queued, setQueued] = useState(false);
  const [create, { loading, error, reset }] = useMutation(CreatePostDocument, { refetchQueries: FEED_QUERIES });
  const files = useComposerAttachments();
  const empty = body.trim() === '';
  const tooLong = body.length > LIMITS.postBody;
  const submit = () => {
    if (loading || empty || tooLong || files.uploading) return;
    const attachmentIds = files.attachmentIds;
    create({ variables: { input: { body, teamId, ...(attachmentIds.length ? { attachmentIds } : {}) } } })
      .then((res) => {
        const post = res.data?.createPost.post;
        if (!post) return;
        setBody('');
        files.clear();
        setQueued(post.status === 'PENDING');
        onPosted?.(post);
      })
      .catch(() => undefined);
  };
  const errorText = error ? (fieldMessage(error, 'body') ?? messages(error).join(' ')) : tooLong ? t('feeds.composer.tooLong', { max: LIMITS.postBody }) : undefined;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h5" id={headingId}>
          {t('feeds.composer.title')}
        </Title>
        {moderated ? (
          <Text size="sm" c="dimmed">
            <IconClockHour4 size={14} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
            {t('feeds.composer.moderated')}
          </Text>
        ) : null}
        {teamChoices && teamChoices.length > 0 ? (
          <NativeSelect
            label={t('feeds.composer.postTo')}
            value={chosenTeam}
            onChange={(e) => setChosenTeam(e.currentTarget.value)}
            data={[{ value: '', label: t('feeds.composer.companyFeed') }, ...teamChoices.map((c) => ({ value: c.id, label: c.name }))]}
            w="fit-content"
            maw="100%"
          />
        ) : null}
        <MentionTextarea
          value={body}
          onChange={(v) => {
            setBody(v);
            setQueued(false);
            if (error) reset();
          }}
          teamId={teamId}
          label={t('feeds.composer.label')}
          placeholder={t('feeds.composer.placeholder')}
          description={t('feeds.composer.help')}
          error={errorText}
          disabled={loading}
          onSubmit={submit}
        />
        {/* "Already done?": pages and posts like this one's first line, so a question answered before is found first. */}
        <AlreadyDone text={body} kinds={['PAGE', 'POST']} />
        <ComposerAttachments items={files.items} onAdd={files.add} onRemove={files.remove} disabled={loading} />
        <Switch size="xs" checked={showPreview} onChange={(e) => setShowPreview(e.currentTarget.checked)} label={t('feeds.composer.showPreview')} />
        {showPreview && !empty ? <MarkdownPreview body={body} teamId={teamId} /> : null}
        {queued ? (
          <Alert color="yellow" variant="light" role="status" icon={<IconClockHour4 aria-hidden="true" />}>
            {t('feeds.composer.queued')}
          </Alert>
        ) : null}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> {t('feeds.composer.shortcut')}
          </Text>
          <Group gap="xs">
            <Text size="xs" c={tooLong ? 'red' : 'dimmed'} aria-live="polite">
              {t('feeds.composer.counter', { used: body.length, max: LIMITS.postBody })}
            </Text>
            <Button onClick={submit} loading={loading} disabled={empty || tooLong || files.uploading} leftSection={<IconSend size={16} aria-hidden="true" />}>
              {moderated ? t('feeds.composer.submitForApproval') : t('feeds.composer.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
