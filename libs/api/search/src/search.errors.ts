import { registerErrorCodes } from '@pillars/api/core';

/** Codes of the search domain (docs/errors.md). Malformed text, ids and cursors are BAD_USER_INPUT. */
export enum SearchErrorCode {
  /** The query holds no letter or digit to search for (punctuation or symbols only). */
  SEARCH_QUERY_NO_TERMS = 'SEARCH_QUERY_NO_TERMS',
  /** The query holds more than `max` words; a longer one would only be slower and find nothing more. */
  SEARCH_TOO_MANY_TERMS = 'SEARCH_TOO_MANY_TERMS',
}
registerErrorCodes(SearchErrorCode);
