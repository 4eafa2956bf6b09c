import { ActionIcon, Box, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { TeamChildrenDocument } from '@pillars/web/directory/data-access';
import { FlipInRtl } from '@pillars/web/ui';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface TreeTeam {
  id: string;
  name: string;
  /** Sub-teams; 0 draws no disclosure button (undefined: unknown, drawn). */
  childCount?: number;
}

interface NodeProps {
  team: TreeTeam;
  depth: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The selected team's ancestors: open, so the selection (a moved team too) stays in view. */
  openIds: ReadonlySet<string>;
}

/** The width of the disclosure button, kept on a leaf so names line up. */
const DISCLOSURE_WIDTH = 22;

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** One team: a disclosure button for its sub-teams (loaded on first open) and a select button. */
function TeamTreeNode({ team, depth, selectedId, onSelect, openIds }: NodeProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const onPath = openIds.has(team.id);
  const [open, setOpen] = useState(onPath);
  const row = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (onPath) setOpen(true);
  }, [onPath]);
  const leaf = team.childCount === 0;
  const { data, loading, error } = useQuery(TeamChildrenDocument, { variables: { id: team.id }, skip: !open });
  const children = data?.team.children.edges.map((e) => e.node) ?? [];
  const selected = selectedId === team.id;
  useEffect(() => {
    if (selected) row.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const groupId = `team-tree-${team.id}`;
  return (
    <li>
      <Group gap={4} wrap="nowrap" ps={depth * 16}>
        {leaf ? (
          <Box w={DISCLOSURE_WIDTH} style={{ flexShrink: 0 }} aria-hidden="true" />
        ) : (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-expanded={open}
            aria-controls={groupId}
            aria-label={t(open ? 'admin.teams.collapse' : 'admin.teams.expand', { team: team.name })}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? (
              <IconChevronDown size={14} aria-hidden="true" />
            ) : (
              <FlipInRtl>
                <IconChevronRight size={14} />
              </FlipInRtl>
            )}
          </ActionIcon>
        )}
        <UnstyledButton
          ref={row}
          onClick={() => onSelect(team.id)}
          aria-current={selected ? 'true' : undefined}
          px="xs"
          py={4}
          style={{
            borderRadius: 'var(--mantine-radius-sm)',
            flex: 1,
            minWidth: 0,
            background: selected ? 'var(--mantine-primary-color-light)' : undefined,
            fontWeight: selected ? 600 : undefined,
          }}
        >
          <Text size="sm" truncate="end" inherit>
            <span dir="auto">{team.name}</span>
          </Text>
        </UnstyledButton>
      </Group>
      {open && !leaf ? (
        <Box id={groupId}>
          {loading && !data ? (
            <Loader size="xs" ms={depth * 16 + 36} aria-label={t('common.loading')} />
          ) : error ? (
            <Text size="xs" c="red" ps={depth * 16 + 36} role="alert">
              {messages(error).join(' ')}
            </Text>
          ) : children.length === 0 ? (
            <Text size="xs" c="dimmed" ps={depth * 16 + 36}>
              {t('directory.team.noSubTeams')}
            </Text>
          ) : (
            <ul style={listStyle}>
              {children.map((c) => (
                <TeamTreeNode key={c.id} team={c} depth={depth + 1} selectedId={selectedId} onSelect={onSelect} openIds={openIds} />
              ))}
            </ul>
          )}
        </Box>
      ) : null}
    </li>
  );
}

export interface TeamTreeProps {
  roots: TreeTeam[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  label: string;
  /** Ids of the selected team's ancestors (root first), opened so the selection stays in view. */
  openPath?: readonly string[];
}

export function TeamTree({ roots, selectedId, onSelect, label, openPath = [] }: TeamTreeProps) {
  const key = openPath.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const openIds = useMemo(() => new Set(openPath), [key]);
  return (
    <ul style={listStyle} aria-label={label}>
      {roots.map((team) => (
        <TeamTreeNode key={team.id} team={team} depth={0} selectedId={selectedId} onSelect={onSelect} openIds={openIds} />
      ))}
    </ul>
  );
}
