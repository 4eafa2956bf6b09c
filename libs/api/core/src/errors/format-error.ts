import { HttpException, Logger } from '@nestjs/common';
import { ERROR_CODES } from '@pillars/shared/types';
import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');
const KNOWN = new Set<string>(ERROR_CODES);

// character_not_in_repertoire (a NUL in text) and untranslatable_character (\u0000 in jsonb).
const PG_BAD_CHARACTER = new Set(['22021', '22P05']);
const pgCode = (error: unknown): unknown => {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  return e.driverError?.code ?? e.code;
};

const fromValidation = (original: unknown): GraphQLFormattedError['extensions'] | null => {
  // Nest's ValidationPipe throws BadRequestException carrying our exceptionFactory's AppError.
  if (original instanceof AppError) return { code: original.code, ...original.details };
  if (original instanceof HttpException && original.getStatus() === 429) return { code: 'RATE_LIMITED' };
  // Last line of defence: the validation pipe refuses these characters first, so reaching here means
  // text came in some other way. The client still gets its mistake, not an outage.
  if (PG_BAD_CHARACTER.has(String(pgCode(original)))) {
    logger.warn(`PostgreSQL refused a character (${String(pgCode(original))}): text bypassed validation`);
    return { code: 'BAD_USER_INPUT', fields: [{ field: 'input', rule: 'nul' }] };
  }
  return null;
};

/**
 * Maps every error leaving /graphql to a stable `extensions.code` with safe details.
 * Unknown errors are logged with a reference and returned as INTERNAL, never with a stack.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const app = fromValidation(original);
  if (app) return { message: formatted.message, path: formatted.path, extensions: app };
  const code = formatted.extensions?.['code'];
  // Parse/validation errors from graphql-js and graphql-armor carry their own codes.
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT') {
    const tooComplex = /depth|alias|cost|token|directive/i.test(formatted.message) && /limit|exceed|max/i.test(formatted.message);
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: tooComplex ? 'QUERY_TOO_COMPLEX' : code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : code },
    };
  }
  if (code === 'BAD_REQUEST' || code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'OPERATION_RESOLUTION_FAILURE') {
    return { message: formatted.message, extensions: { code } };
  }
  if (typeof code === 'string' && KNOWN.has(code) && code !== 'INTERNAL') {
    return { message: formatted.message, path: formatted.path, extensions: { code } };
  }
  const reference = randomUUID();
  logger.error(`[${reference}] ${original instanceof Error ? original.stack ?? original.message : String(original ?? formatted.message)}`);
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL', reference } };
}
