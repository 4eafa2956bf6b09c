import { registerErrorCodes } from '@pillars/api/core';

/** Codes of sign-in, sessions and passwords (docs/errors.md). */
export enum AuthErrorCode {
  AUTH_INVALID_CREDENTIALS = 'AUTH_INVALID_CREDENTIALS',
  AUTH_ACCOUNT_DISABLED = 'AUTH_ACCOUNT_DISABLED',
  AUTH_WRONG_PASSWORD = 'AUTH_WRONG_PASSWORD',
}
registerErrorCodes(AuthErrorCode);
