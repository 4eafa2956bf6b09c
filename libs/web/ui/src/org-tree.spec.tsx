import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OrgTree, type OrgTreeNode } from './org-tree';

type Node = OrgTreeNode & { name: string };
const ceo: Node = { id: 'ceo', name: 'Ceo', childCount: 2 };
const cto: Node = { id: 'cto', name: 'Cto', childCount: 0 };
const cfo: Node = { id: 'cfo', name: 'Cfo', childCount: 3 };
const other: Node = { id: 'other', name: 'Other root', childCount: 0 };
const loaded: Record<string, Node[]> = { ceo: [cto, cfo] };

function Harness({ onActivate, load }: { onActivate: (n: Node) => void; load: (id: string) => void }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return (
    <MantineProvider>
      <OrgTree<Node>
        label="Organisation"
        roots={[ceo, other]}
        childrenOf={(id) => loaded[id]}
        expanded={expanded}
        onToggle={(n, open) => {
          if (open) load(n.id);
          setExpanded((s) => (open ? new Set([...s, n.id]) : new Set([...s].filter((x) => x !== n.id))));
        }}
        onActivate={onActivate}
        renderNode={(n) => <span>{n.name}</span>}
        loadingLabel="Loading"
        moreLabel={(n) => `and ${n} more`}
      />
    </MantineProvider>
  );
}

describe('OrgTree', () => {
  it('is one tab stop; arrows open, enter, leave and close branches; leaves have no expanded state; Enter activates', () => {
    const onActivate = vi.fn();
    const load = vi.fn();
    render(<Harness onActivate={onActivate} load={load} />);
    expect(screen.getByRole('tree', { name: 'Organisation' })).toBeTruthy();
    const items = () => screen.getAllByRole('treeitem');
    expect(items().map((i) => i.getAttribute('tabindex'))).toEqual(['0', '-1']);
    const top = items()[0];
    expect(top.getAttribute('aria-expanded')).toBe('false');
    expect(items()[1].hasAttribute('aria-expanded')).toBe(false);

    top.focus();
    fireEvent.keyDown(top, { key: 'ArrowRight' });
    expect(load).toHaveBeenCalledWith('ceo');
    expect(top.getAttribute('aria-expanded')).toBe('true');
    expect(items().map((i) => i.textContent?.slice(0, 3))).toEqual(['Ceo', 'Cto', 'Cfo', 'Oth']);
    expect(screen.getByRole('treeitem', { name: /Cto/ }).getAttribute('aria-level')).toBe('2');

    fireEvent.keyDown(top, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: /Cto/ }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    const cfoItem = screen.getByRole('treeitem', { name: /Cfo/ });
    expect(document.activeElement).toBe(cfoItem);
    expect(cfoItem.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(cfoItem, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: /Other root/ }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(top);

    fireEvent.keyDown(screen.getByRole('treeitem', { name: /Cto/ }), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(top);
    fireEvent.keyDown(top, { key: 'ArrowLeft' });
    expect(top.getAttribute('aria-expanded')).toBe('false');
    expect(items()).toHaveLength(2);

    fireEvent.keyDown(top, { key: 'Enter' });
    expect(onActivate).toHaveBeenCalledWith(ceo);
  });

  it('says how many children were not loaded', () => {
    render(<Harness onActivate={vi.fn()} load={vi.fn()} />);
    fireEvent.keyDown(screen.getAllByRole('treeitem')[0], { key: 'ArrowRight' });
    expect(screen.queryByText(/more$/)).toBeNull();
    loaded['cfo'] = [{ id: 'x', name: 'X', childCount: 0 }];
    fireEvent.keyDown(screen.getByRole('treeitem', { name: /Cfo/ }), { key: 'ArrowRight' });
    expect(screen.getByText('and 2 more')).toBeTruthy();
  });
});
