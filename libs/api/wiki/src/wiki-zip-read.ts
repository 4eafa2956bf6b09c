import { AppError } from '@pillars/api/core';
import { checkText, LIMITS } from '@pillars/shared/validation';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { WikiErrorCode } from './wiki.errors';

/** Limits of a Markdown zip import (docs/decisions.md, "Wiki import"). */
export const WIKI_IMPORT_LIMITS = {
  /** Entries of any kind (files, folders, skipped files) in the archive. */
  maxEntries: 500,
  /** Inflated bytes of the Markdown files together. */
  maxTotalBytes: 20 * 1024 * 1024,
  /** Inflated bytes of one Markdown file: a page (1 MB) and room for its front matter. */
  maxFileBytes: LIMITS.wikiPageBytes + 16 * 1024,
  /** Folders deep. */
  maxDepth: 16,
  /** Inflated bytes of one image (an upload's limit). */
  maxImageBytes: LIMITS.uploadBytes,
  /** Inflated bytes of the images together. */
  maxImageTotalBytes: 20 * 1024 * 1024,
} as const;

/** Files read as images (by name here; the upload pipeline then checks their magic bytes). */
export const IMAGE_FILE = /\.(png|jpe?g|gif|webp)$/i;
/** The folder an export writes a space's images to: every file in it must be an image. */
export const IMAGES_FOLDER = '_images';

/** A Markdown file of the archive, decoded and checked. */
export interface ZipMarkdownFile {
  /** The archive path, NFC, with `/` between segments (no leading or trailing slash). */
  path: string;
  text: string;
}

export interface ZipContents {
  files: ZipMarkdownFile[];
  /** Image files by archive path (bytes as inflated, not yet checked as images). */
  images: Map<string, Uint8Array>;
  /** Every folder holding a Markdown file, at any depth (paths without trailing slash). */
  folders: string[];
}

/** Compressed bytes handed to the inflater at a time: deflate's ratio bounds one chunk's output (~1 MB). */
const CHUNK = 1024;

const fail = (code: WikiErrorCode, file: string | null, reason: string, details: Record<string, unknown> = {}) =>
  new AppError(code, { ...(file !== null ? { file } : {}), reason, ...details }, file ? `${file}: ${reason}` : reason);

/** An entry's path split into safe segments, or a refusal: no `..`, no absolute path, no backslash, no drive, no control. */
export function safeSegments(raw: string): string[] {
  const name = raw.normalize('NFC');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(name)) throw fail(WikiErrorCode.WIKI_IMPORT_UNSAFE_PATH, raw, 'control character or backslash');
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) throw fail(WikiErrorCode.WIKI_IMPORT_UNSAFE_PATH, raw, 'absolute path');
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) throw fail(WikiErrorCode.WIKI_IMPORT_UNSAFE_PATH, raw, 'relative segment');
  if (segments.length > WIKI_IMPORT_LIMITS.maxDepth) throw fail(WikiErrorCode.WIKI_IMPORT_UNSAFE_PATH, raw, 'too deep');
  return segments;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A Markdown file's bytes as text: UTF-8 only, no NUL, no control or lone surrogate (the body rule). */
function decodeMarkdown(path: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw fail(WikiErrorCode.WIKI_IMPORT_FILE_NOT_TEXT, path, 'not UTF-8');
  }
  if (text.includes('\u0000')) throw fail(WikiErrorCode.WIKI_IMPORT_FILE_NOT_TEXT, path, 'contains NUL');
  const checked = checkText(text.replace(/^\uFEFF/, ''), { multiline: true, allowEmpty: true, max: 2 * LIMITS.wikiPageBytes });
  if (!checked.ok) throw fail(WikiErrorCode.WIKI_IMPORT_FILE_NOT_TEXT, path, checked.rule);
  return checked.value;
}

/**
 * The Markdown files of a zip, read with fflate's streaming `Unzip` from the local headers as they
 * come: the inflated bytes are counted as they are produced, per file and in total, and the read
 * stops past a limit, so the sizes an archive declares (which its author controls) never matter.
 * Image files (by name) are inflated too, under limits of their own; a non-image file in `_images/`
 * is refused. Other files are counted as entries and skipped without inflating them. Any refusal
 * names the file.
 */
