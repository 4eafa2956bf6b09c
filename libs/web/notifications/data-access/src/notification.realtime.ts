import { useApolloClient, useQuery } from '@apollo/client/react';
import { onInvalidation, useLiveRoom, useSession } from '@pillars/web/core/data-access';
import { useEffect } from 'react';
import { UnreadNotificationCountDocument } from './notification.documents';

/** What a Notifications event makes stale: the count and an open centre. */
const LIVE_QUERIES = ['UnreadNotificationCount', 'Notifications'];

/** The signed-in person's own room: the server sends `Notifications:<userId>` there. */
export const notificationsRoom = (userId: string) => `user:${userId}`;
export const NOTIFICATIONS_EVENT = 'Notifications';

/**
 * The unread count, kept live: the person's room reports new and read notifications, and the
 * count (and an open centre) refetch. The event carries no content, only that something changed.
 */
export function useLiveUnreadCount(): number {
  const { me } = useSession();
  const client = useApolloClient();
  useLiveRoom(me ? notificationsRoom(me.id) : null);
  const { data } = useQuery(UnreadNotificationCountDocument, { skip: !me });
  useEffect(
    () =>
      onInvalidation(client, (event) => {
        if (event.type !== NOTIFICATIONS_EVENT || event.id !== me?.id) return;
        client
          .refetchQueries({ include: 'active', onQueryUpdated: (query) => LIVE_QUERIES.includes(query.queryName ?? '') })
          .catch(() => undefined);
      }),
    [client, me?.id],
  );
  return data?.unreadNotificationCount ?? 0;
}
