import { graphql } from '@pillars/web/graphql';

/** Who has the page's editor open now ("Ana is editing"), refetched on each `Presence` invalidation of its room. */
export const WikiPageEditorsDocument = graphql(`
  query WikiPageEditors($id: ID!) {
    wikiPage(id: $id) {
      id
      editors {
        id
        name
        initials
        photoThumbnailUrl
      }
    }
  }
`);
