import { Inject, Injectable, Logger } from '@nestjs/common';
import { Actor, AppError, Db, runSql, type SquareCrop, type Tx } from '@pillars/api/core';
import { createHash } from 'node:crypto';
import { cleanFileName, detectType, isImage, processImage, type ProcessedImage, squareImage } from './file-content';
import { FileAccess } from './file-access';
import { FileEntity } from './file.entity';
import { FILE_STORAGE, type FileStorage, newStorageKey } from './file-storage';
import { presentFile } from './file.presenter';
import type { FileModel } from './file.model';
import { FilesErrorCode } from './files.errors';
import type { ReceivedFile } from './read-upload';

export interface FileOwner {
  ownerType: string;
  ownerId: string;
}

/** Unattached uploads older than this are purged (an abandoned composer, a failed post). */
export const UNATTACHED_TTL_HOURS = 24;

/** Uploads (checked, re-encoded, stored), attachment to an owner, and reads checked by the owner. */
@Injectable()
export class FilesService {
  private readonly logger = new Logger('Files');
  constructor(
    private readonly db: Db,
    private readonly access: FileAccess,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** Stores an upload for `actor`, unattached until a domain calls `attach`; `imagesOnly` refuses a PDF (FILES_NOT_AN_IMAGE). */
  async upload(actor: Actor, received: ReceivedFile, opts: { imagesOnly?: boolean } = {}): Promise<FileModel> {
    const mime = await detectType(received.bytes);
    if (opts.imagesOnly && !isImage(mime)) throw new AppError(FilesErrorCode.FILES_NOT_AN_IMAGE, { fields: [{ field: 'file', rule: 'image' }] }, 'The file is not an image');
    const name = cleanFileName(received.filename, mime);
    const image = isImage(mime) ? await processImage(received.bytes, mime) : null;
    return this.store(actor, name, mime, image?.data ?? received.bytes, image);
  }

  /**
   * A square, metadata-free copy of the actor's own unattached image upload, stored as a new
   * unattached upload of theirs (a profile photo before it is attached). Another file, someone
   * else's, or one already attached is FILES_NOT_ATTACHABLE; a PDF is FILES_NOT_AN_IMAGE.
   */
  async squareFromUpload(actor: Actor, sourceId: string, crop: SquareCrop | null, size: number, thumbnailSize: number): Promise<FileModel> {
    const source = await this.db.dataSource.getRepository(FileEntity).findOne({ where: { id: sourceId, organizationId: actor.organizationId, uploaderId: actor.userId } });
    if (!source || source.ownerId !== null) throw new AppError(FilesErrorCode.FILES_NOT_ATTACHABLE, { fileIds: [sourceId] }, 'File cannot be attached');
    if (!isImage(source.mime)) throw new AppError(FilesErrorCode.FILES_NOT_AN_IMAGE, { fields: [{ field: 'fileId', rule: 'image' }] }, 'The file is not an image');
    const bytes = await this.readStored(source.storageKey);
    if (!bytes) throw AppError.notFound('file');
    const image = await squareImage(bytes, crop, size, thumbnailSize);
    const base = source.name.replace(/\.[^.]*$/, '') || 'photo';
    return this.store(actor, `${base}.jpg`, 'image/jpeg', image.data, image);
  }

  /** Detaches every file of `owner` but `keepId`, in the caller's transaction (purged later as unattached). */
  async detachAll(tx: Tx, owner: FileOwner, keepId: string | null = null): Promise<void> {
    await runSql(tx, `UPDATE files SET owner_type = NULL, owner_id = NULL, created_at = least(created_at, now() - make_interval(hours => $3))
      WHERE owner_type = $1 AND owner_id = $2 AND ($4::uuid IS NULL OR id <> $4::uuid)`, [owner.ownerType, owner.ownerId, UNATTACHED_TTL_HOURS, keepId]);
  }

  private async store(actor: Actor, name: string, mime: string, data: Buffer, image: ProcessedImage | null): Promise<FileModel> {
    const storageKey = newStorageKey();
    const thumbnailKey = image ? newStorageKey() : null;
    const written: string[] = [];
    try {
      await this.storage.put(storageKey, data);
      written.push(storageKey);
      if (image && thumbnailKey) {
        await this.storage.put(thumbnailKey, image.thumbnail);
        written.push(thumbnailKey);
      }
      const saved = await this.db.transaction((tx) =>
        tx.getRepository(FileEntity).save(
          tx.getRepository(FileEntity).create({
            organizationId: actor.organizationId,
            uploaderId: actor.userId,
            ownerType: null,
            ownerId: null,
            name,
            mime,
            bytes: data.length,
            width: image?.width ?? null,
            height: image?.height ?? null,
            sha256: createHash('sha256').update(data).digest('hex'),
            storageKey,
            thumbnailKey,
          }),
        ),
      );
      return presentFile(saved);
    } catch (e) {
      // No row points at these bytes: remove them now rather than leave them to no one.
      await Promise.all(written.map((key) => this.storage.delete(key).catch(() => undefined)));
      throw e;
    }
  }

  /**
   * Attaches `fileIds` to an owner inside the caller's transaction: each must be the actor's own
   * unattached upload in their organisation, or nothing is attached (FILES_NOT_ATTACHABLE).
   */
  async attach(tx: Tx, actor: Actor, fileIds: readonly string[], owner: FileOwner): Promise<FileModel[]> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return [];
    const attached = new Set(await this.attachOwn(tx, actor, ids, owner));
    if (attached.size !== ids.length) {
      throw new AppError(FilesErrorCode.FILES_NOT_ATTACHABLE, { fileIds: ids.filter((id) => !attached.has(id)) }, 'File cannot be attached');
    }
    const files = await tx.getRepository(FileEntity).find({ where: ids.map((id) => ({ id })), order: { createdAt: 'ASC', id: 'ASC' } });
    return files.map(presentFile);
  }

