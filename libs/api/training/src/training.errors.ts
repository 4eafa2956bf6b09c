import { registerErrorCodes } from '@pillars/api/core';

/** Codes of the training domain (docs/errors.md). */
export enum TrainingErrorCode {
  /** The course is not published (a draft, or archived): no enrolment, assignment or progress. */
  TRAINING_COURSE_NOT_PUBLISHED = 'TRAINING_COURSE_NOT_PUBLISHED',
  /** Only a draft is published; an archived course stays archived (`status`). */
  TRAINING_COURSE_STATUS = 'TRAINING_COURSE_STATUS',
  /** Self-enrolment in a course that is not open to it (required courses are assigned). */
  TRAINING_SELF_ENROL_CLOSED = 'TRAINING_SELF_ENROL_CLOSED',
  /** The person already has an open enrolment in this course, or a completion still valid. */
  TRAINING_ALREADY_ENROLLED = 'TRAINING_ALREADY_ENROLLED',
  /** A manager assigned a course to someone outside their own line (`outside`: how many). */
  TRAINING_ASSIGNMENT_OUTSIDE_LINE = 'TRAINING_ASSIGNMENT_OUTSIDE_LINE',
  /** The module is not of the kind this action completes (`kind`). */
  TRAINING_MODULE_KIND = 'TRAINING_MODULE_KIND',
  /** POLICY_ACK: the person has not acknowledged the version in force of the module's policy. */
  TRAINING_POLICY_NOT_ACKNOWLEDGED = 'TRAINING_POLICY_NOT_ACKNOWLEDGED',
  /** QUIZ: the attempt scored below the pass mark (`score`, `passMark`, `attemptsLeft`); it is recorded. */
  TRAINING_QUIZ_FAILED = 'TRAINING_QUIZ_FAILED',
  /** QUIZ: every attempt allowed is used (`maxAttempts`). */
  TRAINING_QUIZ_ATTEMPTS_EXHAUSTED = 'TRAINING_QUIZ_ATTEMPTS_EXHAUSTED',
  /** QUIZ: not this learner's open attempt of this module. */
  TRAINING_QUIZ_ATTEMPT_INVALID = 'TRAINING_QUIZ_ATTEMPT_INVALID',
  /** EVIDENCE_UPLOAD: the file is not a PDF or an image, or is over 10 MB. */
  TRAINING_EVIDENCE_FILE = 'TRAINING_EVIDENCE_FILE',
  /** EVIDENCE_UPLOAD: this evidence was already reviewed (`status`), or a review is pending. */
  TRAINING_EVIDENCE_REVIEWED = 'TRAINING_EVIDENCE_REVIEWED',
  /** The enrolment is completed: nothing more to record on it. */
  TRAINING_ENROLMENT_CLOSED = 'TRAINING_ENROLMENT_CLOSED',
  /** ATTENDANCE: every seat of the session is booked (`capacity`). */
  TRAINING_SESSION_FULL = 'TRAINING_SESSION_FULL',
  /** ATTENDANCE: the session has started: no more booking into it, cancelling or moving out of it (`startsAt`). */
  TRAINING_SESSION_STARTED = 'TRAINING_SESSION_STARTED',
  /** ATTENDANCE: attendance is confirmed only for someone booked in a session. */
  TRAINING_SESSION_NOT_BOOKED = 'TRAINING_SESSION_NOT_BOOKED',
  /** ATTENDANCE: the person's session has not started yet (`startsAt`). */
  TRAINING_SESSION_NOT_STARTED = 'TRAINING_SESSION_NOT_STARTED',
  /** No certificate has that verification code (or it is malformed). */
  TRAINING_CERTIFICATE_UNKNOWN = 'TRAINING_CERTIFICATE_UNKNOWN',
}
registerErrorCodes(TrainingErrorCode);
