import type { Actor } from '../auth/actor';
import type { Tx } from '../database/db.service';

/** A square in pixels of the upright image. */
export interface SquareCrop {
  x: number;
  y: number;
  size: number;
}

export interface ImageOwner {
  ownerType: string;
  ownerId: string;
}

/**
 * What a domain that keeps images of its own (a profile photo) asks of uploads, without
 * importing the files domain (which tests through the directory): the files domain provides it.
 */
export interface ImageUploads {
  /**
   * From the actor's own unattached image upload: the square `crop` (or the centred largest
   * square), upright, re-encoded without any metadata at `size` (JPEG) and a small WebP, stored
   * as a new unattached upload of the actor. Refuses other files and crops outside the image.
   */
  squareFromUpload(actor: Actor, sourceId: string, crop: SquareCrop | null, size: number, thumbnailSize: number): Promise<{ id: string }>;
  /** Attaches the actor's unattached upload `fileId` to `owner`, in the caller's transaction. */
  attach(tx: Tx, actor: Actor, fileId: string, owner: ImageOwner): Promise<void>;
  /**
   * Attaches those of `fileIds` that are the actor's own unattached uploads to `owner`, in the
   * caller's transaction, and leaves the others as they are (already attached, or someone else's):
   * for a body that links files (a wiki page's images). The ids attached.
   */
  attachOwn(tx: Tx, actor: Actor, fileIds: readonly string[], owner: ImageOwner): Promise<string[]>;
  /** Detaches every file of `owner` but `keepId` (they are purged with the other unattached uploads). */
  detachAll(tx: Tx, owner: ImageOwner, keepId?: string | null): Promise<void>;
  /**
   * Through the upload pipeline (type by magic bytes, images only, re-encoded by sharp without
   * metadata, a thumbnail), `bytes` as a new unattached upload of the actor named `name`: for
   * images that arrive other than by /files (a wiki zip import). Refuses with the files domain's
   * codes (FILES_TYPE_NOT_ALLOWED, FILES_NOT_AN_IMAGE, FILES_IMAGE_UNREADABLE, FILES_IMAGE_TOO_LARGE).
   */
  uploadImage(actor: Actor, name: string, bytes: Buffer): Promise<{ id: string; url: string }>;
  /** Deletes the actor's own unattached uploads among `fileIds`, rows and bytes (an import that failed after uploading). */
  discardOwn(actor: Actor, fileIds: readonly string[]): Promise<void>;
  /**
   * Of `fileIds`, the images attached to an owner of `ownerType` that the actor may read (by the
   * type's registered reader), with their bytes; null when together they weigh more than
   * `maxBytes` (nothing is read then). For exports that carry a page's images.
   */
  readAttachedImages(actor: Actor, ownerType: string, fileIds: readonly string[], maxBytes: number): Promise<{ id: string; name: string; mime: string; data: Buffer }[] | null>;
  /** Who may read the files of an owner type (the owner's own read rule). */
  registerReader(ownerType: string, checker: (actor: Actor, ownerIds: string[]) => Promise<Set<string>>): void;
}
export const IMAGE_UPLOADS = Symbol('IMAGE_UPLOADS');
