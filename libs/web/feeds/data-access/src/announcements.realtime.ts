import type { TypePolicies } from '@apollo/client';
import type { RefetchMap } from '@pillars/web/core/data-access';
import { headRefreshPagination, type PaginationEdge } from './feeds.type-policies';

/** Receipt changes of one announcement, for its author, HR and admins (the server authorizes the join). */
export const announcementRoom = (postId: string) => `announcement:${postId}`;
/** `{ type: 'AnnouncementReach', id: <post id>, version }`: a receipt moved. */
export const ANNOUNCEMENT_REACH_EVENT = 'AnnouncementReach';

/**
 * The reach query holds the `AnnouncementReach:<id>` entity, so it refetches by the core rule; the
 * pending list does not, so the map names it.
 */
export const announcementsRefetchMap: RefetchMap = {
  [ANNOUNCEMENT_REACH_EVENT]: ['AnnouncementPending'],
};

const field = (edge: PaginationEdge, name: string): string | undefined => (edge.node as Record<string, unknown> | undefined)?.[name] as string | undefined;

/** Team roll-up and pending list: keyset pages merged, and a live refetch of the head keeps what was loaded after it. */
export const announcementsTypePolicies: TypePolicies = {
  Query: {
    fields: {
      announcementPending: headRefreshPagination(['id', 'state'], (edge) => (field(edge, 'user') as { __ref?: string } | undefined)?.__ref),
    },
  },
  AnnouncementReach: {
    fields: {
      teams: headRefreshPagination(false, (edge) => field(edge, 'teamId')),
    },
  },
};
