import { HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GraphQLError, GraphQLFormattedError, type ValidationContext } from 'graphql';
import { AppError } from './app-error';
import { isRegisteredErrorCode } from './error-codes';

const logger = new Logger('GraphQL');

// character_not_in_repertoire (a NUL in text) and untranslatable_character (\u0000 in jsonb).
const PG_BAD_CHARACTER = new Set(['22021', '22P05']);
const pgCode = (error: unknown): unknown => {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  return e.driverError?.code ?? e.code;
};

/** Errors raised by a graphql-armor limit, reported through `reportLimitError`. */
const limitErrors = new WeakSet<object>();

/**
 * graphql-armor `onReject` hook (with `propagateOnRejection: false`): reports the limit as a
 * validation error that formatGraphqlError recognises, without armor's "Syntax Error:" prefix.
 */
export const reportLimitError = (context: ValidationContext | null, error: GraphQLError): void => {
  const limit = new GraphQLError(error.message.replace(/^Syntax Error: /, ''));
  limitErrors.add(limit);
  context?.reportError(limit);
};
// graphql-js's own `maxTokens` parse option ("more that" sic); nothing from the document in it.
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/;

/** The message to send for a limit error, or null when `original` is not one. */
const limitMessage = (message: string, original: unknown): string | null => {
  if (original instanceof GraphQLError && limitErrors.has(original)) return message;
  const tokens = TOKEN_LIMIT.exec(message);
  return tokens ? `Token limit of ${tokens[1]} exceeded.` : null;
};

/**
 * Apollo refuses some malformed requests (an unsupported persisted-query version) with a bare
 * GraphQLError carrying a 4xx status but no code; nothing of ours failed, so they are BAD_REQUEST.
 */
const isRequestRefusal = (error: unknown): boolean => {
  if (!(error instanceof GraphQLError) || error.originalError) return false;
  const status = (error.extensions['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
};

const fromValidation = (original: unknown): GraphQLFormattedError['extensions'] | null => {
  // Nest's ValidationPipe throws BadRequestException carrying our exceptionFactory's AppError.
  // A code no domain registered is a bug (a typo, a missing enum): it falls through to INTERNAL.
  if (original instanceof AppError && isRegisteredErrorCode(original.code)) return { code: original.code, ...original.details };
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
    const limit = limitMessage(formatted.message, original);
    if (limit) return { message: limit, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  if (code === 'BAD_REQUEST' || code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'OPERATION_RESOLUTION_FAILURE' || isRequestRefusal(error)) {
    return { message: formatted.message, extensions: { code: typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? code : 'BAD_REQUEST' } };
  }
  if (typeof code === 'string' && isRegisteredErrorCode(code) && code !== 'INTERNAL') {
    return { message: formatted.message, path: formatted.path, extensions: { code } };
  }
  const reference = randomUUID();
  logger.error(`[${reference}] ${original instanceof Error ? original.stack ?? original.message : String(original ?? formatted.message)}`);
  return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL', reference } };
}
