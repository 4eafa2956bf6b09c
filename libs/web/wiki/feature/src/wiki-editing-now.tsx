import { useQuery } from '@apollo/client/react';
import { Group, Text } from '@mantine/core';
import { useInvalidations, useSession } from '@pillars/web/core/data-access';
import { UserAvatar } from '@pillars/web/ui';
import { WikiPageEditorsDocument, wikiPageRoom } from '@pillars/web/wiki/data-access';
import { PRESENCE, PRESENCE_EVENT_TYPE } from '@pillars/shared/types';
import { useEffect } from 'react';
import { Trans } from 'react-i18next';

/**
 * "Ana is editing this page": the other people with the page's editor open, live. Each presence
 * change in the page's room refetches who they are (the socket carries no names); while someone
 * is shown, a poll every TTL also drops a person whose tab crashed without a goodbye.
 */
export function WikiEditingNow({ pageId }: { pageId: string }) {
  const { me } = useSession();
  const { data, refetch, startPolling, stopPolling } = useQuery(WikiPageEditorsDocument, { variables: { id: pageId }, fetchPolicy: 'cache-and-network' });
  const others = (data?.wikiPage.editors ?? []).filter((u) => u.id !== me?.id);
  const someone = others.length > 0;
  useEffect(() => {
    if (!someone) return undefined;
    startPolling(PRESENCE.ttlMs);
    return () => stopPolling();
  }, [someone, startPolling, stopPolling]);
  useInvalidations({ type: PRESENCE_EVENT_TYPE, id: wikiPageRoom(pageId) }, () => void refetch().catch(() => undefined));
  if (others.length === 0) return null;
  const [first, second] = others;
  const key = others.length === 1 ? 'wiki.presence.one' : others.length === 2 ? 'wiki.presence.two' : 'wiki.presence.more';
  return (
    <Group gap="xs" wrap="nowrap">
      <Group gap={4} wrap="nowrap" aria-hidden="true">
        {others.slice(0, 3).map((u) => (
          <UserAvatar key={u.id} initials={u.initials} seed={u.id} src={u.photoThumbnailUrl} size="sm" />
        ))}
      </Group>
      <Text size="sm" c="dimmed" role="status">
        <Trans i18nKey={key} values={{ first: first.name, second: second?.name ?? '', count: others.length - 1 }} components={{ name: <bdi /> }} />
      </Text>
    </Group>
  );
}
