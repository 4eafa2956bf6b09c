import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ACTOR_LOADER, type ActorLoader, downloadId, downloadLanguage, serveDownload } from '@pillars/api/core';
import type { Request, Response } from 'express';
import { ComplianceService } from './compliance.service';
import { renderEvidencePack } from './evidence-pack.pdf';

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
  evidencePdf(@Param('id') id: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    return serveDownload(req, res, this.actors, async (actor) => {
      const versionId = downloadId(id, 'policy version');
      const language = downloadLanguage(lang, actor);
      const pdf = await renderEvidencePack(await this.compliance.evidencePack(actor, versionId, language), language);
      return { contentType: 'application/pdf', filename: `policy-evidence-${versionId}.pdf`, body: pdf };
    });
  }
}
