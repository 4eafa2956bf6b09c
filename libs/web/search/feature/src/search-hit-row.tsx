import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { SearchHitFieldsFragment } from '@pillars/web/graphql';
import { Link } from 'react-router-dom';
import { KIND_ICONS } from './search-kinds';
import { SearchSnippet } from './search-snippet';
import { RelativeTime } from '@pillars/web/ui';

/** One hit on the search page: title link, snippet, author and when. */
export function SearchHitRow({ hit }: { hit: SearchHitFieldsFragment }) {
  const KindIcon = KIND_ICONS[hit.kind];
  return (
    <Group component="li" align="flex-start" gap="sm" wrap="nowrap">
      <KindIcon size={18} aria-hidden="true" style={{ flexShrink: 0, marginBlockStart: 3 }} />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Anchor component={Link} to={hit.url} fw={600} dir="auto" lang={hit.language ?? undefined}>
          {hit.title}
        </Anchor>
        <Text size="sm" lang={hit.language ?? undefined} dir="auto">
          <SearchSnippet html={hit.snippetHtml} />
        </Text>
        <Text size="xs" c="dimmed">
          {hit.kind !== 'PERSON' && hit.author ? (
            <>
              <bdi>{hit.author.name}</bdi> ·{' '}
            </>
          ) : null}
          <RelativeTime detail="date" value={hit.updatedAt} />
        </Text>
      </Stack>
    </Group>
  );
}
