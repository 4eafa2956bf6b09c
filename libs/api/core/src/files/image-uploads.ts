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
  /** Who may read the files of an owner type (the owner's own read rule). */
  registerReader(ownerType: string, checker: (actor: Actor, ownerIds: string[]) => Promise<Set<string>>): void;
}
export const IMAGE_UPLOADS = Symbol('IMAGE_UPLOADS');
