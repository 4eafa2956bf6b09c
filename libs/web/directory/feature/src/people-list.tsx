import { Group, Stack, Text } from '@mantine/core';
import { UserAvatar } from '@pillars/web/ui';
import type { ReactNode } from 'react';
import { PersonLink } from './person-link';

export interface ListedPerson {
  id: string;
  name: string;
  initials: string;
  photoThumbnailUrl?: string | null;
  title?: string | null;
}

/** A compact list of people with avatar, linked name and title. */
export function PeopleList({ people, label, extra }: { people: ListedPerson[]; label: string; extra?: (p: ListedPerson) => ReactNode }) {
  return (
    <Stack component="ul" gap="sm" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {people.map((p) => (
        <Group component="li" key={p.id} gap="sm" wrap="nowrap">
          <UserAvatar initials={p.initials} seed={p.id} src={p.photoThumbnailUrl} size="md" />
          <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
            <Text fw={500} size="sm" truncate="end">
              <PersonLink id={p.id}>
                <span dir="auto">{p.name}</span>
              </PersonLink>
            </Text>
            {p.title ? (
              <Text size="xs" c="dimmed" truncate="end">
                <span dir="auto">{p.title}</span>
              </Text>
            ) : null}
          </Stack>
          {extra?.(p)}
        </Group>
      ))}
    </Stack>
  );
}
