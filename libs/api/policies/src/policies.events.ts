/** Events the policies domain appends to the outbox (ids only: handlers re-read what they may show). */
export const PoliciesEvents = {
  policyCreated: 'policies.policy.created',
  policyRetired: 'policies.policy.retired',
  versionDrafted: 'policies.version.drafted',
  versionPublished: 'policies.version.published',
  acknowledged: 'policies.acknowledgement.recorded',
  reviewRequested: 'policies.review.requested',
  reviewDecided: 'policies.review.decided',
} as const;

export interface PolicyVersionPublishedPayload {
  policyId: string;
  versionId: string;
  audienceId: string;
  major: number;
  minor: number;
  /** A major version asks its audience (again); a minor one asks nobody. */
  asks: boolean;
}

export interface PolicyAcknowledgedPayload {
  policyId: string;
  versionId: string;
  userId: string;
  acknowledgementId: string;
  position: number;
}
