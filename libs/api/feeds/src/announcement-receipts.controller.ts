import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ACTOR_LOADER, type ActorLoader, AppError, isRegisteredErrorCode, readCookie, SESSION_COOKIE } from '@pillars/api/core';
import type { Request, Response } from 'express';
import { AnnouncementsService } from './announcements.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404 };

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
  async receipts(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      const actor = token ? await this.actors.loadBySessionToken(token) : null;
      if (!actor) throw AppError.unauthenticated();
      if (!UUID.test(id)) throw AppError.notFound('announcement');
      const rows = this.announcements.receiptRows(actor, id.toLowerCase());
      // The first row is read before any header goes out, so a refusal is still a clean 404.
      const first = await rows.next();
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="announcement-${id}-receipts.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.write('\ufeffname,email,team,delivered_at,seen_at,read_at,acknowledged_at\r\n');
      for (let next = first; !next.done; next = await rows.next()) {
        const r = next.value;
        res.write([r.name, r.email, r.teams, iso(r.deliveredAt), iso(r.seenAt), iso(r.readAt), iso(r.acknowledgedAt)].map(csvCell).join(',') + '\r\n');
      }
      res.end();
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const code = error instanceof AppError && isRegisteredErrorCode(error.code) ? error.code : 'INTERNAL';
      res.status(STATUS[code] ?? (code === 'INTERNAL' ? 500 : 400)).setHeader('Cache-Control', 'no-store');
      res.json({ errors: [{ message: code === 'INTERNAL' ? 'Internal error' : (error as Error).message, extensions: { code } }] });
    }
  }
}
