import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@pillars/shared/validation';
import { errorExtensions, hasErrorCode, isNotFound, useErrorMessages, useLiveRoom, usePresence, useSession } from '@pillars/web/core/data-access';
import type { WikiEditPageQuery } from '@pillars/web/graphql';
import { EmptyView, ErrorView, PageSkeleton, UserTextInput } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { DiscardWikiDraftDocument, SaveWikiDraftDocument, SaveWikiPageDocument, WIKI_TREE_QUERIES, WikiEditPageDocument, wikiPageRoom } from '@pillars/web/wiki/data-access';
import { IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { WikiConflictDialog, type WikiConflict } from './wiki-conflict-dialog';
import { WikiArchivedBanner } from './wiki-archive';
import { WikiEditingNow } from './wiki-editing-now';
import { useWikiDates, WIKI_LANGUAGES } from './wiki-format';
import { WikiMarkdownEditor } from './wiki-markdown-editor';
import { wikiPagePath } from './wiki-paths';

/** How long typing pauses before the draft is saved. */
export const DRAFT_DELAY_MS = 1500;

type EditedPage = NonNullable<WikiEditPageQuery['wikiPageBySlug']>;

/** The editor route: loads the page (and the viewer's draft), then edits it. */
export function WikiEditorPage() {
  const { spaceKey = '', slug = '' } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  // Fresh when the editor opens. Not `cache-only` afterwards: Apollo's refetchQueries skips such
  // queries, so the socket's refetch after another person's save would never reach the editor and
  // it could not say so. The editor's text is its own state: a refetch never resets it.
  const { data, error, refetch } = useQuery(WikiEditPageDocument, { variables: { spaceKey, slug }, fetchPolicy: 'network-only' });
  const page = data?.wikiPageBySlug;
  // Someone else's save refetches the page: the editor then says so (its text stays).
  useLiveRoom(page ? wikiPageRoom(page.id) : null);
  usePageTitle(t('wiki.editor.documentTitle', { title: page?.title ?? '' }));
  if (error && !page) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.page.notFound')} />;
    return <ErrorView title={t('wiki.editor.heading')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (data && !page) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.page.notFound')} />;
  if (!page) return <PageSkeleton label={t('common.loading')} />;
  if (!page.abilities.canEdit) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.editor.notAllowed')} />;
  return <WikiEditor key={page.id} page={page} />;
}

const differs = (a: { title: string; body: string }, b: { title: string; body: string }) => a.title !== b.title || a.body !== b.body;

/**
 * Edits one page against a base revision. Typing autosaves the viewer's draft (so a closed tab
 * loses nothing); a draft left from before is offered on opening; a save against a stale base
 * opens the conflict dialog instead of overwriting.
 */
export function WikiEditor({ page }: { page: EditedPage }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const { messages } = useErrorMessages();
  const { moment } = useWikiDates();
  const headingId = useId();
  const [title, setTitle] = useState(page.title);
  const [body, setBody] = useState(page.body);
  const [language, setLanguage] = useState(page.language);
  const [summary, setSummary] = useState('');
  const [base, setBase] = useState(page.revisionNumber);
  const [conflict, setConflict] = useState<WikiConflict | null>(null);
  const draft = page.myDraft && differs(page.myDraft, page) ? page.myDraft : null;
  const [offer, setOffer] = useState(draft);
  const [draftSavedAt, setDraftSavedAt] = useState<string | null>(null);
  const [saveDraft, draftSaving] = useMutation(SaveWikiDraftDocument);
  const [discardDraft] = useMutation(DiscardWikiDraftDocument);
  const [save, saving] = useMutation(SaveWikiPageDocument, { refetchQueries: WIKI_TREE_QUERIES });
  // "Ana is editing this page", to everyone with the page or its editor open.
  usePresence(wikiPageRoom(page.id));

  // Autosave: once typing pauses, and only when the text differs from the page and from the last draft sent.
  const [debounced] = useDebouncedValue({ title, body, base }, DRAFT_DELAY_MS);
  const lastDraft = useRef({ title: page.myDraft?.title ?? page.title, body: page.myDraft?.body ?? page.body });
  useEffect(() => {
    // While a draft is on offer, autosaving would overwrite it before the user chose.
    if (offer) return;
    if (!differs(debounced, lastDraft.current)) return;
    lastDraft.current = { title: debounced.title, body: debounced.body };
    saveDraft({ variables: { input: { pageId: page.id, baseRevision: debounced.base, title: debounced.title, body: debounced.body } } })
      .then((res) => setDraftSavedAt(res.data?.saveWikiDraft.draft?.updatedAt ?? new Date().toISOString()))
      .catch(() => undefined);
  }, [debounced, offer, page.id, saveDraft]);

  const submit = (text: { title: string; body: string }, against: number) => {
    if (!text.title.trim()) return;
    save({ variables: { input: { pageId: page.id, baseRevision: against, title: text.title, body: text.body, language, ...(summary.trim() ? { summary: summary.trim() } : {}) } } })
      .then((res) => {
        const saved = res.data?.saveWikiPage.page;
        setConflict(null);
        if (saved) navigate(wikiPagePath(saved.space.key, saved.slug));
      })
      .catch((e: unknown) => {
        if (!hasErrorCode(e, 'WIKI_REVISION_CONFLICT')) return;
        const current = Number(errorExtensions(e, 'WIKI_REVISION_CONFLICT')?.['currentRevision']);
        if (!Number.isInteger(current)) return;
        // The editor keeps the user's text; the dialog shows theirs beside it.
        setConflict({ pageId: page.id, base: against, current, mine: text });
      });
  };
  const conflictError = saving.error && !hasErrorCode(saving.error, 'WIKI_REVISION_CONFLICT') ? saving.error : null;

  return (
    <>
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        submit({ title, body }, base);
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.code === 'KeyS') {
          e.preventDefault();
          submit({ title, body }, base);
        }
      }}
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={1} id={headingId} fz="h2">
            {t('wiki.editor.heading')}
          </Title>
          <Anchor component={Link} to={wikiPagePath(page.space.key, page.slug)} size="sm">
            {t('wiki.editor.backToPage')}
          </Anchor>
        </Group>
        <WikiEditingNow pageId={page.id} />
        <WikiArchivedBanner pageId={page.id} archivedAt={page.archivedAt} canRestore={page.abilities.canAdmin || page.owner?.id === me?.id} />
        {offer ? (
          <Alert color="blue" variant="light" title={t('wiki.editor.draftFound')} role="region" aria-label={t('wiki.editor.draftFound')}>
            <Stack gap="xs">
              <Text size="sm">
                {t('wiki.editor.draftFrom', { date: moment(offer.updatedAt) })}
                {offer.baseRevision < page.revisionNumber ? ` ${t('wiki.editor.draftStale', { number: offer.baseRevision })}` : ''}
              </Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() => {
                    setTitle(offer.title || page.title);
                    setBody(offer.body);
                    // From its own base: if someone saved since, the save shows the conflict to merge.
                    setBase(offer.baseRevision);
                    lastDraft.current = { title: offer.title, body: offer.body };
                    setOffer(null);
                  }}
                >
                  {t('wiki.editor.restoreDraft')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setOffer(null);
                    lastDraft.current = { title: page.title, body: page.body };
                    void discardDraft({ variables: { pageId: page.id } }).catch(() => undefined);
                  }}
                >
                  {t('wiki.editor.discardDraft')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {page.revisionNumber > base && !conflict ? (
          <Alert color="orange" variant="light" role="status">
            {t('wiki.editor.savedMeanwhile', { number: page.revisionNumber })}
          </Alert>
        ) : null}
        <UserTextInput label={t('wiki.editor.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={LIMITS.title} required error={!title.trim() ? t('wiki.editor.titleRequired') : undefined} />
        <Group gap="md" wrap="wrap" align="flex-end">
          <NativeSelect label={t('wiki.editor.language')} value={language} onChange={(e) => setLanguage(e.currentTarget.value)} data={WIKI_LANGUAGES.map((l) => ({ value: l, label: t(`wiki.languages.${l}`) }))} w="fit-content" />
          <UserTextInput label={t('wiki.editor.summary')} description={t('wiki.editor.summaryHint')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} maxLength={500} style={{ flex: 1, minWidth: 220 }} />
        </Group>
        <WikiMarkdownEditor value={body} onChange={setBody} spaceId={page.space.id} language={language} label={t('wiki.editor.body')} />
        <Text size="xs" c="dimmed" role="status" aria-live="polite">
          {draftSaving.loading ? t('wiki.editor.draftSaving') : draftSavedAt ? t('wiki.editor.draftSaved', { date: moment(draftSavedAt) }) : ''}
        </Text>
        {conflictError ? (
          <Alert color="red" role="alert">
            {messages(conflictError).join(' ')}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button type="submit" loading={saving.loading && !conflict} leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}>
            {t('wiki.editor.save')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('wiki.editor.baseRevision', { number: base })}
          </Text>
        </Group>
      </Stack>
    </form>
      <WikiConflictDialog
        conflict={conflict}
        saving={saving.loading}
        error={conflict ? conflictError : null}
        onClose={() => setConflict(null)}
        onSave={(merged, current) => {
          setTitle(merged.title);
          setBody(merged.body);
          setBase(current);
          submit(merged, current);
        }}
        onContinue={(merged, current) => {
          setTitle(merged.title);
          setBody(merged.body);
          setBase(current);
          setConflict(null);
        }}
      />
    </>
  );
}
