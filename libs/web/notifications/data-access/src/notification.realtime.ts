import { useApolloClient, useQuery } from '@apollo/client/react';
import { onInvalidation, useLiveRoom, useSession } from '@pillars/web/core/data-access';
import { useEffect } from 'react';
import { NotificationsDocument, UnreadNotificationCountDocument } from './notification.documents';

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
        client.refetchQueries({ include: [UnreadNotificationCountDocument, NotificationsDocument] }).catch(() => undefined);
      }),
    [client, me?.id],
  );
  return data?.unreadNotificationCount ?? 0;
}
