import { registerErrorCodes } from '@pillars/api/core';

/** Codes of the files domain (docs/errors.md). */
export enum FilesErrorCode {
  /** The content (by its magic bytes) is not JPEG, PNG, GIF, WebP or PDF. */
  FILES_TYPE_NOT_ALLOWED = 'FILES_TYPE_NOT_ALLOWED',
  /** The file name breaks the text rule (NUL, controls, bidi controls) or is too long. */
  FILES_NAME_INVALID = 'FILES_NAME_INVALID',
  /** An image with more pixels than the decoder accepts (a decompression bomb, or just huge). */
  FILES_IMAGE_TOO_LARGE = 'FILES_IMAGE_TOO_LARGE',
  /** The bytes start like an image but cannot be decoded. */
  FILES_IMAGE_UNREADABLE = 'FILES_IMAGE_UNREADABLE',
  /** The multipart body is malformed, has no file part, or more than one. */
  FILES_UPLOAD_MALFORMED = 'FILES_UPLOAD_MALFORMED',
  /** The request lacks the CSRF header or comes from another origin. */
  FILES_CSRF_REFUSED = 'FILES_CSRF_REFUSED',
  /** An image was expected (a profile photo) and the file is a PDF. */
  FILES_NOT_AN_IMAGE = 'FILES_NOT_AN_IMAGE',
  /** attach() was given a file that is not the actor's own unattached upload. */
  FILES_NOT_ATTACHABLE = 'FILES_NOT_ATTACHABLE',
}
registerErrorCodes(FilesErrorCode);
