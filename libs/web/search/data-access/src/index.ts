export * from './search.documents';
export { searchTypePolicies } from './search.type-policies';
export { useDidYouMean } from './use-did-you-mean';
/** Whether a text holds something to search for (the API answers SEARCH_QUERY_NO_TERMS otherwise). */
export const hasSearchTerms = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
