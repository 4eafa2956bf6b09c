/** GraphQL documents and result shapes shared by the policies specs (not a spec: importing a spec re-runs its tests). */
export const CREATE = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id title kind category tags } } }`;
export const DRAFT = `mutation($input: DraftPolicyVersionInput!) { draftPolicyVersion(input: $input) { version { id label status isMajor languages audienceId } } }`;
export const PUBLISH = `mutation($id: ID!) { publishPolicyVersion(id: $id) { version { id label status publishedAt effectiveAt } } }`;
export const ACK = `mutation($input: AcknowledgePolicyInput!) { acknowledgePolicy(input: $input) { acknowledgement { id versionLabel language method position intact hash prevHash } policy { viewerStatus { state acknowledgedVersion } } } }`;
export const READ = `query($id: ID!, $language: String) { policy(id: $id) { id title abilities { canManage canAcknowledge }
  viewerStatus { state dueAt acknowledgedAt acknowledgedVersion }
  currentVersion { id label isMajor effectiveAt changeSummary languages acknowledgementMethod audienceId
    reading(language: $language) { language requestedLanguage isFallback title bodyHtml acknowledgementText textHash } }
  draftVersion { id label } versions { id label status } } }`;
export type Reading = { language: string; requestedLanguage: string; isFallback: boolean; title: string; bodyHtml: string; acknowledgementText: string; textHash: string };
export type PolicyView = {
  id: string; title: string; abilities: { canManage: boolean; canAcknowledge: boolean };
  viewerStatus: { state: string; dueAt: string | null; acknowledgedAt: string | null; acknowledgedVersion: string | null };
  currentVersion: { id: string; label: string; isMajor: boolean; effectiveAt: string; changeSummary: string | null; languages: string[]; acknowledgementMethod: string; audienceId: string | null; reading: Reading | null } | null;
  draftVersion: { id: string; label: string } | null;
  versions: { id: string; label: string; status: string }[];
};
