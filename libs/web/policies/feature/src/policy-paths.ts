export const POLICIES_PATH = '/policies';
export const MY_POLICIES_PATH = '/policies/mine';
export const NEW_POLICY_PATH = '/policies/new';
export const VERIFY_EVIDENCE_PATH = '/policies/verify';
export const policyPath = (id: string) => `/policies/${encodeURIComponent(id)}`;
export const policyDraftPath = (id: string) => `${policyPath(id)}/draft`;
export const policyEvidencePath = (id: string, versionId: string) => `${policyPath(id)}/evidence?version=${encodeURIComponent(versionId)}`;
export const policyCompliancePath = (id: string, versionId: string) => `${policyPath(id)}/compliance?version=${encodeURIComponent(versionId)}`;
/** A draft the viewer was asked to review (the version's id). */
export const policyReviewPath = (versionId: string) => `/policies/reviews/${encodeURIComponent(versionId)}`;
