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

/** Returns the page's own fields, so Apollo's cache clears the banner and brings back Edit on the page shown. */
export const RestoreArchivedWikiPageDocument = graphql(`
  mutation RestoreArchivedWikiPage($pageId: ID!) {
    restoreArchivedWikiPage(pageId: $pageId) {
      page {
        ...WikiPageFields
      }
    }
  }
`);

/** The space's "archive pages left unverified" setting (space admins). */
export const WikiSpaceArchiveSettingDocument = graphql(`
  query WikiSpaceArchiveSetting($id: ID!) {
    wikiSpace(id: $id) {
      id
      archiveUnverifiedAfterDays
    }
  }
`);

export const SetWikiSpaceArchiveSettingDocument = graphql(`
  mutation SetWikiSpaceArchiveSetting($input: UpdateWikiSpaceInput!) {
    updateWikiSpace(input: $input) {
      space {
        id
        archiveUnverifiedAfterDays
      }
    }
  }
`);

/** The editor's preview, rendered by the server as a save would (same sanitiser, `[[links]]` resolved among readable pages). */
export const RenderWikiPreviewDocument = graphql(`
  query RenderWikiPreview($spaceId: ID!, $body: String!) {
    renderWikiPreview(spaceId: $spaceId, body: $body) {
      html
      brokenLinks
    }
  }
`);
