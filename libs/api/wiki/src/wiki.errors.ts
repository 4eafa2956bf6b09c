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
  /** A space export past its cap of pages (`maxPages`) or Markdown bytes (`maxBytes`). */
  WIKI_EXPORT_TOO_LARGE = 'WIKI_EXPORT_TOO_LARGE',
  /** The import is not a zip archive, or an entry is corrupt, truncated or compressed other than stored or deflated (`file`, `reason`). */
  WIKI_IMPORT_NOT_A_ZIP = 'WIKI_IMPORT_NOT_A_ZIP',
  /** The archive holds no Markdown (.md) file. */
  WIKI_IMPORT_EMPTY = 'WIKI_IMPORT_EMPTY',
  /** More entries than an import takes (`maxEntries`). */
  WIKI_IMPORT_TOO_MANY_FILES = 'WIKI_IMPORT_TOO_MANY_FILES',
  /** The Markdown inflates past the import's total (`maxBytes`), counted while inflating (`file`: where it stopped). */
  WIKI_IMPORT_TOO_LARGE = 'WIKI_IMPORT_TOO_LARGE',
  /** One Markdown file inflates past a page's 1 MB (`file`, `maxBytes`). */
  WIKI_IMPORT_FILE_TOO_LARGE = 'WIKI_IMPORT_FILE_TOO_LARGE',
  /** An entry's path climbs out (`..`), is absolute, holds a backslash or a control character, or is too deep (`file`, `reason`). */
  WIKI_IMPORT_UNSAFE_PATH = 'WIKI_IMPORT_UNSAFE_PATH',
  /** Two entries have the same path, letter case aside (`file`). */
  WIKI_IMPORT_DUPLICATE_NAME = 'WIKI_IMPORT_DUPLICATE_NAME',
  /** A Markdown file is not UTF-8 text, or holds NUL or control characters (`file`, `reason`). */
  WIKI_IMPORT_FILE_NOT_TEXT = 'WIKI_IMPORT_FILE_NOT_TEXT',
  /** A page title (front matter or file name) breaks the title rule (`file`, `reason`: the rule). */
  WIKI_IMPORT_BAD_TITLE = 'WIKI_IMPORT_BAD_TITLE',
  /** The page is archived (left unverified): it is restored or verified before it is edited. */
  WIKI_PAGE_ARCHIVED = 'WIKI_PAGE_ARCHIVED',
  /** An image of the archive inflates past an upload's size, or the images together past 20 MB (`file`, `maxBytes`). */
  WIKI_IMPORT_IMAGE_TOO_LARGE = 'WIKI_IMPORT_IMAGE_TOO_LARGE',
  /** A file in `_images/` that is not an image, or a linked image the upload pipeline refuses (`file`, `reason`). */
  WIKI_IMPORT_IMAGE_INVALID = 'WIKI_IMPORT_IMAGE_INVALID',
}
registerErrorCodes(WikiErrorCode);
