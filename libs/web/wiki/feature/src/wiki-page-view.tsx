import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { isNotFound, useErrorMessages, useLiveRoom, useSession } from '@pillars/web/core/data-access';
import { PostBody } from '@pillars/web/feeds/feature';
import { EmptyView, ErrorView, FlipInRtl, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { RecordWikiPageViewDocument, VerifyWikiPageDocument, WikiPageBySlugDocument, wikiPageRoom } from '@pillars/web/wiki/data-access';
import { IconAlertTriangle, IconArrowsMove, IconChevronRight, IconCircleCheck, IconEye, IconHistory, IconLock, IconPencil, IconUserShare } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useWikiDates } from './wiki-format';
import { WikiArchivedBanner } from './wiki-archive';
import { WikiEditingNow } from './wiki-editing-now';
import { WikiMoveDialog } from './wiki-move-dialog';
import { NewPageButton } from './wiki-new-page';
import { WikiPageExportMenu } from './wiki-transfer';
import { wikiEditPath, wikiHistoryPath, wikiPagePath, wikiSpacePath } from './wiki-paths';
import { useWikiSpace } from './wiki-space-context';
import { WikiStewardshipDialog } from './wiki-stewardship-dialog';

/** A page: where it sits, who owns it, whether it is due for verification, its text and what links to it. */
export function WikiPageView() {
  const { spaceKey = '', slug = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useSession();
  const { space, setOpenIds } = useWikiSpace();
  const { messages } = useErrorMessages();
  const { day } = useWikiDates();
  const headingId = useId();
  const { data, error, refetch } = useQuery(WikiPageBySlugDocument, { variables: { spaceKey, slug } });
  const page = data?.wikiPageBySlug;
  const [verify, verifying] = useMutation(VerifyWikiPageDocument);
  const [recordView] = useMutation(RecordWikiPageViewDocument);
  const pageId = page?.id;
  // An archived page takes no edits until it is restored (the banner's button): no Edit button meanwhile.
  const archived = !!page?.archivedAt;
  // One visit per page opened (the API counts it once a day); a failure to count is nobody's concern.
  useEffect(() => {
    if (pageId) void recordView({ variables: { pageId } }).catch(() => undefined);
  }, [pageId, recordView]);
  const [moving, setMoving] = useState(false);
  const [stewarding, setStewarding] = useState(false);
  // Someone's save refetches the page shown.
  useLiveRoom(page ? wikiPageRoom(page.id) : null);
  usePageTitle(page?.title ?? t('wiki.page.title'));
  const crumbKey = page ? [...page.breadcrumbs.map((c) => c.id), page.id].join(' ') : '';
  useEffect(() => {
    if (crumbKey) {
      const ids = crumbKey.split(' ');
      setOpenIds(ids.slice(0, -1), ids[ids.length - 1]);
    }
  }, [crumbKey, setOpenIds]);

  if (error && !page) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.page.notFound')} />;
    return <ErrorView title={t('wiki.page.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (data && !page) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.page.notFound')} />;
  if (!page) return <PageSkeleton label={t('common.loading')} />;
  // The API's rule for verifying and for handing ownership on alike: the owner or a space admin.
  const canVerify = page.abilities.canAdmin || page.owner?.id === me?.id;

  return (
    <Stack gap="md" component="article" aria-labelledby={headingId}>
      <Breadcrumbs
        aria-label={t('wiki.page.breadcrumbs')}
        separator={
          <FlipInRtl>
            <IconChevronRight size={14} />
          </FlipInRtl>
        }
        separatorMargin={6}
        style={{ flexWrap: 'wrap' }}
      >
        <Anchor component={Link} to={wikiSpacePath(space.key)} size="sm" dir="auto">
          {space.name}
        </Anchor>
        {page.breadcrumbs.map((crumb) => (
          <Anchor key={crumb.id} component={Link} to={wikiPagePath(space.key, crumb.slug)} size="sm" dir="auto">
            {crumb.title}
          </Anchor>
        ))}
      </Breadcrumbs>
      <Group justify="space-between" wrap="wrap" gap="sm" align="flex-start">
        <Title order={1} id={headingId} dir="auto" lang={page.language}>
          {page.title}
        </Title>
        <Group gap="xs" wrap="wrap">
          {page.abilities.canEdit && !archived ? (
            <Button component={Link} to={wikiEditPath(space.key, page.slug)} leftSection={<IconPencil size={16} aria-hidden="true" />}>
              {t('wiki.page.edit')}
            </Button>
          ) : null}
          <Button component={Link} to={wikiHistoryPath(space.key, page.slug)} variant="default" leftSection={<IconHistory size={16} aria-hidden="true" />}>
            {t('wiki.page.history')}
          </Button>
          <WikiPageExportMenu pageId={page.id} />
          {page.abilities.canEdit ? <NewPageButton parent={{ id: page.id, title: page.title }} /> : null}
          {page.abilities.canEdit ? (
            <Button variant="default" leftSection={<IconArrowsMove size={16} aria-hidden="true" />} onClick={() => setMoving(true)}>
              {t('wiki.move.button')}
            </Button>
          ) : null}
          {canVerify ? (
            <Button variant="default" leftSection={<IconUserShare size={16} aria-hidden="true" />} onClick={() => setStewarding(true)}>
              {t('wiki.stewardship.button')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <Group gap="sm" wrap="wrap">
        {page.owner ? (
          <Text size="sm" c="dimmed">
            {t('wiki.page.owner')} <bdi>{page.owner.name}</bdi>
          </Text>
        ) : null}
        {page.needsVerification ? (
          <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden="true" />} tt="none">
            {t('wiki.page.needsVerification')}
          </Badge>
        ) : page.verifiedAt && page.verifiedBy ? (
          <Text size="sm" c="dimmed">
            <IconCircleCheck size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} /> {t('wiki.page.verifiedBy', { date: day(page.verifiedAt) })} <bdi>{page.verifiedBy.name}</bdi>
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('wiki.page.reviewBy', { date: day(page.reviewBy) })}
        </Text>
        {page.viewStats ? (
          <Text size="sm" c="dimmed" title={t('wiki.page.viewsHint')}>
            <IconEye size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} /> {t('wiki.page.views', { count: page.viewStats.last30Days, viewers: page.viewStats.viewers })}
          </Text>
        ) : null}
      </Group>
      <WikiEditingNow pageId={page.id} />
      <WikiArchivedBanner pageId={page.id} archivedAt={page.archivedAt} canRestore={canVerify} />
      {canVerify && page.needsVerification ? (
        <Alert color="orange" variant="light" title={t('wiki.page.verifyTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('wiki.page.verifyHint')}</Text>
            {verifying.error ? (
              <Text size="sm" c="red" role="alert">
                {messages(verifying.error).join(' ')}
              </Text>
            ) : null}
            <Button w="fit-content" color="orange" loading={verifying.loading} leftSection={<IconCircleCheck size={16} aria-hidden="true" />} onClick={() => void verify({ variables: { pageId: page.id } }).catch(() => undefined)}>
              {t('wiki.page.verify')}
            </Button>
          </Stack>
        </Alert>
      ) : canVerify ? (
        <div>
          <Button variant="subtle" size="compact-sm" loading={verifying.loading} leftSection={<IconCircleCheck size={16} aria-hidden="true" />} onClick={() => void verify({ variables: { pageId: page.id } }).catch(() => undefined)}>
            {t('wiki.page.verifyNow')}
          </Button>
        </div>
      ) : null}

      {page.bodyHtml.trim() ? (
        <PostBody html={page.bodyHtml} language={page.language} />
      ) : (
        <Text c="dimmed">{t('wiki.page.empty')}</Text>
      )}

      {canVerify ? <WikiStewardshipDialog opened={stewarding} onClose={() => setStewarding(false)} page={{ id: page.id, title: page.title }} /> : null}
      {page.abilities.canEdit ? <WikiMoveDialog opened={moving} onClose={() => setMoving(false)} page={{ id: page.id, title: page.title }} spaceId={space.id} /> : null}

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${headingId}-links`}>
        <Title order={2} fz="h5" id={`${headingId}-links`} mb="xs">
          {t('wiki.page.linkedFrom')}
        </Title>
        {page.backlinks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('wiki.page.noBacklinks')}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {page.backlinks.map((link) => (
              <List.Item key={link.id}>
                <Anchor component={Link} to={wikiPagePath(link.spaceKey, link.slug)} dir="auto">
                  {link.title}
                </Anchor>
                {link.spaceKey !== space.key ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (<bdi>{link.spaceName}</bdi>)
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    </Stack>
  );
}