export function readMarkdownZip(zip: Uint8Array): ZipContents {
  if (zip.length < 4 || zip[0] !== 0x50 || zip[1] !== 0x4b || zip[2] !== 0x03 || zip[3] !== 0x04) throw fail(WikiErrorCode.WIKI_IMPORT_NOT_A_ZIP, null, 'not a zip archive');
  const files: ZipMarkdownFile[] = [];
  const images = new Map<string, Uint8Array>();
  const folders = new Set<string>();
  const seen = new Set<string>();
  let entries = 0;
  let total = 0;
  let imageTotal = 0;
  let failure: AppError | null = null;
  const open = new Map<UnzipFile, { path: string; chunks: Uint8Array[]; bytes: number }>();

  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (failure) return;
    try {
      if (++entries > WIKI_IMPORT_LIMITS.maxEntries) throw fail(WikiErrorCode.WIKI_IMPORT_TOO_MANY_FILES, null, 'too many entries', { maxEntries: WIKI_IMPORT_LIMITS.maxEntries });
      const segments = safeSegments(file.name);
      const path = segments.join('/');
      // macOS archivers add resource forks and Finder files: not content.
      if (segments[0] === '__MACOSX' || segments.some((s) => s.startsWith('.'))) return;
      const key = path.toLocaleLowerCase('und');
      if (seen.has(key)) throw fail(WikiErrorCode.WIKI_IMPORT_DUPLICATE_NAME, file.name, 'duplicate name');
      seen.add(key);
      if (file.name.endsWith('/')) return;
      const image = IMAGE_FILE.test(path);
      if (!image && segments.length > 1 && segments[0] === IMAGES_FOLDER) throw fail(WikiErrorCode.WIKI_IMPORT_IMAGE_INVALID, path, 'not an image');
      // Folders count through the Markdown they hold: an empty one, or one of images only, makes no page.
      if (!image && !/\.md$/i.test(path)) return;
      if (!image) for (let i = 1; i < segments.length; i++) folders.add(segments.slice(0, i).join('/'));
      const state = { path, chunks: [] as Uint8Array[], bytes: 0 };
      open.set(file, state);
      file.ondata = (error, chunk, final) => {
        if (failure) return;
        if (error) {
          failure = fail(WikiErrorCode.WIKI_IMPORT_NOT_A_ZIP, path, 'corrupt data');
          return;
        }
        state.bytes += chunk.length;
        if (image) {
          imageTotal += chunk.length;
          if (state.bytes > WIKI_IMPORT_LIMITS.maxImageBytes) failure = fail(WikiErrorCode.WIKI_IMPORT_IMAGE_TOO_LARGE, path, 'image too large', { maxBytes: WIKI_IMPORT_LIMITS.maxImageBytes });
          else if (imageTotal > WIKI_IMPORT_LIMITS.maxImageTotalBytes) failure = fail(WikiErrorCode.WIKI_IMPORT_IMAGE_TOO_LARGE, path, 'images too large together', { maxBytes: WIKI_IMPORT_LIMITS.maxImageTotalBytes });
        } else {
          total += chunk.length;
          if (state.bytes > WIKI_IMPORT_LIMITS.maxFileBytes) failure = fail(WikiErrorCode.WIKI_IMPORT_FILE_TOO_LARGE, path, 'file too large', { maxBytes: LIMITS.wikiPageBytes });
          else if (total > WIKI_IMPORT_LIMITS.maxTotalBytes) failure = fail(WikiErrorCode.WIKI_IMPORT_TOO_LARGE, path, 'archive too large', { maxBytes: WIKI_IMPORT_LIMITS.maxTotalBytes });
        }
        if (failure) {
          file.terminate();
          return;
        }
        state.chunks.push(chunk);
        if (final) {
          open.delete(file);
          // Not thrown from here: fflate would hand the exception back to this handler as a data error.
          try {
            if (image) images.set(path, Buffer.concat(state.chunks));
            else files.push({ path, text: decodeMarkdown(path, Buffer.concat(state.chunks)) });
          } catch (e) {
            failure = e as AppError;
          }
        }
      };
      file.start();
    } catch (e) {
      failure = e instanceof AppError ? e : fail(WikiErrorCode.WIKI_IMPORT_NOT_A_ZIP, file.name, 'unsupported compression');
    }
  };
  try {
    for (let at = 0; at < zip.length && !failure; at += CHUNK) unzip.push(zip.subarray(at, at + CHUNK), at + CHUNK >= zip.length);
  } catch (e) {
    failure ??= e instanceof AppError ? e : fail(WikiErrorCode.WIKI_IMPORT_NOT_A_ZIP, null, 'corrupt archive');
  }
  if (failure) throw failure;
  const [unfinished] = open.values();
  if (unfinished) throw fail(WikiErrorCode.WIKI_IMPORT_NOT_A_ZIP, unfinished.path, 'truncated');
  if (files.length === 0) throw fail(WikiErrorCode.WIKI_IMPORT_EMPTY, null, 'no Markdown file');
  return { files, images, folders: [...folders] };
}
