import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Actor, ACTOR_LOADER, type ActorLoader, APP_CONFIG, type AppConfig, AppError, downloadId, downloadLanguage, RateLimiter, readCookie, serveDownload, SESSION_COOKIE } from '@pillars/api/core';
import { checkUploadCsrf, readUpload, sendUploadError } from '@pillars/api/files';
import { LIMITS } from '@pillars/shared/validation';
import type { Request, Response } from 'express';
import { WikiExportService } from './wiki-export.service';
import { WikiImportService } from './wiki-import.service';
import { renderPagePdf } from './wiki-page.pdf';

/**
 * The wiki's files beside GraphQL: a page as Markdown or PDF and a space as a zip of Markdown
 * (downloads through core's `serveDownload`, the session cookie and the wiki's read rule), and
 * a zip of Markdown into a space (the upload path of /files: CSRF header, multipart, 10 MB).
 */
@Controller('wiki')
export class WikiExportController {
  private readonly importLimit = Number(process.env['WIKI_IMPORT_LIMIT'] ?? 20);

  constructor(
    private readonly exports: WikiExportService,
    private readonly imports: WikiImportService,
    private readonly limiter: RateLimiter,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Every export speaks the requester's locale (or `?lang=`, as the PDF's), placeholders included.
  @Get('pages/:id/export.md')
  pageMarkdown(@Param('id') id: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    return serveDownload(req, res, this.actors, async (actor) => {
      const pageId = downloadId(id, 'page');
      const { markdown } = await this.exports.pageMarkdown(actor, pageId, downloadLanguage(lang, actor));
      return { contentType: 'text/markdown; charset=utf-8', filename: `page-${pageId}.md`, body: markdown };
    });
  }

  @Get('pages/:id/export.pdf')
  pagePdf(@Param('id') id: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    return serveDownload(req, res, this.actors, async (actor) => {
      const pageId = downloadId(id, 'page');
      const language = downloadLanguage(lang, actor);
      const { page, body, ownerName } = await this.exports.pageMarkdown(actor, pageId, language);
      return { contentType: 'application/pdf', filename: `page-${pageId}.pdf`, body: await renderPagePdf(page, body, ownerName, language) };
    });
  }

  @Get('spaces/:id/export.zip')
  spaceZip(@Param('id') id: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    return serveDownload(req, res, this.actors, async (actor) => {
      const { key, zip } = await this.exports.spaceZip(actor, downloadId(id, 'space'), downloadLanguage(lang, actor));
      return { contentType: 'application/zip', filename: `wiki-${key}.zip`, body: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) };
    });
  }

  @Post('spaces/:id/import')
  async importZip(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      checkUploadCsrf(req, this.config);
      const actor = await this.actorOf(req);
      const spaceId = downloadId(id, 'space');
      await this.limiter.hit(`wiki:import:${actor.userId}`, this.importLimit, 600);
      const received = await readUpload(req, LIMITS.uploadBytes);
      const result = await this.imports.importZip(actor, spaceId, received.bytes);
      res.status(201).setHeader('Cache-Control', 'no-store');
      res.json({ import: result });
    } catch (e) {
      sendUploadError(res, e, !req.readableEnded);
    }
  }

  private async actorOf(req: Request): Promise<Actor> {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const actor = token ? await this.actors.loadBySessionToken(token) : null;
    if (!actor) throw AppError.unauthenticated();
    return actor;
  }
}
