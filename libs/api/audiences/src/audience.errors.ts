import { registerErrorCodes } from '@pillars/api/core';

/** Codes of the audience model (docs/errors.md). */
export enum AudienceErrorCode {
  AUDIENCE_INVALID = 'AUDIENCE_INVALID',
  /** Another saved audience of the organisation has this name (case-insensitive); on field `name`. */
  AUDIENCE_NAME_TAKEN = 'AUDIENCE_NAME_TAKEN',
}
registerErrorCodes(AudienceErrorCode);
