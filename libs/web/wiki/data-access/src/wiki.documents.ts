import { graphql } from '@pillars/web/graphql';

export const WikiSpaceFieldsFragment = graphql(`
  fragment WikiSpaceFields on WikiSpace {
    id
    key
    name
    description
    visibility
    outsiderAccess
    reviewCycleMonths
    viewerRole
    abilities {
      canEdit
      canAdmin
    }
  }
`);

export const WikiTreePageFieldsFragment = graphql(`
  fragment WikiTreePageFields on WikiPage {
    id
    slug
    title
    language
    position
    hasChildren
  }
`);

export const WikiPageFieldsFragment = graphql(`
  fragment WikiPageFields on WikiPage {
    id
    slug
    title
    language
    body
    bodyHtml
    revisionNumber
    hasChildren
    reviewBy
    needsVerification
    verifiedAt
    archivedAt
    updatedAt
    owner {
      id
      name
    }
    verifiedBy {
      id
      name
    }
    abilities {
      canEdit
      canAdmin
    }
    breadcrumbs {
      id
      title
      slug
    }
    space {
      ...WikiSpaceFields
    }
  }
`);

export const WikiSpacesDocument = graphql(`
  query WikiSpaces($first: Int, $after: String) {
    wikiSpaces(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...WikiSpaceFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const WikiSpaceByKeyDocument = graphql(`
  query WikiSpaceByKey($key: String!) {
    wikiSpaceByKey(key: $key) {
      ...WikiSpaceFields
    }
  }
`);

/** One level of a space's tree (lazily, per opened node). */
export const WikiTreeLevelDocument = graphql(`
  query WikiTreeLevel($spaceId: ID!, $parentId: ID, $first: Int, $after: String) {
    wikiSpace(id: $spaceId) {
      id
      pages(parentId: $parentId, first: $first, after: $after) {
        edges {
          cursor
          node {
            ...WikiTreePageFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const WikiPageBySlugDocument = graphql(`
  query WikiPageBySlug($spaceKey: String!, $slug: String!) {
    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {
      ...WikiPageFields
      viewStats {
        views
        viewers
        last30Days
      }
      backlinks {
        id
        title
        slug
        spaceKey
        spaceName
      }
    }
  }
`);

/** The editor's page: its body, and the viewer's own autosaved draft if any. */
export const WikiEditPageDocument = graphql(`
  query WikiEditPage($spaceKey: String!, $slug: String!) {
    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {
      ...WikiPageFields
      myDraft {
        baseRevision
        title
        body
        updatedAt
      }
    }
  }
`);

export const WikiRevisionDocument = graphql(`
  query WikiRevision($pageId: ID!, $number: Int!) {
    wikiRevision(pageId: $pageId, number: $number) {
      id
      number
      title
      body
      bodyHtml
      summary
      language
      restoredFrom
      createdAt
      author {
        id
        name
      }
    }
  }
`);

export const WikiRevisionsDocument = graphql(`
  query WikiRevisions($spaceKey: String!, $slug: String!, $first: Int, $after: String) {
    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {
      id
      slug
      title
      revisionNumber
      abilities {
        canEdit
        canAdmin
      }
      space {
        id
        key
        name
      }
      revisions(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            number
            title
            summary
            language
            restoredFrom
            createdAt
            author {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const WikiDiffDocument = graphql(`
  query WikiDiff($pageId: ID!, $from: Int!, $to: Int!) {
    wikiDiff(pageId: $pageId, from: $from, to: $to) {
      from
      to
      titleParts {
        kind
        value
      }
      parts {
        kind
        value
      }
    }
  }
`);

export const WikiTemplatesDocument = graphql(`
  query WikiTemplates {
    wikiTemplates {
      id
      name
      description
      title
      body
      language
      builtIn
    }
  }
`);

export const WikiLinkTargetsDocument = graphql(`
  query WikiLinkTargets($query: String!, $spaceId: ID) {
    wikiLinkTargets(query: $query, spaceId: $spaceId) {
      id
      title
      slug
      spaceId
      spaceKey
      spaceName
    }
  }
`);

export const CreateWikiSpaceDocument = graphql(`
  mutation CreateWikiSpace($input: CreateWikiSpaceInput!) {
    createWikiSpace(input: $input) {
      space {
        ...WikiSpaceFields
      }
    }
  }
`);

export const CreateWikiPageDocument = graphql(`
  mutation CreateWikiPage($input: CreateWikiPageInput!) {
    createWikiPage(input: $input) {
      page {
        ...WikiTreePageFields
      }
    }
  }
`);

export const SaveWikiPageDocument = graphql(`
  mutation SaveWikiPage($input: SaveWikiPageInput!) {
    saveWikiPage(input: $input) {
      page {
        ...WikiPageFields
      }
      revision {
        id
        number
      }
    }
  }
`);

export const RestoreWikiRevisionDocument = graphql(`
  mutation RestoreWikiRevision($input: RestoreWikiRevisionInput!) {
    restoreWikiRevision(input: $input) {
      page {
        ...WikiPageFields
      }
      revision {
        id
        number
      }
    }
  }
`);

export const SaveWikiDraftDocument = graphql(`
  mutation SaveWikiDraft($input: SaveWikiDraftInput!) {
    saveWikiDraft(input: $input) {
      draft {
        baseRevision
        title
        body
        updatedAt
      }
    }
  }
`);

export const DiscardWikiDraftDocument = graphql(`
  mutation DiscardWikiDraft($pageId: ID!) {
    discardWikiDraft(pageId: $pageId) {
      page {
        id
        myDraft {
          baseRevision
        }
      }
    }
  }
`);

/** Counts the viewer's visit (once a day); the totals are only ever shown to owners and editors. */
export const RecordWikiPageViewDocument = graphql(`
  mutation RecordWikiPageView($pageId: ID!) {
    recordWikiPageView(pageId: $pageId)
  }
`);

export const MoveWikiPageDocument = graphql(`
  mutation MoveWikiPage($input: MoveWikiPageInput!) {
    moveWikiPage(input: $input) {
      page {
        id
        breadcrumbs {
          id
          title
          slug
        }
      }
    }
  }
`);

export const VerifyWikiPageDocument = graphql(`
  mutation VerifyWikiPage($pageId: ID!) {
    verifyWikiPage(pageId: $pageId) {
      page {
        id
        archivedAt
        reviewBy
        needsVerification
        verifiedAt
        verifiedBy {
          id
          name
        }
      }
    }
  }
`);

/** A page by its stable id (links are stored this way): where it lives now. */
export const WikiPageLocationDocument = graphql(`
  query WikiPageLocation($id: ID!) {
    wikiPage(id: $id) {
      id
      slug
      space {
        id
        key
      }
    }
  }
`);

/** What the viewer may do across the wiki (HR and admins create spaces and manage templates), asked by the wiki alone. */
export const WikiViewerDocument = graphql(`
  query WikiViewer {
    abilities {
      canCreateWikiSpaces
      canManageWikiTemplates
    }
  }
`);

/** A space's settings screen (its admins): the fields, the team, and the named members. */
export const WikiSpaceSettingsDocument = graphql(`
  query WikiSpaceSettings($key: String!, $first: Int, $after: String) {
    wikiSpaceByKey(key: $key) {
      ...WikiSpaceFields
      team {
        id
        name
      }
      members(first: $first, after: $after) {
        edges {
          cursor
          node {
            role
            user {
              id
              name
              title
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const UpdateWikiSpaceDocument = graphql(`
  mutation UpdateWikiSpace($input: UpdateWikiSpaceInput!) {
    updateWikiSpace(input: $input) {
      space {
        ...WikiSpaceFields
        team {
          id
          name
        }
      }
    }
  }
`);

export const SetWikiSpaceMemberDocument = graphql(`
  mutation SetWikiSpaceMember($input: SetWikiSpaceMemberInput!) {
    setWikiSpaceMember(input: $input) {
      space {
        ...WikiSpaceFields
      }
    }
  }
`);

export const WikiTemplateFieldsFragment = graphql(`
  fragment WikiTemplateFields on WikiTemplate {
    id
    name
    description
    title
    body
    language
    builtIn
  }
`);

export const CreateWikiTemplateDocument = graphql(`
  mutation CreateWikiTemplate($input: CreateWikiTemplateInput!) {
    createWikiTemplate(input: $input) {
      template {
        ...WikiTemplateFields
      }
    }
  }
`);

export const UpdateWikiTemplateDocument = graphql(`
  mutation UpdateWikiTemplate($input: UpdateWikiTemplateInput!) {
    updateWikiTemplate(input: $input) {
      template {
        ...WikiTemplateFields
      }
    }
  }
`);

export const DeleteWikiTemplateDocument = graphql(`
  mutation DeleteWikiTemplate($id: ID!) {
    deleteWikiTemplate(id: $id)
  }
`);

/** Who owns a page and how often it is reviewed (the hand-over dialog). */
export const WikiPageStewardshipDocument = graphql(`
  query WikiPageStewardship($id: ID!) {
    wikiPage(id: $id) {
      id
      reviewCycleMonths
      reviewBy
      needsVerification
      owner {
        id
        name
      }
      space {
        id
        reviewCycleMonths
      }
    }
  }
`);

export const SetWikiPageOwnerDocument = graphql(`
  mutation SetWikiPageOwner($input: SetWikiPageOwnerInput!) {
    setWikiPageOwner(input: $input) {
      page {
        id
        owner {
          id
          name
        }
      }
    }
  }
`);

export const SetWikiPageReviewCycleDocument = graphql(`
  mutation SetWikiPageReviewCycle($input: SetWikiPageReviewCycleInput!) {
    setWikiPageReviewCycle(input: $input) {
      page {
        id
        reviewCycleMonths
        reviewBy
        needsVerification
      }
    }
  }
`);

/** A space admin's reports: links naming no live page, and pages whose owner has left. */
export const WikiSpaceReportsDocument = graphql(`
  query WikiSpaceReports($spaceId: ID!) {
    wikiBrokenLinks(spaceId: $spaceId) {
      label
      target
      page {
        id
        title
        slug
        spaceKey
      }
    }
    wikiDepartedOwnerPages(spaceId: $spaceId) {
      id
      title
      slug
      language
      updatedAt
      owner {
        id
        name
      }
    }
  }
`);
