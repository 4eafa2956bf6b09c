/** Events the audiences domain appends to the outbox; later pillars react to them. */
export const AudienceEvents = {
  created: 'audience.created',
  updated: 'audience.updated',
  /** Someone entered or left an audience (rules edit or directory change): enrol new joiners here. */
  membersChanged: 'audience.members.changed',
} as const;

export interface AudienceCreatedPayload {
  audienceId: string;
  version: number;
  memberCount: number;
}

export interface AudienceUpdatedPayload {
  audienceId: string;
  version: number;
}

/**
 * Large diffs (a team move) are split over several events of at most AUDIENCE_EVENT_CHUNK ids, so
 * one outbox row stays small and a consumer's transaction stays short.
 */
export interface AudienceMembersChangedPayload {
  audienceId: string;
  version: number;
  added: string[];
  removed: string[];
}
export const AUDIENCE_EVENT_CHUNK = 1000;
