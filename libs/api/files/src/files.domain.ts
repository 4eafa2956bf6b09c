import { defineDomain } from '@pillars/api/core';
import { FILE_ENTITIES } from './file.entities';
import { FilesErrorCode } from './files.errors';
import { FilesModule } from './files.module';
import { FILE_MIGRATIONS } from './migrations';

/** Uploaded files: what the domain contributes to the app. */
export const filesDomain = defineDomain({
  name: 'files',
  module: FilesModule,
  entities: FILE_ENTITIES,
  migrations: FILE_MIGRATIONS,
  errorCodes: [FilesErrorCode],
});
