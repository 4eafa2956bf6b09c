import { Badge, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import classes from './org-chart.module.css';
import { UserAvatar } from './user-avatar';

export interface OrgChartPerson {
  id: string;
  name: string;
  initials: string;
  photoThumbnailUrl?: string | null;
  title?: string | null;
  directReportCount: number;
}

export interface OrgChartLink {
  person: OrgChartPerson;
  className: string;
  children: ReactNode;
  current: boolean;
  /** data-* attributes the keyboard handler uses to move between nodes. */
  dataAttributes: Record<string, string>;
}

export interface OrgChartProps {
  /** The manager line above, nearest first (as the API returns it). */
  chain: OrgChartPerson[];
  person: OrgChartPerson;
  /** Others with the same manager; shown beside the person, everyone in name order. */
  peers?: OrgChartPerson[];
  reports: OrgChartPerson[];
  label: string;
  /** Accessible names of the three groups. */
  chainLabel: string;
  peersLabel?: string;
  reportsLabel: string;
  reportCountLabel: (count: number) => string;
  /** Renders one node as a link (routing lives in the feature). */
  renderLink: (link: OrgChartLink) => ReactNode;
}

const NODE = '[data-org-level]';

const byName = (a: OrgChartPerson, b: OrgChartPerson) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * The manager line around one person: chain above, the person among their peers, direct reports
 * below. Arrow keys move up and down the levels (landing on the person's line) and along a
 * level; Home and End go to the top and the bottom; Tab works as usual.
 */
export function OrgChart({ chain, person, peers = [], reports, label, chainLabel, peersLabel, reportsLabel, reportCountLabel, renderLink }: OrgChartProps) {
  const root = useRef<HTMLElement>(null);
  const levels = [...[...chain].reverse().map((p) => [p]), [person, ...peers].sort(byName), reports].filter((l) => l.length > 0);
  const currentLevel = chain.length;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches(NODE) || !root.current) return;
    const level = Number(target.dataset['orgLevel']);
    const index = Number(target.dataset['orgIndex']);
    const rtl = getComputedStyle(root.current).direction === 'rtl';
    // Moving between levels lands on the person's own line (the person, or the first of a level).
    const entry = (l: number) => Math.max(0, levels[l]?.findIndex((p) => p.id === person.id) ?? 0);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [level - 1, entry(level - 1)],
      ArrowDown: [level + 1, entry(level + 1)],
      ArrowLeft: [level, index + (rtl ? 1 : -1)],
      ArrowRight: [level, index + (rtl ? -1 : 1)],
      Home: [0, 0],
      End: [levels.length - 1, 0],
    };
    const move = moves[event.key];
    if (!move) return;
    const next = root.current.querySelector<HTMLElement>(`[data-org-level="${move[0]}"][data-org-index="${move[1]}"]`);
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  const node = (p: OrgChartPerson, level: number, index: number) =>
    renderLink({
      person: p,
      current: p.id === person.id,
      className: p.id === person.id ? `${classes.node} ${classes.current}` : classes.node,
      dataAttributes: { 'data-org-level': String(level), 'data-org-index': String(index) },
      children: (
        <>
          <UserAvatar initials={p.initials} seed={p.id} src={p.photoThumbnailUrl} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" truncate="end">
              <span dir="auto">{p.name}</span>
            </Text>
            {p.title ? (
              <Text size="xs" c="dimmed" truncate="end">
                <span dir="auto">{p.title}</span>
              </Text>
            ) : null}
            {p.directReportCount > 0 ? (
              <Badge size="xs" variant="light" mt={4}>
                {reportCountLabel(p.directReportCount)}
              </Badge>
            ) : null}
          </Stack>
        </>
      ),
    });

  return (
    <nav aria-label={label} ref={root} onKeyDown={onKeyDown} className={classes.chart}>
      {levels.map((people, level) => {
        const groupLabel = level < currentLevel ? chainLabel : level > currentLevel ? reportsLabel : peers.length > 0 ? peersLabel : undefined;
        return (
          <div key={level} style={{ display: 'contents' }}>
            {level > 0 ? <div className={classes.connector} aria-hidden="true" /> : null}
            <ul className={classes.level} aria-label={groupLabel}>
              {people.map((p, index) => (
                <li key={p.id}>{node(p, level, index)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
