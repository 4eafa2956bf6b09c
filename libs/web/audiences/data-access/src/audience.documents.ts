import { graphql } from '@pillars/web/graphql';

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
        id
        version
        memberCount
        createdAt
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
