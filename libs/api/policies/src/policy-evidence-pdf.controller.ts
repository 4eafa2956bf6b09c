import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ACTOR_LOADER, type ActorLoader, AppError, isRegisteredErrorCode, readCookie, SESSION_COOKIE } from '@pillars/api/core';
import type { Request, Response } from 'express';
import { ComplianceService } from './compliance.service';
import { renderEvidencePack } from './evidence-pack.pdf';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGES = new Set(['en', 'ar', 'he', 'it']);
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * A policy version's evidence pack as a PDF for auditors (HR and admins): a download, so plain
 * HTTP beside GraphQL, behind the same session cookie. `?lang=` picks the pack's language (the
 * UI's); anything else falls back to the person's own.
 */
@Controller('policies')
export class PolicyEvidencePdfController {
  constructor(
    private readonly compliance: ComplianceService,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  @Get('versions/:id/evidence.pdf')
  async evidencePdf(@Param('id') id: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      const actor = token ? await this.actors.loadBySessionToken(token) : null;
      if (!actor) throw AppError.unauthenticated();
      if (!UUID.test(id)) throw AppError.notFound('policy version');
      const language = typeof lang === 'string' && LANGUAGES.has(lang) ? lang : LANGUAGES.has(actor.locale) ? actor.locale : 'en';
      const pack = await this.compliance.evidencePack(actor, id.toLowerCase(), language);
      const pdf = await renderEvidencePack(pack, language);
      res.status(200);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="policy-evidence-${id.toLowerCase()}.pdf"`);
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
