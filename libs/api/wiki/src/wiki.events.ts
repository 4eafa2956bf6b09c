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
  /** Archived by its space for being left unverified (the archive job; no actor). */
  pageArchived: 'wiki.page.archived',
  /** Brought back from the archive by its owner or a space admin. */
  pageUnarchived: 'wiki.page.unarchived',
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
