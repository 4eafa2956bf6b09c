import { registerErrorCodes } from '@pillars/api/core';

/** Codes of sign-in, sessions and passwords (docs/errors.md). */
export enum AuthErrorCode {
  AUTH_INVALID_CREDENTIALS = 'AUTH_INVALID_CREDENTIALS',
  AUTH_ACCOUNT_DISABLED = 'AUTH_ACCOUNT_DISABLED',
  AUTH_WRONG_PASSWORD = 'AUTH_WRONG_PASSWORD',
  /** An invitation or reset link that is unknown, already used, or replaced by a newer one. */
  AUTH_LINK_INVALID = 'AUTH_LINK_INVALID',
  /** An invitation or reset link past its expiry. */
  AUTH_LINK_EXPIRED = 'AUTH_LINK_EXPIRED',
  /** `resendInvitation` for someone who has already set a password (send a reset link instead). */
  AUTH_ALREADY_ACTIVATED = 'AUTH_ALREADY_ACTIVATED',
}
registerErrorCodes(AuthErrorCode);
