import { registerErrorCodes } from '@pillars/api/core';

/** Codes of the policies domain (docs/errors.md). */
export enum PoliciesErrorCode {
  /** This person already acknowledged this version; nothing was written. */
  POLICY_ALREADY_ACKNOWLEDGED = 'POLICY_ALREADY_ACKNOWLEDGED',
  /** The policy already has a draft version: edit or publish it first. */
  POLICY_DRAFT_EXISTS = 'POLICY_DRAFT_EXISTS',
  /** Only a draft is edited or published. */
  POLICY_NOT_DRAFT = 'POLICY_NOT_DRAFT',
  /** A minor version needs a published version to amend; acknowledging needs one to read. */
  POLICY_NOT_PUBLISHED = 'POLICY_NOT_PUBLISHED',
  /** The policy is retired: no new versions, no acknowledgements. */
  POLICY_RETIRED = 'POLICY_RETIRED',
  /** Only the current version is acknowledged (`currentVersionId`). */
  POLICY_VERSION_NOT_CURRENT = 'POLICY_VERSION_NOT_CURRENT',
  /** The text hash sent is not that of the version's text in that language (`textHash` expected). */
  POLICY_TEXT_MISMATCH = 'POLICY_TEXT_MISMATCH',
  /** TYPED_NAME: the name typed is not the reader's full name. */
  POLICY_TYPED_NAME_MISMATCH = 'POLICY_TYPED_NAME_MISMATCH',
  /** Only people in the version's audience acknowledge it. */
  POLICY_NOT_IN_AUDIENCE = 'POLICY_NOT_IN_AUDIENCE',
  /** QUIZ: the attempt scored below the pass mark; it is recorded (`score`, `passMark`, `attemptsLeft`), nothing else is written. */
  POLICY_QUIZ_FAILED = 'POLICY_QUIZ_FAILED',
  /** QUIZ: every attempt allowed is used (`maxAttempts`); HR can be asked for help. */
  POLICY_QUIZ_ATTEMPTS_EXHAUSTED = 'POLICY_QUIZ_ATTEMPTS_EXHAUSTED',
  /** QUIZ: the attempt sent is not this reader's open attempt for this version and language: start one. */
  POLICY_QUIZ_ATTEMPT_INVALID = 'POLICY_QUIZ_ATTEMPT_INVALID',
  /** A gating policy waits for the viewer's acknowledgement (`policyIds`): only it can be read until then. */
  POLICY_GATE_PENDING = 'POLICY_GATE_PENDING',
  /** Reviewing ended: the version is no longer a draft (published or superseded), or the policy is retired (`status`). */
  POLICY_REVIEW_CLOSED = 'POLICY_REVIEW_CLOSED',
  /** The viewer manages the policy but was not asked to review this draft. */
  POLICY_REVIEW_NOT_REQUESTED = 'POLICY_REVIEW_NOT_REQUESTED',
}
registerErrorCodes(PoliciesErrorCode);
