import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { ErrorView, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { WikiDiffDocument, WikiRevisionDocument } from '@pillars/web/wiki/data-access';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WikiDiffView } from './wiki-diff-view';
import { useWikiDates } from './wiki-format';
import { mergeOnTop } from './wiki-merge';

export interface WikiConflict {
  pageId: string;
  /** The revision the user's edit started from. */
  base: number;
  /** The page's revision now (someone else's save). */
  current: number;
  mine: { title: string; body: string };
}

export interface WikiConflictDialogProps {
  conflict: WikiConflict | null;
  saving: boolean;
  /** Saves the merged text against `current`; a further conflict comes back as a new `conflict`. */
  onSave: (merged: { title: string; body: string }, base: number) => void;
  /** Back to the editor: the user's own text stays there, untouched. */
  onClose: () => void;
  /** Goes on editing the merged text in the editor, against `current`. */
  onContinue: (merged: { title: string; body: string }, base: number) => void;
  error?: unknown;
}

/**
 * Someone saved the page while the user edited it. The dialog shows what they changed (their
 * revision against the user's base), the user's own text, and a merged text to edit, started as
 * "mine applied on top of theirs". Nothing the user typed is dropped: their text stays visible
 * and in the editor until a save succeeds.
 */
export function WikiConflictDialog({ conflict, saving, onSave, onClose, onContinue, error }: WikiConflictDialogProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { moment } = useWikiDates();
  const id = useId();
  const skip = !conflict;
  const vars = { pageId: conflict?.pageId ?? '' };
  const base = useQuery(WikiRevisionDocument, { variables: { ...vars, number: conflict?.base ?? 1 }, skip, fetchPolicy: 'network-only' });
  const theirs = useQuery(WikiRevisionDocument, { variables: { ...vars, number: conflict?.current ?? 1 }, skip, fetchPolicy: 'network-only' });
  const diff = useQuery(WikiDiffDocument, { variables: { ...vars, from: conflict?.base ?? 1, to: conflict?.current ?? 1 }, skip, fetchPolicy: 'network-only' });
  const baseRev = base.data?.wikiRevision;
  const theirRev = theirs.data?.wikiRevision;
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [clean, setClean] = useState(true);
  const markers = { mine: t('wiki.conflict.markerMine'), theirs: t('wiki.conflict.markerTheirs') };

  const key = conflict && baseRev && theirRev ? `${conflict.pageId}:${conflict.base}:${conflict.current}` : '';
  useEffect(() => {
    if (!key || !conflict || !baseRev || !theirRev) return;
    const merged = mergeOnTop(baseRev.body, conflict.mine.body, theirRev.body, markers);
    setBody(merged.text);
    setClean(merged.clean);
    setTitle(conflict.mine.title !== baseRev.title ? conflict.mine.title : theirRev.title);
    // Started once per conflict; later edits are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const failed = base.error ?? theirs.error ?? diff.error;
  const ready = !!(baseRev && theirRev && diff.data);
  return (
    <Modal opened={!!conflict} onClose={onClose} title={t('wiki.conflict.title')} size="90rem" fullScreen={false} closeButtonProps={{ 'aria-label': t('wiki.conflict.backToEditor') }}>
      {!conflict ? null : failed ? (
        <ErrorView messages={messages(failed)} retryLabel={t('common.retry')} onRetry={() => void Promise.all([base.refetch(), theirs.refetch(), diff.refetch()])} />
      ) : !ready || !theirRev ? (
        <Text role="status">{t('common.loading')}</Text>
      ) : (
        <Stack gap="md">
          <Alert color="orange" variant="light">
            <Text size="sm">
              {t('wiki.conflict.explain', { base: conflict.base, current: conflict.current, date: moment(theirRev.createdAt) })} <bdi>{theirRev.author?.name ?? ''}</bdi>
            </Text>
            <Text size="sm">{t('wiki.conflict.safe')}</Text>
          </Alert>
          <Stack gap={4} component="section" aria-labelledby={`${id}-theirs`}>
            <Title order={3} fz="h5" id={`${id}-theirs`}>
              {t('wiki.conflict.theirChange')}
            </Title>
            <WikiDiffView parts={diff.data?.wikiDiff.parts ?? []} fromLabel={t('wiki.conflict.yourBase', { number: conflict.base })} toLabel={t('wiki.conflict.theirVersion', { number: conflict.current })} initialMode="inline" />
          </Stack>
          <UserTextarea label={t('wiki.conflict.yourText')} description={t('wiki.conflict.yourTextHint')} value={conflict.mine.body} readOnly autosize minRows={4} maxRows={12} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
          <Stack gap="xs" component="section" aria-labelledby={`${id}-merge`}>
            <Title order={3} fz="h5" id={`${id}-merge`}>
              {t('wiki.conflict.merged')}
            </Title>
            <Group gap="xs" wrap="wrap">
              <Button variant="default" size="xs" onClick={() => { setBody(theirRev.body); setTitle(theirRev.title); }}>
                {t('wiki.conflict.takeTheirs')}
              </Button>
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  const merged = mergeOnTop(baseRev?.body ?? '', conflict.mine.body, theirRev.body, markers);
                  setBody(merged.text);
                  setClean(merged.clean);
                }}
              >
                {t('wiki.conflict.mineOnTop')}
              </Button>
              <Button variant="default" size="xs" onClick={() => { setBody(conflict.mine.body); setTitle(conflict.mine.title); }}>
                {t('wiki.conflict.keepMine')}
              </Button>
            </Group>
            {!clean ? (
              <Text size="sm" c="orange.8" role="status">
                {t('wiki.conflict.notClean')}
              </Text>
            ) : null}
            <UserTextInput label={t('wiki.editor.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            <UserTextarea label={t('wiki.conflict.mergedText')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={8} maxRows={24} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
          </Stack>
          {error ? (
            <Alert color="red" role="alert">
              {messages(error).join(' ')}
            </Alert>
          ) : null}
          <Group gap="sm" justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={onClose}>
              {t('wiki.conflict.backToEditor')}
            </Button>
            <Button variant="light" disabled={!title.trim()} onClick={() => onContinue({ title, body }, conflict.current)}>
              {t('wiki.conflict.continue')}
            </Button>
            <Button loading={saving} disabled={!title.trim()} onClick={() => onSave({ title, body }, conflict.current)}>
              {t('wiki.conflict.saveMerged', { number: conflict.current })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
