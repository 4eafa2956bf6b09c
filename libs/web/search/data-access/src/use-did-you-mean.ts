import { useQuery } from '@apollo/client/react';
import type { SearchKind } from '@pillars/web/graphql';
import { SearchSuggestionDocument } from './search.documents';

/**
 * "Did you mean", asked only once a search for `query` found nothing (`nothingFound`), in its own
 * request: the results (or their absence) never wait for it. Null until it answers, and when no
 * title the viewer may read is close.
 */
export function useDidYouMean(query: string, kinds: SearchKind[] | null, nothingFound: boolean): string | null {
  const { data } = useQuery(SearchSuggestionDocument, { variables: { query, kinds }, skip: !nothingFound });
  return nothingFound ? (data?.searchSuggestion ?? null) : null;
}
