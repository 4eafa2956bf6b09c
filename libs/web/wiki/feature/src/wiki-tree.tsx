import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Text } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { WikiTreePageFieldsFragment } from '@pillars/web/graphql';
import { OrgTree, type OrgTreeNode } from '@pillars/web/ui';
import { MoveWikiPageDocument, WIKI_PAGE_QUERIES, WIKI_TREE_QUERIES, WikiTreeLevelDocument } from '@pillars/web/wiki/data-access';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZE } from './wiki-format';
import { useTreeDrag } from './wiki-tree-drag';

/** A page in the tree, or the "show more" row at the end of a level that has more pages. */
export interface WikiTreeNode extends OrgTreeNode {
  page: WikiTreePageFieldsFragment | null;
  /** For the "show more" row: the level it extends. */
  moreOf?: string;
}

const ROOT = '';

interface Level {
  nodes: WikiTreeNode[];
  loadMore: (() => void) | null;
}

/** One level of the tree, fetched when its node opens (and refetched by socket events while shown). */
function TreeLevel({ spaceId, parentId, onLevel }: { spaceId: string; parentId: string; onLevel: (parentId: string, level: Level | null) => void }) {
  const { data, fetchMore } = useQuery(WikiTreeLevelDocument, { variables: { spaceId, parentId: parentId || null, first: PAGE_SIZE, after: null }, fetchPolicy: 'cache-and-network' });
  const connection = data?.wikiSpace?.pages;
  useEffect(() => {
    if (!connection) return;
    const nodes: WikiTreeNode[] = connection.edges.map(({ node }) => ({ id: node.id, childCount: node.hasChildren ? 1 : 0, page: node }));
    const { hasNextPage, endCursor } = connection.pageInfo;
    const loadMore = hasNextPage ? () => void fetchMore({ variables: { after: endCursor } }) : null;
    if (loadMore) nodes.push({ id: `more:${parentId}`, childCount: 0, page: null, moreOf: parentId });
    onLevel(parentId, { nodes, loadMore });
  }, [connection, fetchMore, onLevel, parentId]);
  useEffect(() => () => onLevel(parentId, null), [onLevel, parentId]);
  return null;
}

export interface WikiTreeProps {
  spaceId: string;
  /** The page shown now (its ancestors open when known). */
  currentPageId?: string | null;
  openIds?: readonly string[];
  onOpenPage: (page: WikiTreePageFieldsFragment) => void;
  /** The viewer edits the space: pages may be dragged to a new place (moveWikiPage). */
  canMove?: boolean;
}

/**
 * The space's pages as a WAI-ARIA tree (arrows, Home/End, Enter; mirrored in RTL), one level
 * fetched per opened page so a space of any size costs one level at a time.
 */
export function WikiTree({ spaceId, currentPageId, openIds = [], onOpenPage, canMove = false }: WikiTreeProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(openIds));
  const [levels, setLevels] = useState<ReadonlyMap<string, Level>>(new Map());
  const openKey = openIds.join(' ');
  useEffect(() => {
    if (openKey) setExpanded((e) => new Set([...e, ...openKey.split(' ')]));
  }, [openKey]);

  const onLevel = useCallback((parentId: string, level: Level | null) => {
    setLevels((current) => {
      const next = new Map(current);
      if (level) next.set(parentId, level);
      else next.delete(parentId);
      return next;
    });
  }, []);
  const childrenOf = useCallback((id: string) => levels.get(id)?.nodes, [levels]);
  const roots = levels.get(ROOT)?.nodes;
  const loaders = useMemo(() => [ROOT, ...expanded], [expanded]);

  const [move, moving] = useMutation(MoveWikiPageDocument, { refetchQueries: [...WIKI_TREE_QUERIES, ...WIKI_PAGE_QUERIES], awaitRefetchQueries: true });
  const [moved, setMoved] = useState<string | null>(null);
  const drag = useTreeDrag({
    levels,
    enabled: canMove && !moving.loading,
    onDrop: (dragId, targetId, where, to) => {
      const title = [...levels.values()].flatMap((l) => l.nodes).find((n) => n.id === dragId)?.page?.title ?? '';
      setMoved(null);
      moving.reset();
      move({ variables: { input: { pageId: dragId, ...to } } })
        .then(() => {
          setMoved(title);
          if (where === 'inside') setExpanded((e) => new Set([...e, targetId]));
        })
        .catch(() => undefined);
    },
  });

  const activate = (node: WikiTreeNode) => {
    if (node.page) onOpenPage(node.page);
    else if (node.moreOf !== undefined) levels.get(node.moreOf)?.loadMore?.();
  };

  return (
    <nav aria-label={t('wiki.tree.label')}>
      {loaders.map((parentId) => (
        <TreeLevel key={parentId || 'root'} spaceId={spaceId} parentId={parentId} onLevel={onLevel} />
      ))}
      {!roots ? (
        <Text size="sm" c="dimmed" role="status">
          {t('common.loading')}
        </Text>
      ) : roots.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('wiki.tree.empty')}
        </Text>
      ) : (
        <OrgTree<WikiTreeNode>
          label={t('wiki.tree.label')}
          roots={roots}
          childrenOf={childrenOf}
          expanded={expanded}
          onToggle={(node, open) =>
            setExpanded((e) => {
              const next = new Set(e);
              if (open) next.add(node.id);
              else next.delete(node.id);
              return next;
            })
          }
          onActivate={activate}
          renderNode={(node) =>
            node.page ? (
              <Text size="sm" dir="auto" fw={node.id === currentPageId ? 700 : undefined} aria-current={node.id === currentPageId ? 'page' : undefined} lang={node.page.language}>
                {node.page.title}
              </Text>
            ) : (
              <Text size="sm" c="blue">
                {t('wiki.tree.more')}
              </Text>
            )
          }
          loadingLabel={t('common.loading')}
          moreLabel={() => ''}
          rowProps={drag.rowProps}
        />
      )}
      {canMove && roots && roots.length > 1 ? (
        // Phones do not drag (HTML5 drag and drop is for a mouse): there the Move button is the way.
        <Text size="xs" c="dimmed" mt={4} visibleFrom="sm">
          {t('wiki.drag.moveHint')}
        </Text>
      ) : null}
      {canMove ? (
        <Text size="xs" c="dimmed" role="status" mt={4}>
          {moving.loading ? t('wiki.drag.moving') : moved !== null ? t('wiki.drag.moved', { title: moved }) : ''}
        </Text>
      ) : null}
      {moving.error ? (
        <Alert color="red" role="alert" mt="xs" p="xs">
          {messages(moving.error).join(' ')}
        </Alert>
      ) : null}
    </nav>
  );
}
