import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { Actor, ACTOR_LOADER, type ActorLoader, APP_CONFIG, type AppConfig, AppError, RateLimiter, readCookie, SESSION_COOKIE } from '@pillars/api/core';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { UPLOAD_MAX_BYTES } from './file-content';
import type { FileEntity } from './file.entity';
import { FilesErrorCode } from './files.errors';
import { FilesService } from './files.service';
import { sendError } from './http-errors';
import { readUpload } from './read-upload';

/** Header a cross-site form cannot send without a CORS preflight (Apollo's CSRF prevention idea). */
export const CSRF_HEADERS = ['x-pillars-csrf', 'apollo-require-preflight'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `filename` for old clients (ASCII, no quotes) and `filename*` (RFC 5987) for everyone else. */
export const contentDisposition = (type: 'inline' | 'attachment', name: string): string => {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
};

const originHost = (origin: string): string | null => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/**
 * A browser sends Origin on every cross-origin POST; one from elsewhere, or no CSRF header, is
 * refused. Every upload route (files, the wiki's zip import) checks it first.
 */
export function checkUploadCsrf(req: Request, config: Pick<AppConfig, 'allowedOrigins'>): void {
  const hasHeader = CSRF_HEADERS.some((h) => typeof req.headers[h] === 'string' && req.headers[h] !== '');
  const origin = req.headers.origin;
  const sameOrigin = !origin || config.allowedOrigins.includes(origin) || originHost(origin) === req.headers.host;
  if (!hasHeader || !sameOrigin) throw new AppError(FilesErrorCode.FILES_CSRF_REFUSED, {}, 'Missing CSRF header or foreign origin');
}

/** Upload and download over plain HTTP (multipart and byte streams do not fit GraphQL). */
@Controller('files')
export class FilesController {
  private readonly uploadLimit = Number(process.env['FILES_UPLOAD_LIMIT'] ?? 60);
  private readonly uploadWindowSeconds = Number(process.env['FILES_UPLOAD_WINDOW_SECONDS'] ?? 600);

  constructor(
    private readonly files: FilesService,
    private readonly limiter: RateLimiter,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async actorOf(req: Request): Promise<Actor> {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const actor = token ? await this.actors.loadBySessionToken(token) : null;
    if (!actor) throw AppError.unauthenticated();
    return actor;
  }

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      checkUploadCsrf(req, this.config);
      const actor = await this.actorOf(req);
      await this.limiter.hit(`files:upload:${actor.userId}`, this.uploadLimit, this.uploadWindowSeconds);
      const received = await readUpload(req, UPLOAD_MAX_BYTES);
      const file = await this.files.upload(actor, received);
      res.status(201).setHeader('Cache-Control', 'no-store');
      res.json({ file });
    } catch (e) {
      // The body may still be arriving: close the connection once answered rather than read it all.
      sendError(res, e, !req.readableEnded);
    }
  }

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.serve(id, req, res, false);
  }

  @Get(':id/thumbnail')
  async thumbnail(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.serve(id, req, res, true);
  }

  private async serve(id: string, req: Request, res: Response, thumbnail: boolean): Promise<void> {
    let file: FileEntity;
    try {
      const actor = await this.actorOf(req);
      if (!UUID.test(id)) throw AppError.notFound('file');
      file = await this.files.readable(actor, id);
      if (thumbnail && !file.thumbnailKey) throw AppError.notFound('thumbnail');
    } catch (e) {
      return sendError(res, e);
    }
    const etag = `"${file.sha256}${thumbnail ? '-t' : ''}"`;
    res.setHeader('ETag', etag);
    // Every read asks the owner again (access can be withdrawn), so caches must revalidate.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Even a file opened directly runs nothing and loads nothing.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const stream = await this.files.open(thumbnail ? (file.thumbnailKey as string) : file.storageKey);
    if (!stream) return sendError(res, AppError.notFound('file'));
    res.setHeader('Content-Type', thumbnail ? 'image/webp' : file.mime);
    if (!thumbnail) res.setHeader('Content-Length', String(file.bytes));
    res.setHeader('Content-Disposition', contentDisposition(file.mime === 'application/pdf' ? 'attachment' : 'inline', thumbnail ? `${file.name}.webp` : file.name));
    await pipeline(stream, res).catch(() => res.destroy());
  }
}
