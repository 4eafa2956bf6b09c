import { Logger } from '@nestjs/common';
import { AppError, isRegisteredErrorCode } from '@pillars/api/core';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { FilesErrorCode } from './files.errors';

const logger = new Logger('Files');

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  [FilesErrorCode.FILES_TYPE_NOT_ALLOWED]: 415,
  [FilesErrorCode.FILES_CSRF_REFUSED]: 403,
};

/** Errors of the REST file routes in /graphql's shape (`{ errors: [{ message, extensions: { code } }] }`). */
export function sendError(res: Response, error: unknown, closeConnection = false): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (closeConnection) res.setHeader('Connection', 'close');
  res.setHeader('Cache-Control', 'no-store');
  if (error instanceof AppError && isRegisteredErrorCode(error.code)) {
    const status = STATUS[error.code] ?? 400;
    if (status === 429 && typeof error.details['retryAfter'] === 'number') res.setHeader('Retry-After', String(error.details['retryAfter']));
    if (status >= 400 && status < 500 && status !== 404 && status !== 401) logger.warn(`upload refused with ${status} ${error.code}`);
    res.status(status).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
    return;
  }
  const reference = randomUUID();
  logger.error(`[${reference}] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  res.status(500).json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL', reference } }] });
}
