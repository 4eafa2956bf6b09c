import { registerErrorCodes } from '@pillars/api/core';

/** Codes the directory's people, teams and import commands throw (docs/errors.md). */
export enum DirectoryErrorCode {
  DIRECTORY_EMAIL_TAKEN = 'DIRECTORY_EMAIL_TAKEN',
  DIRECTORY_MANAGER_CYCLE = 'DIRECTORY_MANAGER_CYCLE',
  DIRECTORY_TEAM_CYCLE = 'DIRECTORY_TEAM_CYCLE',
  DIRECTORY_IMPORT_INVALID = 'DIRECTORY_IMPORT_INVALID',
  DIRECTORY_IMPORT_TOO_MANY_TEAMS = 'DIRECTORY_IMPORT_TOO_MANY_TEAMS',
}
registerErrorCodes(DirectoryErrorCode);
