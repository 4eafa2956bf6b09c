import { registerErrorCodes } from '@pillars/api/core';

/** Codes of the wiki domain (docs/errors.md). */
export enum WikiErrorCode {
  /** The page was saved by someone else since the base revision (`currentRevision`). */
  WIKI_REVISION_CONFLICT = 'WIKI_REVISION_CONFLICT',
  /** A page body (or template) is at most 1 MB of UTF-8 (`maxBytes`). */
  WIKI_PAGE_TOO_LARGE = 'WIKI_PAGE_TOO_LARGE',
  /** A page cannot move under itself or one of its own descendants. */
  WIKI_PAGE_CYCLE = 'WIKI_PAGE_CYCLE',
  /** A parent page must be a live page of the same space. */
  WIKI_PARENT_NOT_IN_SPACE = 'WIKI_PARENT_NOT_IN_SPACE',
  /** Space keys are unique in an organisation. */
  WIKI_SPACE_KEY_TAKEN = 'WIKI_SPACE_KEY_TAKEN',
  /** A TEAM space names a team of the organisation; other visibilities name none. */
  WIKI_SPACE_TEAM_REQUIRED = 'WIKI_SPACE_TEAM_REQUIRED',
  /** A members-only space keeps at least one admin. */
  WIKI_SPACE_LAST_ADMIN = 'WIKI_SPACE_LAST_ADMIN',
  /** A page's owner must be an active person who may read its space. */
  WIKI_OWNER_CANNOT_READ = 'WIKI_OWNER_CANNOT_READ',
  /** The page is archived (left unverified): it is restored or verified before it is edited. */
  WIKI_PAGE_ARCHIVED = 'WIKI_PAGE_ARCHIVED',
}
registerErrorCodes(WikiErrorCode);
