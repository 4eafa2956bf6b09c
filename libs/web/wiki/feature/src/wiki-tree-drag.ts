import type { OrgTreeRowProps } from '@pillars/web/ui';
import { type DragEvent, useState } from 'react';

export type DropWhere = 'before' | 'after' | 'inside';

/** A tree level as the sidebar holds it: the parent ('' for the top) → its loaded pages in order. */
export type TreeLevels = ReadonlyMap<string, { nodes: readonly { id: string; page: unknown }[] }>;

/** The API clamps a position past the end to the end. */
export const LAST_POSITION = 100_000;
const ROOT = '';
const MIME = 'application/x-pillars-wiki-page';

const parentOf = (levels: TreeLevels, id: string): string | undefined => {
  for (const [parentId, level] of levels) if (level.nodes.some((n) => n.id === id)) return parentId;
  return undefined;
};

/** Whether `id` is `ancestorId` or sits below it, as far as the loaded levels tell (a visible node's ancestors are all loaded). */
export function isWithin(levels: TreeLevels, id: string, ancestorId: string): boolean {
  for (let at: string | undefined = id, hops = 0; at && hops < 1000; at = parentOf(levels, at), hops++) if (at === ancestorId) return true;
  return false;
}

/**
 * The `moveWikiPage` input for dropping `dragId` before, after or inside `targetId`: the position
 * counts the new siblings without the moved page (as the API does). Null when the drop is not a
 * move: onto itself or into its own subtree.
 */
export function dropMove(levels: TreeLevels, dragId: string, targetId: string, where: DropWhere): { parentId: string | null; position: number } | null {
  if (isWithin(levels, targetId, dragId)) return null;
  if (where === 'inside') return { parentId: targetId, position: LAST_POSITION };
  const parent = parentOf(levels, targetId);
  if (parent === undefined) return null;
  const siblings = (levels.get(parent)?.nodes ?? []).filter((n) => n.page && n.id !== dragId);
  const index = siblings.findIndex((n) => n.id === targetId);
  return { parentId: parent === ROOT ? null : parent, position: where === 'before' ? index : index + 1 };
}

/** The upper quarter of a row drops before it, the lower quarter after it, the middle inside it. */
const whereIn = (event: DragEvent<HTMLElement>): DropWhere => {
  const rect = event.currentTarget.getBoundingClientRect();
  const y = event.clientY - rect.top;
  if (!rect.height) return 'inside';
  return y < rect.height / 4 ? 'before' : y > (rect.height * 3) / 4 ? 'after' : 'inside';
};

/**
 * Native HTML5 drag and drop for the sidebar tree (pointer users; the Move dialog is the keyboard
 * path): a row shows where a drop would land, and refuses drops onto the page itself or its subtree.
 */
export function useTreeDrag({ levels, enabled, onDrop }: { levels: TreeLevels; enabled: boolean; onDrop: (dragId: string, targetId: string, where: DropWhere, move: { parentId: string | null; position: number }) => void }) {
  const [dragId, setDragId] = useState<string | null>(null);
  const [over, setOver] = useState<{ id: string; where: DropWhere } | null>(null);
  const end = () => {
    setDragId(null);
    setOver(null);
  };
  const rowProps = (node: { id: string; page: unknown }): OrgTreeRowProps | undefined => {
    if (!enabled || !node.page) return undefined;
    return {
      draggable: true,
      'data-dragging': dragId === node.id || undefined,
      'data-drop': over?.id === node.id ? over.where : undefined,
      onDragStart: (event) => {
        event.stopPropagation();
        event.dataTransfer.effectAllowed = 'move';
        // Some browsers start a drag only with data set.
        event.dataTransfer.setData(MIME, node.id);
        event.dataTransfer.setData('text/plain', node.id);
        setDragId(node.id);
      },
      onDragOver: (event) => {
        if (!dragId) return;
        const where = whereIn(event);
        if (!dropMove(levels, dragId, node.id, where)) {
          if (over?.id === node.id) setOver(null);
          return;
        }
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (over?.id !== node.id || over.where !== where) setOver({ id: node.id, where });
      },
      onDragLeave: (event) => {
        if (over?.id === node.id && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(null);
      },
      onDrop: (event) => {
        event.preventDefault();
        const where = whereIn(event);
        const move = dragId ? dropMove(levels, dragId, node.id, where) : null;
        if (dragId && move) onDrop(dragId, node.id, where, move);
        end();
      },
      onDragEnd: end,
    };
  };
  return { rowProps, dragging: dragId };
}
