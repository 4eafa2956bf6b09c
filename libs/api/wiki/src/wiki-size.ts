import { AppError } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { WikiErrorCode } from './wiki.errors';

/** 1 MB of UTF-8 per page body, draft or template (LIMITS.wikiPageBytes). */
export function checkSize(body: string): void {
  if (Buffer.byteLength(body, 'utf8') > LIMITS.wikiPageBytes) throw new AppError(WikiErrorCode.WIKI_PAGE_TOO_LARGE, { maxBytes: LIMITS.wikiPageBytes }, 'The page is larger than 1 MB');
}
