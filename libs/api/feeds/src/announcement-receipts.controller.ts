import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ACTOR_LOADER, type ActorLoader, downloadId, serveDownload } from '@pillars/api/core';
import type { Request, Response } from 'express';
import { AnnouncementsService } from './announcements.service';


/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would read as a formula (= + - @, and tab
 * or carriage return, which some programs strip before looking) gets a leading apostrophe.
 */
export const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');

/** The receipts of an announcement as CSV, for the author, HR and admins (same rule as reach). */
@Controller('announcements')
export class AnnouncementReceiptsController {
  constructor(
    private readonly announcements: AnnouncementsService,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  @Get(':id/receipts.csv')
  receipts(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return serveDownload(req, res, this.actors, async (actor) => {
      const announcementId = downloadId(id, 'announcement');
      const rows = this.announcements.receiptRows(actor, announcementId);
      // The first row is read before any header goes out, so a refusal is still a clean 404.
      const first = await rows.next();
      async function* csv() {
        yield '\ufeffname,email,team,delivered_at,seen_at,read_at,acknowledged_at\r\n';
        for (let next = first; !next.done; next = await rows.next()) {
          const r = next.value;
          yield [r.name, r.email, r.teams, iso(r.deliveredAt), iso(r.seenAt), iso(r.readAt), iso(r.acknowledgedAt)].map(csvCell).join(',') + '\r\n';
        }
      }
      return { contentType: 'text/csv; charset=utf-8', filename: `announcement-${announcementId}-receipts.csv`, body: csv() };
    });
  }
}
