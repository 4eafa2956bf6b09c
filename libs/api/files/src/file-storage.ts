import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where file bytes live (docs/operations.md, "File storage"). Keys come from `newStorageKey()`:
 * random, never derived from what a user sent. An S3-compatible store implements the same four
 * calls (put = PutObject, getStream = GetObject's body, delete = DeleteObject, exists = HeadObject).
 */
export interface FileStorage {
  /** Stores the bytes under `key`, replacing nothing: a key is written once. Resolves when durable. */
  put(key: string, data: Buffer | Readable): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  getStream(key: string): Promise<Readable | null>;
  /** Removes `key`; a missing key is not an error (deletes are retried by purges). */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}
export const FILE_STORAGE = Symbol('FILE_STORAGE');

const KEY = /^[a-f0-9]{32}$/;

/** 128 random bits in hex. */
export const newStorageKey = (): string => randomBytes(16).toString('hex');

/**
 * Local disk under one root, sharded `ab/cd/<key>` so no directory grows past 65,536 entries.
 * A write goes to a temporary name and is renamed, so a crash never leaves a half file under a key.
 */
export class LocalFileStorage implements FileStorage {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  pathOf(key: string): string {
    // Keys are ours, but a path must never be built from anything else.
    if (!KEY.test(key)) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
    return join(this.root, key.slice(0, 2), key.slice(2, 4), key);
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomBytes(4).toString('hex')}.part`;
    try {
      await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, createWriteStream(temp, { flags: 'wx' }));
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  }

  async getStream(key: string): Promise<Readable | null> {
    const path = this.pathOf(key);
    if (!(await this.exists(key))) return null;
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }
}

/** The storage the environment asks for: FILE_STORAGE=local (the only one so far) under UPLOADS_DIR. */
export function fileStorageFromEnv(env: NodeJS.ProcessEnv = process.env): FileStorage {
  const kind = env['FILE_STORAGE'] || 'local';
  if (kind !== 'local') throw new Error(`FILE_STORAGE=${kind} is not supported (only "local" so far)`);
  return new LocalFileStorage(env['UPLOADS_DIR'] || join(env['DATA_DIR'] || 'data', 'uploads'));
}
