import { checkText, LIMITS } from '@pillars/shared/validation';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError } from '@pillars/api/core';
import { FilesErrorCode } from './files.errors';

export const ALLOWED_MIME = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'] as const;
export type AllowedMime = (typeof ALLOWED_MIME)[number];
export const isImage = (mime: string): boolean => mime.startsWith('image/');

/** Pixels (width × height × frames) a decoder may allocate; ~ a 50-megapixel photo. */
export const MAX_INPUT_PIXELS = 50_000_000;
export const THUMBNAIL_SIZE = 400;
const NAME_MAX = 200;

/** The type by magic bytes, whatever the client declared; anything else is refused. */
export async function detectType(bytes: Buffer): Promise<AllowedMime> {
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime as string | undefined;
  if (!mime || !(ALLOWED_MIME as readonly string[]).includes(mime)) {
    throw new AppError(FilesErrorCode.FILES_TYPE_NOT_ALLOWED, { allowed: [...ALLOWED_MIME] }, 'This type of file is not allowed');
  }
  return mime as AllowedMime;
}

/**
 * The display name: the last path segment only (no `../`), then the single-line text rule. NUL,
 * controls and bidi controls are refused, not stripped, so a name never renders other than stored.
 */
export function cleanFileName(raw: string | undefined, mime: AllowedMime): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const checked = checkText(base, { max: NAME_MAX, allowEmpty: true });
  if (!checked.ok) throw new AppError(FilesErrorCode.FILES_NAME_INVALID, { rule: checked.rule, max: NAME_MAX }, 'Invalid file name');
  const name = checked.value.replace(/^\.+/, '');
  return name || `upload.${mime.split('/')[1] === 'jpeg' ? 'jpg' : mime.split('/')[1]}`;
}

export interface ProcessedImage {
  data: Buffer;
  width: number;
  height: number;
  thumbnail: Buffer;
}

const failed = (e: unknown): AppError => {
  const message = e instanceof Error ? e.message : String(e);
  if (/pixel limit/i.test(message)) return new AppError(FilesErrorCode.FILES_IMAGE_TOO_LARGE, { maxPixels: MAX_INPUT_PIXELS }, 'Image too large');
  return new AppError(FilesErrorCode.FILES_IMAGE_UNREADABLE, {}, 'Image could not be read');
};

/**
 * Re-encodes an image in its own format. sharp writes no metadata unless asked, so EXIF (GPS,
 * camera serials), XMP, IPTC and comments are dropped; the orientation is applied to the pixels
 * first so photos stay upright. Animated GIF and WebP keep their frames; the thumbnail (WebP,
 * ≤ 400 px) is of the first frame. More than MAX_INPUT_PIXELS is refused before decoding.
 */
export async function processImage(bytes: Buffer, mime: AllowedMime): Promise<ProcessedImage> {
  const animated = mime === 'image/gif' || mime === 'image/webp';
  const input = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const, animated };
  try {
    let pipeline = sharp(bytes, input).rotate();
    if (mime === 'image/jpeg') pipeline = pipeline.jpeg({ quality: 85, mozjpeg: true });
    else if (mime === 'image/png') pipeline = pipeline.png();
    else if (mime === 'image/gif') pipeline = pipeline.gif();
    else pipeline = pipeline.webp({ quality: 85 });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(bytes, { ...input, animated: false })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    // For animations info.height is every frame stacked; pageHeight is one frame's.
    return { data, width: info.width, height: info.pageHeight ?? info.height, thumbnail };
  } catch (e) {
    throw failed(e);
  }
}

export const UPLOAD_MAX_BYTES = LIMITS.uploadBytes;

/**
 * A square of an image, upright (EXIF orientation applied first, so `crop` is in the pixels the
 * person saw), resized to `size` (JPEG) and `thumbnailSize` (WebP), with no metadata at all (sharp
 * writes none unless asked). The first frame of an animation. `crop` must lie inside the image.
 */
export async function squareImage(bytes: Buffer, crop: { x: number; y: number; size: number } | null, size: number, thumbnailSize: number): Promise<ProcessedImage> {
  const input = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const, animated: false };
  try {
    const upright = await sharp(bytes, input).rotate().toBuffer({ resolveWithObject: true });
    const { width, height } = upright.info;
    const side = Math.min(width, height);
    const square = crop ?? { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), size: side };
    if (square.x + square.size > width || square.y + square.size > height) {
      throw AppError.badInput([{ field: 'crop', rule: 'withinImage' }], `The crop must lie inside the ${width} × ${height} image`);
    }
    const region = { left: square.x, top: square.y, width: square.size, height: square.size };
    const data = await sharp(upright.data, input).extract(region).resize(size, size).jpeg({ quality: 85, mozjpeg: true }).toBuffer();
    const thumbnail = await sharp(upright.data, input).extract(region).resize(thumbnailSize, thumbnailSize).webp({ quality: 80 }).toBuffer();
    return { data, width: size, height: size, thumbnail };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw failed(e);
  }
}
