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

  registerReader(ownerType: string, checker: (actor: Actor, ownerIds: string[]) => Promise<Set<string>>): void {
    this.access.register(ownerType, checker);
  }
}
