export * from './policies.domain';
export * from './policies.module';
export * from './policies.errors';
export * from './policies.events';
// The chain check without the app, for the CLI (tools/policies/verify-evidence.ts) and the bench.
export { verifyEvidenceChain, organizationsWithEvidence, type ChainReport, type QueryRows } from './evidence-verifier';
export { EvidenceProblemKind, type EvidenceProblem } from './evidence-chain';
