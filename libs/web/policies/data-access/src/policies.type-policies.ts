import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Lists page by keyset: each list (and each version's evidence) is one growing connection. */
export const policiesTypePolicies: TypePolicies = {
  Query: {
    fields: {
      policies: relayStylePagination(),
      myPolicies: relayStylePagination(),
      myPolicyReviews: relayStylePagination(),
      policyEvidence: relayStylePagination(['policyId', 'versionId']),
      policyCompliancePeople: relayStylePagination(['versionId', 'groupBy', 'parentId']),
    },
  },
  // One request per reviewer and version: the viewer's own, so the version's id names it (a decision updates the list and the page).
  PolicyReviewRequest: { keyFields: ['version', ['id']] },
};

/** Socket events that change what these queries show. */
export const POLICY_QUERIES = ['Policies', 'MyPolicies', 'Policy', 'PolicyCompliance', 'PolicyCompliancePeople', 'MyPolicyReviews', 'PolicyReviewRequest'];
