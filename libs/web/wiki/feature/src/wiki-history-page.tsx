import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Radio, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { isNotFound, useErrorMessages, useLiveRoom } from '@pillars/web/core/data-access';
import { ConfirmButton, EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { RestoreWikiRevisionDocument, WIKI_PAGE_QUERIES, WikiDiffDocument, wikiPageRoom, WikiRevisionsDocument } from '@pillars/web/wiki/data-access';
import { IconArrowBackUp, IconLock } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { WikiDiffView } from './wiki-diff-view';
import { PAGE_SIZE, useWikiDates } from './wiki-format';
import { wikiPagePath } from './wiki-paths';

/** A page's revisions, newest first; any two compared word by word; an old one restored as a new revision. */
export function WikiHistoryPage() {
  const { spaceKey = '', slug = '' } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { moment } = useWikiDates();
  const headingId = useId();
  const [search, setSearch] = useSearchParams();
  const { data, error, refetch, fetchMore, loading } = useQuery(WikiRevisionsDocument, { variables: { spaceKey, slug, first: PAGE_SIZE, after: null } });
  const page = data?.wikiPageBySlug;
  useLiveRoom(page ? wikiPageRoom(page.id) : null);
  usePageTitle(t('wiki.history.documentTitle', { title: page?.title ?? '' }));
  const latest = page?.revisionNumber ?? 0;
  const to = Number(search.get('to')) || latest;
  const from = Number(search.get('from')) || Math.max(1, to - 1);
  const pick = (which: 'from' | 'to', n: number) =>
    setSearch(
      (s) => {
        const next = new URLSearchParams(s);
        next.set(which, String(n));
        return next;
      },
      { replace: true },
    );
  const comparing = page && from !== to && from >= 1 && to >= 1;
  const diff = useQuery(WikiDiffDocument, { variables: { pageId: page?.id ?? '', from: Math.min(from, to), to: Math.max(from, to) }, skip: !comparing });
  const [restore, restoring] = useMutation(RestoreWikiRevisionDocument, { refetchQueries: WIKI_PAGE_QUERIES, awaitRefetchQueries: true });
  const [restored, setRestored] = useState<number | null>(null);

  if (error && !page) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.page.notFound')} />;
    return <ErrorView title={t('wiki.history.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (data && !page) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.page.notFound')} />;
  if (!page) return <PageSkeleton label={t('common.loading')} />;
  const revisions = page.revisions.edges.map((e) => e.node);
  const { hasNextPage, endCursor } = page.revisions.pageInfo;

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={1} fz="h2" id={headingId}>
          {t('wiki.history.title')}
        </Title>
        <Anchor component={Link} to={wikiPagePath(page.space.key, page.slug)} dir="auto" size="sm">
          {page.title}
        </Anchor>
      </Stack>
      {restored ? (
        <Alert color="teal" role="status">
          {t('wiki.history.restored', { number: restored, latest })}
        </Alert>
      ) : null}
      {restoring.error ? (
        <Alert color="red" role="alert">
          {messages(restoring.error).join(' ')}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('wiki.history.compareFrom')}</Table.Th>
              <Table.Th>{t('wiki.history.compareTo')}</Table.Th>
              <Table.Th>{t('wiki.history.revision')}</Table.Th>
              <Table.Th>{t('wiki.history.author')}</Table.Th>
              <Table.Th>{t('wiki.history.when')}</Table.Th>
              <Table.Th>{t('wiki.history.summary')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('wiki.history.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {revisions.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Radio name="from" checked={from === r.number} onChange={() => pick('from', r.number)} aria-label={t('wiki.history.fromLabel', { number: r.number })} />
                </Table.Td>
                <Table.Td>
                  <Radio name="to" checked={to === r.number} onChange={() => pick('to', r.number)} aria-label={t('wiki.history.toLabel', { number: r.number })} />
                </Table.Td>
                <Table.Td>
                  {r.number}
                  {r.number === latest ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {t('wiki.history.current')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <bdi>{r.author?.name ?? '—'}</bdi>
                </Table.Td>
                <Table.Td>{moment(r.createdAt)}</Table.Td>
                <Table.Td>
                  <span dir="auto">{r.summary ?? ''}</span>
                  {r.restoredFrom ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {t('wiki.history.restoredFrom', { number: r.restoredFrom })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {page.abilities.canEdit && r.number !== latest ? (
                    <ConfirmButton
                      size="xs"
                      variant="default"
                      leftSection={<IconArrowBackUp size={14} aria-hidden="true" />}
                      loading={restoring.loading}
                      aria-label={t('wiki.history.restoreLabel', { number: r.number })}
                      label={t('wiki.history.restore')}
                      title={t('wiki.history.restoreTitle', { number: r.number })}
                      body={t('wiki.history.restoreBody')}
                      confirmLabel={t('wiki.history.restore')}
                      cancelLabel={t('common.cancel')}
                      onConfirm={() =>
                        restore({ variables: { input: { pageId: page.id, number: r.number, baseRevision: latest } } })
                          .then(() => {
                            setRestored(r.number);
                            setSearch(new URLSearchParams(), { replace: true });
                          })
                          .catch(() => undefined)
                      }
                    />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasNextPage ? (
        <Button variant="default" w="fit-content" loading={loading} onClick={() => void fetchMore({ variables: { after: endCursor } })}>
          {t('wiki.loadMore')}
        </Button>
      ) : null}
      <Stack gap="xs" component="section" aria-labelledby={`${headingId}-diff`}>
        <Title order={2} fz="h4" id={`${headingId}-diff`}>
          {comparing ? t('wiki.history.diffTitle', { from: Math.min(from, to), to: Math.max(from, to) }) : t('wiki.history.diffPick')}
        </Title>
        {!comparing ? null : diff.error ? (
          <ErrorView messages={messages(diff.error)} retryLabel={t('common.retry')} onRetry={() => void diff.refetch()} />
        ) : !diff.data ? (
          <Text role="status">{t('common.loading')}</Text>
        ) : (
          <WikiDiffView
            parts={diff.data.wikiDiff.parts}
            fromLabel={t('wiki.history.revisionN', { number: diff.data.wikiDiff.from })}
            toLabel={t('wiki.history.revisionN', { number: diff.data.wikiDiff.to })}
          />
        )}
        {comparing && diff.data && diff.data.wikiDiff.titleParts.some((p) => p.kind !== 'SAME') ? (
          <Text size="sm">
            {t('wiki.history.titleChanged')}{' '}
            {diff.data.wikiDiff.titleParts.map((p, i) =>
              p.kind === 'SAME' ? <span key={i}>{p.value}</span> : p.kind === 'ADDED' ? <ins key={i}>+{p.value}</ins> : <del key={i}>−{p.value}</del>,
            )}
          </Text>
        ) : null}
      </Stack>
      <Group>
        <Anchor component={Link} to={wikiPagePath(page.space.key, page.slug)} size="sm">
          {t('wiki.editor.backToPage')}
        </Anchor>
      </Group>
    </Stack>
  );
}
