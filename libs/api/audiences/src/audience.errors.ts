import { registerErrorCodes } from '@pillars/api/core';

/** Codes of the audience model (docs/errors.md). */
export enum AudienceErrorCode {
  AUDIENCE_INVALID = 'AUDIENCE_INVALID',
}
registerErrorCodes(AudienceErrorCode);
