import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * An API error code (each domain's enum; the API's error-codes test checks every one is translated)
 * or NETWORK, the client's code for failures that never reached the API (offline, proxy down).
 */
export type ClientErrorCode = string;

export interface FieldError {
  field: string;
  rule: string;
}

export interface AppErrorInfo {
  codes: ClientErrorCode[];
  fields: FieldError[];
}

const CODE = /^[A-Z][A-Z0-9_]*$/;

const isFieldError = (value: unknown): value is FieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { field?: unknown }).field === 'string' &&
  typeof (value as { rule?: unknown }).rule === 'string';

/** Reads the stable codes (and BAD_USER_INPUT field rules) out of any Apollo error. */
export function readAppError(error: unknown): AppErrorInfo {
  if (!error) return { codes: [], fields: [] };
  if (CombinedGraphQLErrors.is(error)) {
    const codes = new Set<ClientErrorCode>();
    const fields: FieldError[] = [];
    for (const e of error.errors) {
      const code = e.extensions?.['code'];
      codes.add(typeof code === 'string' && CODE.test(code) ? code : 'INTERNAL');
      const list = e.extensions?.['fields'];
      if (Array.isArray(list)) fields.push(...list.filter(isFieldError));
    }
    return { codes: [...codes], fields };
  }
  if (ServerError.is(error) && error.statusCode === 429) return { codes: ['RATE_LIMITED'], fields: [] };
  // The API answers an oversized body with 413 before GraphQL runs (its body says PAYLOAD_TOO_LARGE).
  if (ServerError.is(error) && error.statusCode === 413) return { codes: ['PAYLOAD_TOO_LARGE'], fields: [] };
  if (ServerError.is(error) && error.statusCode >= 500) return { codes: ['INTERNAL'], fields: [] };
  return { codes: ['NETWORK'], fields: [] };
}

/** Translation keys for an error, one per distinct code: ``errors.${code}``. */
export const errorKeys = (error: unknown): string[] => readAppError(error).codes.map((code) => `errors.${code}`);

/** The rule a BAD_USER_INPUT error reported for one form field, if any. */
export const fieldRule = (error: unknown, field: string): string | undefined =>
  readAppError(error).fields.find((f) => f.field === field || f.field.endsWith(`.${field}`))?.rule;

export const hasErrorCode = (error: unknown, code: ClientErrorCode): boolean => readAppError(error).codes.includes(code);

/**
 * A record that is not there for this viewer: NOT_FOUND, or an id in the URL that is not an id at
 * all (the API's id pipe answers BAD_USER_INPUT with the `isUuid` rule). Pages show "not found" for both.
 */
export const isNotFound = (error: unknown): boolean => {
  const info = readAppError(error);
  return info.codes.includes('NOT_FOUND') || (info.codes.includes('BAD_USER_INPUT') && info.fields.some((f) => f.rule === 'isUuid'));
};

/** The `extensions` of the first GraphQL error carrying `code` (e.g. a validation report), if any. */
export function errorExtensions(error: unknown, code: ClientErrorCode): Record<string, unknown> | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((e) => e.extensions?.['code'] === code)?.extensions as Record<string, unknown> | undefined;
}
