import { Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { UserAvatar } from './user-avatar';

export interface PersonCardProps {
  id: string;
  name: string;
  initials: string;
  title?: string | null;
  /** The person's photo (thumbnail); initials without one. */
  photoUrl?: string | null;
  /** Secondary line, e.g. team and location. */
  details?: ReactNode;
  badge?: ReactNode;
  /** Renders the name as a link; the ui lib knows nothing about routing. */
  renderName: (name: ReactNode) => ReactNode;
}

export function PersonCard({ id, name, initials, title, photoUrl, details, badge, renderName }: PersonCardProps) {
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={`person-${id}`}>
      <Group wrap="nowrap" align="flex-start" gap="md">
        <UserAvatar initials={initials} seed={id} src={photoUrl} size="lg" />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} id={`person-${id}`} truncate="end" component="h3" fz="md" m={0}>
            {renderName(<span dir="auto">{name}</span>)}
          </Text>
          {title ? (
            <Text size="sm" c="dimmed" truncate="end">
              <span dir="auto">{title}</span>
            </Text>
          ) : null}
          {details ? (
            <Text size="sm" c="dimmed" component="div">
              {details}
            </Text>
          ) : null}
          {badge}
        </Stack>
      </Group>
    </Card>
  );
}
