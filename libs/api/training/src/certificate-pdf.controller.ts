import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ACTOR_LOADER, type ActorLoader, AppError, isRegisteredErrorCode, readCookie, SESSION_COOKIE } from '@pillars/api/core';
import type { Request, Response } from 'express';
import { renderCertificate } from './certificate.pdf';
import { CertificatesService } from './certificates.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGES = new Set(['en', 'ar', 'he', 'it']);
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * A certificate as a PDF download (the person, their managers, HR), behind the session cookie,
 * as policies' evidence pack is. `?lang=` picks the labels' language; default the reader's.
 */
@Controller('training')
export class CertificatePdfController {
  constructor(
    private readonly certificates: CertificatesService,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  @Get('certificates/:id/certificate.pdf')
  async certificatePdf(@Param('id') id: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      const actor = token ? await this.actors.loadBySessionToken(token) : null;
      if (!actor) throw AppError.unauthenticated();
      if (!UUID.test(id)) throw AppError.notFound('certificate');
      const language = typeof lang === 'string' && LANGUAGES.has(lang) ? lang : LANGUAGES.has(actor.locale) ? actor.locale : 'en';
      const pdf = await renderCertificate(await this.certificates.forPdf(actor, id.toLowerCase()), language);
      res.status(200);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="certificate-${id.toLowerCase()}.pdf"`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(pdf);
    } catch (error) {
      const code = error instanceof AppError && isRegisteredErrorCode(error.code) ? error.code : 'INTERNAL';
      res.status(STATUS[code] ?? (code === 'INTERNAL' ? 500 : 400)).setHeader('Cache-Control', 'no-store');
      res.json({ errors: [{ message: code === 'INTERNAL' ? 'Internal error' : (error as Error).message, extensions: { code } }] });
    }
  }
}
