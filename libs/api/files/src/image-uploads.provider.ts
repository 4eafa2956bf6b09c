import { Injectable } from '@nestjs/common';
import type { Actor, ImageOwner, ImageUploads, SquareCrop, Tx } from '@pillars/api/core';
import { FileAccess } from './file-access';
import { FilesService } from './files.service';

/** The files domain's side of core's IMAGE_UPLOADS (profile photos in the directory, a wiki page's images). */
@Injectable()
export class ImageUploadsProvider implements ImageUploads {
  constructor(
    private readonly files: FilesService,
    private readonly access: FileAccess,
  ) {}

  squareFromUpload(actor: Actor, sourceId: string, crop: SquareCrop | null, size: number, thumbnailSize: number): Promise<{ id: string }> {
    return this.files.squareFromUpload(actor, sourceId, crop, size, thumbnailSize);
  }

  async attach(tx: Tx, actor: Actor, fileId: string, owner: ImageOwner): Promise<void> {
    await this.files.attach(tx, actor, [fileId], owner);
  }

  attachOwn(tx: Tx, actor: Actor, fileIds: readonly string[], owner: ImageOwner): Promise<string[]> {
    return this.files.attachOwn(tx, actor, fileIds, owner);
  }

  detachAll(tx: Tx, owner: ImageOwner, keepId?: string | null): Promise<void> {
    return this.files.detachAll(tx, owner, keepId ?? null);
  }

  async uploadImage(actor: Actor, name: string, bytes: Buffer): Promise<{ id: string; url: string }> {
    const file = await this.files.upload(actor, { bytes, filename: name, declaredMime: '' }, { imagesOnly: true });
    return { id: file.id, url: file.url };
  }

  discardOwn(actor: Actor, fileIds: readonly string[]): Promise<void> {
    return this.files.discardOwn(actor, fileIds);
  }

  readAttachedImages(actor: Actor, ownerType: string, fileIds: readonly string[], maxBytes: number): Promise<{ id: string; name: string; mime: string; data: Buffer }[] | null> {
    return this.files.readAttachedImages(actor, ownerType, fileIds, maxBytes);
  }

  registerReader(ownerType: string, checker: (actor: Actor, ownerIds: string[]) => Promise<Set<string>>): void {
    this.access.register(ownerType, checker);
  }
}
