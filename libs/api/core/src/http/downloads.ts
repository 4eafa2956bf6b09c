import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Actor, ActorLoader } from '../auth/actor';
import { readCookie, SESSION_COOKIE } from '../auth/session-token';
import { AppError } from '../errors/app-error';
import { isRegisteredErrorCode } from '../errors/error-codes';

const logger = new Logger('Downloads');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGES = new Set(['en', 'ar', 'he', 'it']);
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429 };

export interface Download {
  contentType: string;
  /** ASCII only: the routes build it from ids. */
  filename: string;
  /** A whole body, or chunks written as they come (a CSV of many rows). */
  body: Buffer | string | AsyncIterable<string>;
}

/** A route parameter that must be a UUID, lower-cased; anything else is the thing not being there. */
export function downloadId(id: string, what: string): string {
  if (!UUID.test(id)) throw AppError.notFound(what);
  return id.toLowerCase();
}

/** `?lang=` when it is one of the four UI languages, else the reader's own, else English. */
export function downloadLanguage(lang: unknown, actor: Actor): string {
  return typeof lang === 'string' && LANGUAGES.has(lang) ? lang : LANGUAGES.has(actor.locale) ? actor.locale : 'en';
}

/**
 * A file download beside GraphQL (evidence packs, certificates, receipts): the session cookie
 * signs the reader in, `produce` applies the domain's own read rule, and a refusal is answered in
 * /graphql's error shape with its HTTP status before any header of the file goes out. Produce
 * should read the first rows itself before returning a stream, so that a refusal stays clean; an
 * error in mid-stream cuts the connection, so a client never takes a truncated file for a whole one.
 */
export async function serveDownload(req: Request, res: Response, actors: ActorLoader, produce: (actor: Actor) => Promise<Download>): Promise<void> {
  try {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const actor = token ? await actors.loadBySessionToken(token) : null;
    if (!actor) throw AppError.unauthenticated();
    const file = await produce(actor);
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (typeof file.body === 'string' || Buffer.isBuffer(file.body)) {
      res.end(file.body);
      return;
    }
    for await (const chunk of file.body) res.write(chunk);
    res.end();
  } catch (error) {
    if (res.headersSent) {
      logger.error(`download cut short: ${error instanceof Error ? error.message : String(error)}`);
      res.destroy();
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    if (error instanceof AppError && isRegisteredErrorCode(error.code)) {
      res.status(STATUS[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    const reference = randomUUID();
    logger.error(`[${reference}] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    res.status(500).json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL', reference } }] });
  }
}
