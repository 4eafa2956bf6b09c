/**
 * Codes any domain may use (STYLE §6). Domain codes live in an enum next to their module
 * (`DirectoryErrorCode` in directory.errors.ts), prefixed by the domain and registered here.
 */
export enum CommonErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
}

/** A value of `CommonErrorCode` or of a registered domain enum. */
export type ErrorCode = string;

const registered = new Set<string>(Object.values(CommonErrorCode));

/**
 * Makes a domain's codes known to the error mapper. Called where the enum is declared (like
 * `registerEnumType`), so a code is registered whenever code that can throw it is loaded.
 */
export function registerErrorCodes(codes: Record<string, string>): void {
  for (const code of Object.values(codes)) registered.add(code);
}

export const isRegisteredErrorCode = (code: string): boolean => registered.has(code);
export const registeredErrorCodes = (): string[] => [...registered].sort();
