/** Events the wiki appends to the outbox (ids only: handlers re-read what they may show). */
export const WikiEvents = {
  spaceCreated: 'wiki.space.created',
  spaceUpdated: 'wiki.space.updated',
  memberChanged: 'wiki.space.member-changed',
  pageCreated: 'wiki.page.created',
  /** A new revision (a save or a restore). */
  pageSaved: 'wiki.page.saved',
  pageMoved: 'wiki.page.moved',
  pageDeleted: 'wiki.page.deleted',
  pageVerified: 'wiki.page.verified',
  ownerChanged: 'wiki.page.owner-changed',
  reviewCycleChanged: 'wiki.page.review-cycle-changed',
} as const;

export interface WikiPageEventPayload {
  pageId: string;
  spaceId: string;
  /** The page's revision number after the command. */
  revision: number;
  /** Pages deleted with it (a subtree), for a search index to drop. */
  pageIds?: string[];
}

export interface WikiSpaceEventPayload {
  spaceId: string;
  userId?: string;
}
