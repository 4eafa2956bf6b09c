import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';

export interface ApolloClientOptions {
  /** Cache policies contributed by domain data-access libs (pagination, key fields). */
  typePolicies?: TypePolicies;
  uri?: string;
}

/** One client per tab: same-origin `/graphql`, the session cookie travels with every request. */
export function createApolloClient({ typePolicies = {}, uri = '/graphql' }: ApolloClientOptions = {}) {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({ typePolicies }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