  /** Of `fileIds`, attaches the actor's own unattached uploads to `owner` and skips the rest; the ids attached. */
  async attachOwn(tx: Tx, actor: Actor, fileIds: readonly string[], owner: FileOwner): Promise<string[]> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return [];
    const rows = await runSql<{ id: string }>(
      tx,
      `UPDATE files SET owner_type = $4, owner_id = $5
        WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND uploader_id = $3 AND owner_id IS NULL
        RETURNING id`,
      [ids, actor.organizationId, actor.userId, owner.ownerType, owner.ownerId],
    );
    return rows.map((r) => r.id);
  }

  /** Ids of the files attached to one owner, in the caller's transaction (to cap how many an owner has). */
  async idsOfOwner(tx: Tx, owner: FileOwner): Promise<string[]> {
    const rows = await runSql<{ id: string }>(tx, `SELECT id FROM files WHERE owner_type = $1 AND owner_id = $2`, [owner.ownerType, owner.ownerId]);
    return rows.map((r) => r.id);
  }

  /** The files of several owners of one type, in upload order (one query; for field resolvers). */
  async filesOfOwners(organizationId: string, ownerType: string, ownerIds: readonly string[]): Promise<Map<string, FileModel[]>> {
    const byOwner = new Map<string, FileModel[]>(ownerIds.map((id) => [id, []]));
    if (ownerIds.length === 0) return byOwner;
    const rows = await this.db.dataSource
      .getRepository(FileEntity)
      .createQueryBuilder('f')
      .where('f.organization_id = :organizationId AND f.owner_type = :ownerType AND f.owner_id = ANY(:ownerIds)', { organizationId, ownerType, ownerIds })
      .orderBy('f.created_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
    for (const row of rows) byOwner.get(row.ownerId as string)?.push(presentFile(row));
    return byOwner;
  }

  /** The file if `actor` may read it: the owner's domain decides; unattached, only the uploader. */
  async readable(actor: Actor, id: string): Promise<FileEntity> {
    const file = await this.db.dataSource.getRepository(FileEntity).findOne({ where: { id, organizationId: actor.organizationId } });
    if (!file) throw AppError.notFound('file');
    const allowed =
      file.ownerType === null || file.ownerId === null
        ? file.uploaderId === actor.userId
        : (await this.access.readableOwners(actor, file.ownerType, [file.ownerId])).has(file.ownerId);
    // Hidden and missing look the same (STYLE §5).
    if (!allowed) throw AppError.notFound('file');
    return file;
  }

  async model(actor: Actor, id: string): Promise<FileModel> {
    return presentFile(await this.readable(actor, id));
  }

  /** Deletes the actor's own unattached uploads among `fileIds`, rows first, then their bytes. */
  async discardOwn(actor: Actor, fileIds: readonly string[]): Promise<void> {
    if (fileIds.length === 0) return;
    const rows = await this.db.query<{ storage_key: string; thumbnail_key: string | null }>(
      `DELETE FROM files WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND uploader_id = $3 AND owner_id IS NULL RETURNING storage_key, thumbnail_key`,
      [[...fileIds], actor.organizationId, actor.userId],
    );
    await this.deleteStored(rows);
  }

  /**
   * Of `fileIds`, the images attached to an owner of `ownerType` the actor may read, with their
   * bytes, in id order; null when they weigh more than `maxBytes` together (checked on the rows,
   * before any byte is read). A file whose bytes are missing from storage is left out.
   */
  async readAttachedImages(actor: Actor, ownerType: string, fileIds: readonly string[], maxBytes: number): Promise<{ id: string; name: string; mime: string; data: Buffer }[] | null> {
    if (fileIds.length === 0) return [];
    const rows = await this.db.query<{ id: string; owner_id: string; name: string; mime: string; bytes: number; storage_key: string }>(
      `SELECT id, owner_id, name, mime, bytes, storage_key FROM files
        WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND owner_type = $3 AND owner_id IS NOT NULL AND mime LIKE 'image/%' ORDER BY id`,
      [[...fileIds], actor.organizationId, ownerType],
    );
    const readable = await this.access.readableOwners(actor, ownerType, [...new Set(rows.map((r) => r.owner_id))]);
    const mine = rows.filter((r) => readable.has(r.owner_id));
    if (mine.reduce((sum, r) => sum + Number(r.bytes), 0) > maxBytes) return null;
    const out: { id: string; name: string; mime: string; data: Buffer }[] = [];
    for (const r of mine) {
      const data = await this.readStored(r.storage_key);
      if (data) out.push({ id: r.id, name: r.name, mime: r.mime, data });
    }
    return out;
  }

  /** Deletes unattached uploads older than the TTL, rows first, then their bytes. */
  async purgeUnattached(olderThanHours = UNATTACHED_TTL_HOURS): Promise<number> {
    const rows = await this.db.query<{ storage_key: string; thumbnail_key: string | null }>(
      `DELETE FROM files WHERE owner_id IS NULL AND created_at < now() - make_interval(hours => $1)
        RETURNING storage_key, thumbnail_key`,
      [olderThanHours],
    );
    await this.deleteStored(rows);
    return rows.length;
  }

  /** A stored file's whole bytes; null when storage no longer has them. */
  private async readStored(key: string): Promise<Buffer | null> {
    const stream = await this.storage.getStream(key);
    if (!stream) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** The bytes (and thumbnails) of file rows already deleted; a failure is logged, the rows stay gone. */
  private async deleteStored(rows: readonly { storage_key: string; thumbnail_key: string | null }[]): Promise<void> {
    for (const row of rows) {
      for (const key of [row.storage_key, row.thumbnail_key]) {
        if (key) await this.storage.delete(key).catch((e: unknown) => this.logger.warn(`could not delete ${key}: ${String(e)}`));
      }
    }
  }

  async open(key: string) {
    return this.storage.getStream(key);
  }
}
