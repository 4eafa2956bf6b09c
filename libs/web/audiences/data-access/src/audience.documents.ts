import { graphql } from '@pillars/web/graphql';

/** A saved audience as the pages show it after a save. */
export const AudienceSummaryFragment = graphql(`
  fragment AudienceSummary on Audience {
    id
    name
    version
    memberCount
    createdAt
  }
`);

export const AudiencePreviewDocument = graphql(`
  query AudiencePreview($rules: AudienceRulesInput!) {
    audiencePreview(rules: $rules) {
      count
      sample {
        userId
        name
        initials
        title
      }
    }
  }
`);

export const CreateAudienceDocument = graphql(`
  mutation CreateAudience($input: CreateAudienceInput!) {
    createAudience(input: $input) {
      audience {
        ...AudienceSummary
      }
    }
  }
`);

/** What the page shows of a saved audience, refetched when its room reports a change. */
export const AudienceSummaryDocument = graphql(`
  query AudienceSummary($id: ID!) {
    audience(id: $id) {
      id
      version
      memberCount
    }
  }
`);

/** A row of the saved-audience list: name, size, owner and where it is used. */
export const SavedAudienceRowFragment = graphql(`
  fragment SavedAudienceRow on Audience {
    id
    name
    memberCount
    version
    updatedAt
    owner {
      id
      name
    }
    usages {
      kind
      count
    }
    abilities {
      canEdit
    }
  }
`);

export const SavedAudiencesDocument = graphql(`
  query SavedAudiences($first: Int, $after: String, $query: String) {
    savedAudiences(first: $first, after: $after, query: $query) {
      edges {
        cursor
        node {
          ...SavedAudienceRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A stored rule with the names of the people it refers to. */
export const StoredAudienceRuleFragment = graphql(`
  fragment StoredAudienceRule on AudienceRule {
    kind
    teamId
    includeSubTeams
    location
    role
    managerId
    direct
    userIds
    people {
      userId
      name
    }
  }
`);

/** A saved audience reopened for editing: its rules, and the names of the people its rules name. */
export const SavedAudienceDocument = graphql(`
  query SavedAudience($id: ID!) {
    audience(id: $id) {
      ...SavedAudienceRow
      rules {
        include {
          ...StoredAudienceRule
        }
        exclude {
          ...StoredAudienceRule
        }
      }
    }
  }
`);

export const UpdateAudienceDocument = graphql(`
  mutation UpdateAudience($input: UpdateAudienceInput!) {
    updateAudience(input: $input) {
      audience {
        ...SavedAudienceRow
      }
    }
  }
`);

/** Everyone a draft selects, by name: what "and N more" opens into. */
export const AudiencePreviewMembersDocument = graphql(`
  query AudiencePreviewMembers($rules: AudienceRulesInput!, $first: Int, $after: String) {
    audiencePreviewMembers(rules: $rules, first: $first, after: $after) {
      edges {
        cursor
        node {
          userId
          name
          initials
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Saved audiences to choose from when publishing (first page by name, narrowed by typing). */
export const AudienceChoicesDocument = graphql(`
  query AudienceChoices($query: String) {
    savedAudiences(first: 50, query: $query) {
      edges {
        node {
          id
          name
          memberCount
        }
      }
    }
  }
`);
