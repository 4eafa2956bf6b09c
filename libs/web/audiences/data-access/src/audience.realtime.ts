import { useQuery } from '@apollo/client/react';
import { useLiveRoom } from '@pillars/web/core/data-access';
import { AudienceSummaryDocument } from './audience.documents';

/** Viewers of one audience (HR, admins, its members): membership and rule changes arrive here. */
export const audienceRoom = (audienceId: string) => `audience:${audienceId}`;

/**
 * A saved audience kept current while shown: its room's `Audience:<id>` events refetch the
 * summary, since the query holds that entity (so no refetch map is needed).
 */
export function useLiveAudience(id: string | null | undefined) {
  useLiveRoom(id ? audienceRoom(id) : null);
  const { data } = useQuery(AudienceSummaryDocument, { variables: { id: id ?? '' }, skip: !id });
  return data?.audience ?? null;
}
