import { ActionIcon, Alert, Badge, Button, Center, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useErrorMessages, useLiveRooms } from '@pillars/web/core/data-access';
import { DIRECTORY_ROOM, OrgBranchDocument, OrgChartRootsDocument, TeamTreeBranchDocument, TeamTreeRootsDocument } from '@pillars/web/directory/data-access';
import { ErrorView, OrgTree, PageSkeleton, UserAvatar } from '@pillars/web/ui';
import { usePageTitle, useSearchParamValue } from '@pillars/web/util';
import { IconUsers, IconZoomIn, IconZoomOut, IconZoomReset } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { orgChartPath, teamPath } from './person-link';

interface TreeNode {
  id: string;
  childCount: number;
  name: string;
  /** People: initials and title; teams: member count and lead. */
  initials?: string;
  title?: string | null;
  members?: number;
  lead?: string | null;
}
type Mode = 'managers' | 'teams';
const ZOOM = { min: 0.5, max: 1.5, step: 0.1 };
const ROOTS_PAGE = 50;

/** Lazily opened branches: children load when a node opens, and stay loaded while the page is open. */
function useBranches(load: (id: string) => Promise<TreeNode[]>) {
  const [children, setChildren] = useState<ReadonlyMap<string, TreeNode[]>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [failed, setFailed] = useState<unknown>(null);
  const toggle = useCallback(
    (node: TreeNode, open: boolean) => {
      setExpanded((prev) => {
        const next = new Set(prev);
        if (open) next.add(node.id);
        else next.delete(node.id);
        return next;
      });
      if (!open || children.has(node.id)) return;
      load(node.id)
        .then((kids) => setChildren((prev) => new Map(prev).set(node.id, kids)))
        .catch((e: unknown) => {
          setFailed(e);
          setExpanded((prev) => new Set([...prev].filter((id) => id !== node.id)));
        });
    },
    [children, load],
  );
  const childrenOf = useCallback((id: string) => children.get(id), [children]);
  return { expanded, toggle, childrenOf, failed, clearFailure: () => setFailed(null) };
}

