import { defineDomain } from '@pillars/api/core';
import { AuthErrorCode } from './auth/auth.errors';
import { DIRECTORY_ENTITIES } from './directory.entities';
import { DirectoryErrorCode } from './directory.errors';
import { DirectoryModule } from './directory.module';
import { SetupErrorCode } from './setup/setup.errors';
import { DIRECTORY_MIGRATIONS } from './migrations';

/** People, teams, sessions: what the directory contributes to the app. */
export const directoryDomain = defineDomain({
  name: 'directory',
  module: DirectoryModule,
  entities: DIRECTORY_ENTITIES,
  migrations: DIRECTORY_MIGRATIONS,
  errorCodes: [DirectoryErrorCode, AuthErrorCode, SetupErrorCode],
});
