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
};

/** Socket events that change what these queries show. */
export const POLICY_QUERIES = ['Policies', 'MyPolicies', 'Policy', 'PolicyCompliance', 'PolicyCompliancePeople', 'MyPolicyReviews', 'PolicyReviewRequest'];