/** `/organisation`: the whole organisation as a tree, by manager line or by team, zoomable. */
export function OrgOverviewPage() {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  const navigate = useNavigate();
  const client = useApolloClient();
  usePageTitle(t('directory.overview.title'));
  useLiveRooms([DIRECTORY_ROOM]);
  const [modeParam, setMode] = useSearchParamValue('view');
  const mode: Mode = modeParam === 'teams' ? 'teams' : 'managers';
  const [zoom, setZoom] = useState(1);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent' }), [i18n.language]);

  const people = useQuery(OrgChartRootsDocument, { variables: { first: ROOTS_PAGE }, skip: mode !== 'managers', notifyOnNetworkStatusChange: true });
  const teams = useQuery(TeamTreeRootsDocument, { skip: mode !== 'teams' });
  const loadPeople = useCallback(
    async (id: string) => {
      const { data } = await client.query({ query: OrgBranchDocument, variables: { id } });
      return (data?.user?.directReports ?? []).map((p): TreeNode => ({ id: p.id, childCount: p.directReportCount, name: p.name, initials: p.initials, title: p.title }));
    },
    [client],
  );
  const loadTeams = useCallback(
    async (id: string) => {
      const { data } = await client.query({ query: TeamTreeBranchDocument, variables: { id } });
      return (data?.team?.children.edges ?? []).map(({ node: c }): TreeNode => ({ id: c.id, childCount: c.childCount, name: c.name, members: c.memberCount, lead: c.lead?.name ?? null }));
    },
    [client],
  );
  const personTree = useBranches(loadPeople);
  const teamTree = useBranches(loadTeams);
  const tree = mode === 'managers' ? personTree : teamTree;

  const roots: TreeNode[] | undefined =
    mode === 'managers'
      ? people.data?.orgChartRoots.edges.map(({ node: p }) => ({ id: p.id, childCount: p.directReportCount, name: p.name, initials: p.initials, title: p.title }))
      : teams.data?.departments.map((d) => ({ id: d.id, childCount: d.childCount, name: d.name, members: d.memberCount, lead: d.lead?.name ?? null }));
  const error = mode === 'managers' ? people.error : teams.error;
  const pageInfo = mode === 'managers' ? people.data?.orgChartRoots.pageInfo : undefined;

  const renderNode = (n: TreeNode) =>
    mode === 'managers' ? (
      <>
        <UserAvatar initials={n.initials ?? ''} seed={n.id} size="sm" />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate="end">
            <span dir="auto">{n.name}</span>
          </Text>
          {n.title ? (
            <Text size="xs" c="dimmed" truncate="end">
              <span dir="auto">{n.title}</span>
            </Text>
          ) : null}
        </Stack>
        {n.childCount > 0 ? (
          <Badge size="xs" variant="light" style={{ flex: 'none' }}>
            {t('directory.orgChart.reportCount', { count: n.childCount })}
          </Badge>
        ) : null}
      </>
    ) : (
      <>
        <IconUsers size={18} aria-hidden="true" style={{ flex: 'none' }} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} truncate="end">
            <span dir="auto">{n.name}</span>
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {t('directory.overview.members', { count: n.members ?? 0 })}
            {n.lead ? (
              <>
                {' · '}
                {t('directory.overview.lead')} <bdi>{n.lead}</bdi>
              </>
            ) : null}
          </Text>
        </Stack>
      </>
    );

  const zoomBy = (delta: number) => setZoom((z) => Math.min(ZOOM.max, Math.max(ZOOM.min, Math.round((z + delta) * 10) / 10)));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('directory.overview.title')}</Title>
        <Text c="dimmed" size="sm" id="org-overview-help">
          {t('directory.overview.help')}
        </Text>
      </Stack>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl
          aria-label={t('directory.overview.viewLabel')}
          value={mode}
          onChange={(v) => setMode(v === 'teams' ? 'teams' : null)}
          data={[
            { value: 'managers', label: t('directory.overview.byManager') },
            { value: 'teams', label: t('directory.overview.byTeam') },
          ]}
        />
        <Group gap={6} role="group" aria-label={t('directory.overview.zoom')}>
          <ActionIcon variant="default" size="lg" onClick={() => zoomBy(-ZOOM.step)} disabled={zoom <= ZOOM.min} aria-label={t('directory.overview.zoomOut')}>
            <IconZoomOut size={18} aria-hidden="true" />
          </ActionIcon>
          <Text size="sm" w={48} ta="center" aria-live="polite">
            {number.format(zoom)}
          </Text>
          <ActionIcon variant="default" size="lg" onClick={() => zoomBy(ZOOM.step)} disabled={zoom >= ZOOM.max} aria-label={t('directory.overview.zoomIn')}>
            <IconZoomIn size={18} aria-hidden="true" />
          </ActionIcon>
          <ActionIcon variant="default" size="lg" onClick={() => setZoom(1)} disabled={zoom === 1} aria-label={t('directory.overview.zoomReset')}>
            <IconZoomReset size={18} aria-hidden="true" />
          </ActionIcon>
        </Group>
      </Group>
      {tree.failed ? (
        <Alert color="red" role="alert" withCloseButton closeButtonLabel={t('directory.overview.dismiss')} onClose={tree.clearFailure}>
          {t('directory.overview.branchFailed')} {messages(tree.failed as Error).join(' ')}
        </Alert>
      ) : null}
      {error && !roots ? (
        <ErrorView title={t('directory.orgChart.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void (mode === 'managers' ? people.refetch() : teams.refetch())} />
      ) : !roots ? (
        <PageSkeleton label={t('common.loading')} />
      ) : roots.length === 0 ? (
        <Text c="dimmed">{t('directory.overview.empty')}</Text>
      ) : (
        <Paper withBorder radius="md" p="xs" style={{ overflow: 'auto', maxHeight: '70vh' }}>
          <div style={{ zoom }} aria-describedby="org-overview-help">
            <OrgTree
              key={mode}
              label={mode === 'managers' ? t('directory.overview.managerTree') : t('directory.overview.teamTree')}
              roots={roots}
              childrenOf={tree.childrenOf}
              expanded={tree.expanded}
              onToggle={tree.toggle}
              onActivate={(n) => navigate(mode === 'managers' ? orgChartPath(n.id) : teamPath(n.id))}
              renderNode={renderNode}
              loadingLabel={t('common.loading')}
              moreLabel={(count) => t('directory.overview.more', { count })}
            />
          </div>
        </Paper>
      )}
      {pageInfo?.hasNextPage ? (
        <Center>
          <Button variant="default" loading={people.networkStatus === NetworkStatus.fetchMore} onClick={() => void people.fetchMore({ variables: { after: pageInfo.endCursor } })}>
            {t('directory.overview.moreRoots')}
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
}
