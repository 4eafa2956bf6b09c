import { registerErrorCodes } from '@pillars/api/core';

/** Codes of first-run setup (docs/errors.md). */
export enum SetupErrorCode {
  SETUP_ALREADY_DONE = 'SETUP_ALREADY_DONE',
}
registerErrorCodes(SetupErrorCode);
