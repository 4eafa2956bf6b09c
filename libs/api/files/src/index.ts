export * from './files.domain';
export * from './files.module';
export * from './files.errors';
export { FilesService, UNATTACHED_TTL_HOURS } from './files.service';
export type { FileOwner } from './files.service';
export { FileAccess } from './file-access';
export type { OwnerReadChecker } from './file-access';
export { FILE_STORAGE, LocalFileStorage, newStorageKey, fileStorageFromEnv } from './file-storage';
export type { FileStorage } from './file-storage';
export { FileModel } from './file.model';
export { ALLOWED_MIME, MAX_INPUT_PIXELS, THUMBNAIL_SIZE } from './file-content';
export { CSRF_HEADERS, checkUploadCsrf } from './files.controller';
// The upload path other domains' upload routes share (the wiki's zip import): same reader, limits and error shape.
export { readUpload } from './read-upload';
export type { ReceivedFile } from './read-upload';
export { sendError as sendUploadError } from './http-errors';
