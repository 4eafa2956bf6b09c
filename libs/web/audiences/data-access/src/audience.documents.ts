import { graphql } from '@pillars/web/graphql';

/** A saved audience as the pages show it after a save. */
export const AudienceSummaryFragment = graphql(`
  fragment AudienceSummary on Audience {
    id
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
