import { graphql } from '@pillars/web/graphql';

export const SearchHitFieldsFragment = graphql(`
  fragment SearchHitFields on SearchHit {
    kind
    id
    title
    snippetHtml
    url
    updatedAt
    language
    author {
      id
      name
      initials
      teams {
        team {
          id
          name
        }
      }
    }
  }
`);

export const SearchDocument = graphql(`
  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $authorId: ID, $language: String, $updatedSince: DateTime, $typing: Boolean) {
    search(query: $query, kinds: $kinds, first: $first, after: $after, authorId: $authorId, language: $language, updatedSince: $updatedSince, typing: $typing) {
      edges {
        cursor
        node {
          ...SearchHitFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      counts {
        kind
        count
        capped
      }
    }
  }
`);

export const SimilarDocument = graphql(`
  query Similar($text: String!, $kinds: [SearchKind!], $first: Int) {
    similar(text: $text, kinds: $kinds, first: $first) {
      ...SearchHitFields
    }
  }
`);

export const SearchSuggestionDocument = graphql(`
  query SearchSuggestion($query: String!, $kinds: [SearchKind!]) {
    searchSuggestion(query: $query, kinds: $kinds)
  }
`);
