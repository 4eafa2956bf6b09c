import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { isNotFound, useErrorMessages, useLiveRoom } from '@pillars/web/core/data-access';
import { EmptyView, ErrorView, FlipInRtl, PageSkeleton } from '@pillars/web/ui';
import { WikiSpaceByKeyDocument, wikiSpaceRoom } from '@pillars/web/wiki/data-access';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate, useParams } from 'react-router-dom';
import { useWikiSpace, type WikiSpaceContext } from './wiki-space-context';
import { NewPageButton } from './wiki-new-page';
import { WikiImportButton, WikiSpaceExportButton } from './wiki-transfer';
import { WIKI_PATH, wikiPagePath, wikiSpacePath } from './wiki-paths';
import classes from './wiki-space-layout.module.css';
import { WikiTree } from './wiki-tree';
import { SpaceAdminLinks } from './wiki-space-admin-links';

/** A space: its collapsible page tree beside the page (or the space's home) below the route. */
export function WikiSpaceLayout() {
  const { spaceKey = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { messages } = useErrorMessages();
  const [collapsed, setCollapsed] = useState(false);
  const [open, setOpen] = useState<{ ids: string[]; current: string | null }>({ ids: [], current: null });
  const { data, error, refetch } = useQuery(WikiSpaceByKeyDocument, { variables: { key: spaceKey } });
  const space = data?.wikiSpaceByKey;
  useLiveRoom(space ? wikiSpaceRoom(space.id) : null);

  if (error && !space) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.space.notFound')} action={<Anchor component={Link} to={WIKI_PATH}>{t('wiki.backToSpaces')}</Anchor>} />;
    return <ErrorView title={t('wiki.space.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (data && !space) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.space.notFound')} action={<Anchor component={Link} to={WIKI_PATH}>{t('wiki.backToSpaces')}</Anchor>} />;
  if (!space) return <PageSkeleton label={t('common.loading')} />;

  const context: WikiSpaceContext = { space, setOpenIds: (ids, current) => setOpen((o) => (o.current === current && o.ids.join() === ids.join() ? o : { ids, current })) };
  return (
    <div className={classes.layout} data-collapsed={collapsed || undefined}>
      {collapsed ? null : (
        <aside className={classes.sidebar} aria-label={t('wiki.tree.sidebar')}>
          <Stack gap="xs">
            {/* The name wraps (any width), the button never shrinks: Mantine's default halves each child's width and clipped the button's label. */}
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start" preventGrowOverflow={false}>
              <Anchor component={Link} to={wikiSpacePath(space.key)} fw={600} dir="auto" miw={0} style={{ overflowWrap: 'anywhere' }}>
                {space.name}
              </Anchor>
              <Button variant="subtle" size="compact-sm" flex="none" onClick={() => setCollapsed(true)} leftSection={<FlipInRtl><IconLayoutSidebarLeftCollapse size={16} /></FlipInRtl>}>
                {t('wiki.tree.hide')}
              </Button>
            </Group>
            <WikiTree spaceId={space.id} currentPageId={open.current} openIds={open.ids} onOpenPage={(page) => navigate(wikiPagePath(space.key, page.slug))} canMove={space.abilities.canEdit} />
          </Stack>
        </aside>
      )}
      <Stack gap="md" miw={0}>
        {collapsed ? (
          <div>
            <Button variant="subtle" size="compact-sm" onClick={() => setCollapsed(false)} leftSection={<FlipInRtl><IconLayoutSidebarLeftExpand size={16} /></FlipInRtl>}>
              {t('wiki.tree.show')}
            </Button>
          </div>
        ) : null}
        <Outlet context={context} />
      </Stack>
    </div>
  );
}

/** The space's home: its description and the way to start a page. */
export function WikiSpaceHome() {
  const { space } = useWikiSpace();
  const { t } = useTranslation();
  return (
    <Stack gap="md" component="section" aria-labelledby="wiki-space-title">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text component="h1" id="wiki-space-title" fz="h2" fw={700} dir="auto" m={0}>
          {space.name}
        </Text>
        <Group gap="xs" wrap="wrap">
          <WikiSpaceExportButton spaceId={space.id} />
          {space.abilities.canEdit ? <WikiImportButton spaceId={space.id} /> : null}
          {space.abilities.canAdmin ? <SpaceAdminLinks spaceKey={space.key} /> : null}
          {space.abilities.canEdit ? <NewPageButton /> : null}
        </Group>
      </Group>
      {space.description ? (
        <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {space.description}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {t(`wiki.visibility.${space.visibility}`)} · {t('wiki.space.reviewCycle', { count: space.reviewCycleMonths })}
        {space.viewerRole ? ` · ${t(`wiki.role.${space.viewerRole}`)}` : ''}
      </Text>
      <Text size="sm" c="dimmed">
        {t('wiki.space.homeHint')}
      </Text>
    </Stack>
  );
}
