import { registerErrorCodes } from '@pillars/api/core';

/** Codes of the feeds domain (docs/errors.md). */
export enum FeedsErrorCode {
  /** Members (or leads) only may post in a team's feed. */
  FEEDS_NOT_A_MEMBER = 'FEEDS_NOT_A_MEMBER',
  /** The post was changed by someone else since the client read it. */
  FEEDS_VERSION_CONFLICT = 'FEEDS_VERSION_CONFLICT',
  /** Replies are one level deep: a reply cannot be answered. */
  FEEDS_REPLY_TOO_DEEP = 'FEEDS_REPLY_TOO_DEEP',
  /** Approve or reject applies to a post waiting in the queue only. */
  FEEDS_NOT_PENDING = 'FEEDS_NOT_PENDING',
  /** A team lead announces only in a team they lead, to that team (TEAM rules over it). */
  FEEDS_AUDIENCE_OUTSIDE_TEAM = 'FEEDS_AUDIENCE_OUTSIDE_TEAM',
  /** Only a must-read announcement is acknowledged. */
  FEEDS_NOT_MUST_READ = 'FEEDS_NOT_MUST_READ',
  /** Receipts are for people in the announcement's audience. */
  FEEDS_NOT_A_RECIPIENT = 'FEEDS_NOT_A_RECIPIENT',
  /** "Remind the rest" runs once per 24 hours per announcement (`retryAfter`, `nextReminderAt`). */
  FEEDS_REMINDED_RECENTLY = 'FEEDS_REMINDED_RECENTLY',
}
registerErrorCodes(FeedsErrorCode);
