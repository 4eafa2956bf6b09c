import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ACTOR_LOADER, type ActorLoader, downloadId, downloadLanguage, serveDownload } from '@pillars/api/core';
import type { Request, Response } from 'express';
import { renderCertificate } from './certificate.pdf';
import { CertificatesService } from './certificates.service';

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
  certificatePdf(@Param('id') id: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    return serveDownload(req, res, this.actors, async (actor) => {
      const certificateId = downloadId(id, 'certificate');
      const pdf = await renderCertificate(await this.certificates.forPdf(actor, certificateId), downloadLanguage(lang, actor));
      return { contentType: 'application/pdf', filename: `certificate-${certificateId}.pdf`, body: pdf };
    });
  }
}
