import { Loader } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { type HTMLAttributes, type KeyboardEvent, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { FlipInRtl } from './flip-in-rtl';
import classes from './org-tree.module.css';

export interface OrgTreeNode {
  id: string;
  /** How many children it has (0: a leaf, no chevron). */
  childCount: number;
}

export interface OrgTreeProps<T extends OrgTreeNode> {
  label: string;
  roots: T[];
  /** A node's loaded children; undefined while they have not been loaded. */
  childrenOf: (id: string) => T[] | undefined;
  expanded: ReadonlySet<string>;
  onToggle: (node: T, open: boolean) => void;
  /** Enter on a node, or a click on its name. */
  onActivate: (node: T) => void;
  /** The node's content (name, title, counts); rendered inside the tree item. */
  renderNode: (node: T) => ReactNode;
  loadingLabel: string;
  /** Said under a branch that has more children than were loaded. */
  moreLabel: (hidden: number) => string;
  /** Extra attributes of a node's row (drag and drop handlers; `data-drop` = before, after or inside draws where a drop lands). */
  rowProps?: (node: T) => OrgTreeRowProps | undefined;
}

export type OrgTreeRowProps = HTMLAttributes<HTMLDivElement> & { 'data-drop'?: 'before' | 'after' | 'inside'; 'data-dragging'?: boolean };

interface Visible<T> {
  node: T;
  level: number;
  parentId: string | null;
}

/**
 * A lazily opened tree (WAI-ARIA tree view): one tab stop, arrow keys move through visible
 * nodes, Right opens or goes to the first child, Left closes or goes to the parent (mirrored in
 * RTL), Home and End, Enter activates. Children are asked for only when a node opens, so an
 * organisation of any size costs one level at a time.
 */
export function OrgTree<T extends OrgTreeNode>({ label, roots, childrenOf, expanded, onToggle, onActivate, renderNode, loadingLabel, moreLabel, rowProps }: OrgTreeProps<T>) {
  const root = useRef<HTMLUListElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const idPrefix = useId();

  const visible = useMemo(() => {
    const out: Visible<T>[] = [];
    const walk = (nodes: T[], level: number, parentId: string | null) => {
      for (const node of nodes) {
        out.push({ node, level, parentId });
        const kids = expanded.has(node.id) ? childrenOf(node.id) : undefined;
        if (kids) walk(kids, level + 1, node.id);
      }
    };
    walk(roots, 1, null);
    return out;
  }, [roots, expanded, childrenOf]);
  const current = visible.find((v) => v.node.id === focusId) ?? visible[0];

  const focus = (id: string) => {
    setFocusId(id);
    const items = root.current?.querySelectorAll<HTMLElement>('[data-tree-id]') ?? [];
    [...items].find((el) => el.dataset['treeId'] === id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-tree-id]');
    if (!target || !root.current) return;
    const index = visible.findIndex((v) => v.node.id === target.dataset['treeId']);
    if (index < 0) return;
    const { node, parentId } = visible[index];
    const rtl = getComputedStyle(root.current).direction === 'rtl';
    const key = event.key === 'ArrowRight' ? (rtl ? 'close' : 'open') : event.key === 'ArrowLeft' ? (rtl ? 'open' : 'close') : event.key;
    const open = expanded.has(node.id);
    let handled = true;
    if (key === 'ArrowDown' && visible[index + 1]) focus(visible[index + 1].node.id);
    else if (key === 'ArrowUp' && visible[index - 1]) focus(visible[index - 1].node.id);
    else if (key === 'Home') focus(visible[0].node.id);
    else if (key === 'End') focus(visible[visible.length - 1].node.id);
    else if (key === 'open' && node.childCount > 0) {
      if (!open) onToggle(node, true);
      else if (visible[index + 1]?.parentId === node.id) focus(visible[index + 1].node.id);
    } else if (key === 'close') {
      if (open) onToggle(node, false);
      else if (parentId) focus(parentId);
    } else if (key === 'Enter') onActivate(node);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const render = (nodes: T[], level: number): ReactNode =>
    nodes.map((node, i) => {
      const open = expanded.has(node.id);
      const kids = open ? childrenOf(node.id) : undefined;
      const hidden = kids ? node.childCount - kids.length : 0;
      return (
        <li
          key={node.id}
          role="treeitem"
          aria-level={level}
          aria-setsize={nodes.length}
          aria-posinset={i + 1}
          aria-expanded={node.childCount > 0 ? open : undefined}
          aria-busy={open && !kids ? true : undefined}
          /* Selection follows focus: the one tab stop is the selected node. */
          aria-selected={current?.node.id === node.id}
          tabIndex={current?.node.id === node.id ? 0 : -1}
          data-tree-id={node.id}
          /* Named by its own row only, not by the open branch below it. */
          aria-labelledby={`${idPrefix}-${node.id}`}
          className={classes.item}
          onFocus={(e) => {
            if (e.target === e.currentTarget) setFocusId(node.id);
          }}
        >
          <div {...rowProps?.(node)} className={classes.row}>
            {node.childCount > 0 ? (
              <span
                className={classes.toggle}
                data-open={open || undefined}
                onClick={(e) => {
                  e.stopPropagation();
                  onToggle(node, !open);
                }}
                aria-hidden="true"
              >
                <FlipInRtl>
                  <IconChevronRight size={16} />
                </FlipInRtl>
              </span>
            ) : (
              <span className={classes.leaf} aria-hidden="true" />
            )}
            <div
              id={`${idPrefix}-${node.id}`}
              className={classes.content}
              onClick={(e) => {
                e.stopPropagation();
                onActivate(node);
              }}
            >
              {renderNode(node)}
            </div>
            {open && !kids ? <Loader size="xs" aria-label={loadingLabel} /> : null}
          </div>
          {kids && kids.length > 0 ? (
            <ul role="group" className={classes.group}>
              {render(kids, level + 1)}
            </ul>
          ) : null}
          {hidden > 0 ? (
            <div className={classes.more} style={{ paddingInlineStart: `calc(${level} * var(--org-tree-indent))` }}>
              {moreLabel(hidden)}
            </div>
          ) : null}
        </li>
      );
    });

  return (
    <ul role="tree" aria-label={label} ref={root} onKeyDown={onKeyDown} className={classes.tree}>
      {render(roots, 1)}
    </ul>
  );
}
