export * from './policies.domain';
export * from './policies.module';
export * from './policies.errors';
export * from './policies.events';
// The narrow question training's POLICY_ACK modules ask (no table leaves the lib).
export { PolicyAcknowledgementLookup } from './policy-acknowledgement-lookup';
// The chain check without the app, for the CLI (tools/policies/verify-evidence.ts) and the bench.
export { verifyEvidenceChain, organizationsWithEvidence, type ChainReport, type QueryRows } from './evidence-verifier';
export { evidenceHash, EvidenceProblemKind, type EvidenceFields, type EvidenceProblem } from './evidence-chain';
export { contentHashOf, shownTextHash } from './policy.presenter';
// The demo's policies, passed to the demo seed by the app (the demo lib may not import domains).
export { appendSeedEvidence, type SeedAcknowledgement } from './evidence-seed';
export { DEMO_CODE_OF_CONDUCT_TITLE, DEMO_SOCIAL_MEDIA_TITLE, demoPolicyId, seedDemoPolicies, type SeedDb } from './policies.demo-seed';
