import { graphql } from '@pillars/web/graphql';

export const PolicyStatusFieldsFragment = graphql(`
  fragment PolicyStatusFields on PolicyReaderStatus {
    state
    dueAt
    acknowledgedAt
    acknowledgedVersion
    acknowledgedVersionId
  }
`);

export const PolicyCardFieldsFragment = graphql(`
  fragment PolicyCardFields on Policy {
    id
    title
    kind
    category
    tags
    retiredAt
    currentVersion {
      id
      label
      effectiveAt
    }
    viewerStatus {
      ...PolicyStatusFields
    }
  }
`);

export const PoliciesDocument = graphql(`
  query Policies($first: Int, $after: String) {
    policies(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PolicyCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyPoliciesDocument = graphql(`
  query MyPolicies($first: Int, $after: String) {
    myPolicies(first: $first, after: $after) {
      edges {
        cursor
        node {
          policy {
            ...PolicyCardFields
          }
          status {
            ...PolicyStatusFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PolicyVersionFieldsFragment = graphql(`
  fragment PolicyVersionFields on PolicyVersion {
    id
    label
    major
    minor
    isMajor
    status
    changeSummary
    effectiveAt
    publishedAt
    languages
    fallbackLanguage
    acknowledgementMethod
    dueInDays
  }
`);

export const PolicyReviewFieldsFragment = graphql(`
  fragment PolicyReviewFields on PolicyReview {
    reviewer {
      id
      name
    }
    decision
    comment
    requestedAt
    decidedAt
  }
`);

export const PolicyDocument = graphql(`
  query Policy($id: ID!, $language: String) {
    policy(id: $id) {
      ...PolicyCardFields
      owner {
        id
        name
      }
      abilities {
        canManage
        canAcknowledge
      }
      currentVersion {
        ...PolicyVersionFields
        reading(language: $language) {
          language
          requestedLanguage
          isFallback
          title
          bodyHtml
          acknowledgementText
          textHash
        }
        changesSinceSigned(language: $language) {
          fromVersionId
          fromLabel
          fromLanguage
          toLanguage
          addedWords
          removedWords
          changes {
            kind
            text
          }
        }
      }
      draftVersion {
        ...PolicyVersionFields
        reviews {
          ...PolicyReviewFields
        }
      }
      versions {
        ...PolicyVersionFields
      }
    }
  }
`);

export const CreatePolicyDocument = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      policy {
        ...PolicyCardFields
      }
    }
  }
`);

export const DraftPolicyVersionDocument = graphql(`
  mutation DraftPolicyVersion($input: DraftPolicyVersionInput!) {
    draftPolicyVersion(input: $input) {
      version {
        ...PolicyVersionFields
      }
    }
  }
`);

export const PublishPolicyVersionDocument = graphql(`
  mutation PublishPolicyVersion($id: ID!) {
    publishPolicyVersion(id: $id) {
      version {
        ...PolicyVersionFields
      }
    }
  }
`);

export const AcknowledgePolicyDocument = graphql(`
  mutation AcknowledgePolicy($input: AcknowledgePolicyInput!) {
    acknowledgePolicy(input: $input) {
      acknowledgement {
        id
        versionLabel
        acknowledgedAt
      }
      policy {
        ...PolicyCardFields
        abilities {
          canManage
          canAcknowledge
        }
      }
    }
  }
`);

export const StartPolicyQuizDocument = graphql(`
  mutation StartPolicyQuiz($input: StartPolicyQuizInput!) {
    startPolicyQuiz(input: $input) {
      attempt {
        id
        versionId
        language
        number
        maxAttempts
        passMark
        questions {
          id
          prompt
          multiple
          options {
            id
            text
          }
        }
      }
    }
  }
`);

export const PolicyEvidenceDocument = graphql(`
  query PolicyEvidence($policyId: ID!, $versionId: ID, $first: Int, $after: String) {
    policyEvidence(policyId: $policyId, versionId: $versionId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          position
          versionLabel
          language
          method
          acknowledgedAt
          textHash
          hash
          intact
          user {
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
`);

export const VerifyPolicyEvidenceDocument = graphql(`
  query VerifyPolicyEvidence {
    verifyPolicyEvidence {
      ok
      checked
      headPosition
      problems {
        kind
        position
        rowId
        missing
      }
    }
  }
`);

export const PolicyComplianceDocument = graphql(`
  query PolicyCompliance($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {
    policyCompliance(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {
      versionId
      policyId
      versionLabel
      groupBy
      parentId
      parentName
      organizationWide
      totals {
        audience
        acknowledged
        pending
        overdue
        percent
      }
      groups {
        id
        name
        audience
        acknowledged
        pending
        overdue
        percent
      }
    }
  }
`);

export const PolicyCompliancePeopleDocument = graphql(`
  query PolicyCompliancePeople($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $first: Int, $after: String, $location: String, $role: Role) {
    policyCompliancePeople(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, first: $first, after: $after, location: $location, role: $role) {
      edges {
        cursor
        node {
          user {
            id
            name
          }
          state
          dueAt
          acknowledgedAt
          acknowledgedVersion
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PolicyComplianceCsvDocument = graphql(`
  query PolicyComplianceCsv($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {
    policyComplianceCsv(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role)
  }
`);

export const PolicyEvidenceCsvDocument = graphql(`
  query PolicyEvidenceCsv($versionId: ID!) {
    policyEvidenceCsv(versionId: $versionId)
  }
`);

export const PolicyComplianceTrendDocument = graphql(`
  query PolicyComplianceTrend($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {
    policyComplianceTrend(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {
      day
      audience
      acknowledged
      pending
      overdue
      percent
    }
  }
`);

export const RequestPolicyReviewDocument = graphql(`
  mutation RequestPolicyReview($input: RequestPolicyReviewInput!) {
    requestPolicyReview(input: $input) {
      version {
        id
        reviews {
          ...PolicyReviewFields
        }
      }
    }
  }
`);

export const PolicyReviewRequestFieldsFragment = graphql(`
  fragment PolicyReviewRequestFields on PolicyReviewRequest {
    policyId
    policyTitle
    policyKind
    policyCategory
    version {
      id
      label
      status
      isMajor
      changeSummary
      languages
      acknowledgementMethod
    }
    review {
      decision
      comment
      requestedAt
      decidedAt
      requestedBy {
        id
        name
      }
    }
  }
`);

export const MyPolicyReviewsDocument = graphql(`
  query MyPolicyReviews($first: Int, $after: String) {
    myPolicyReviews(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PolicyReviewRequestFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PolicyReviewRequestDocument = graphql(`
  query PolicyReviewRequest($versionId: ID!, $language: String) {
    policyReviewRequest(versionId: $versionId) {
      ...PolicyReviewRequestFields
      version {
        id
        reading(language: $language) {
          language
          isFallback
          title
          bodyHtml
          acknowledgementText
        }
      }
    }
  }
`);

export const ReviewPolicyVersionDocument = graphql(`
  mutation ReviewPolicyVersion($input: ReviewPolicyVersionInput!) {
    reviewPolicyVersion(input: $input) {
      request {
        ...PolicyReviewRequestFields
      }
    }
  }
`);
