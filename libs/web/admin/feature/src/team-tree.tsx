import { ActionIcon, Box, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { TeamChildrenDocument } from '@pillars/web/directory/data-access';
import { FlipInRtl } from '@pillars/web/ui';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface TreeTeam {
  id: string;
  name: string;
}

interface NodeProps {
  team: TreeTeam;
  depth: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** One team: a disclosure button for its sub-teams (loaded on first open) and a select button. */
function TeamTreeNode({ team, depth, selectedId, onSelect }: NodeProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [open, setOpen] = useState(false);
  const { data, loading, error } = useQuery(TeamChildrenDocument, { variables: { id: team.id }, skip: !open });
  const children = data?.team.children.edges.map((e) => e.node) ?? [];
  const selected = selectedId === team.id;
  const groupId = `team-tree-${team.id}`;
  return (
    <li>
      <Group gap={4} wrap="nowrap" ps={depth * 16}>
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
        <UnstyledButton
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
      {open ? (
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
                <TeamTreeNode key={c.id} team={c} depth={depth + 1} selectedId={selectedId} onSelect={onSelect} />
              ))}
            </ul>
          )}
        </Box>
      ) : null}
    </li>
  );
}

export function TeamTree({ roots, selectedId, onSelect, label }: { roots: TreeTeam[]; selectedId: string | null; onSelect: (id: string) => void; label: string }) {
  return (
    <ul style={listStyle} aria-label={label}>
      {roots.map((team) => (
        <TeamTreeNode key={team.id} team={team} depth={0} selectedId={selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}
