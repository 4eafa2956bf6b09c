export const LOCALES = ['en', 'ar', 'he', 'it'] as const;
export type Locale = (typeof LOCALES)[number];
export const RTL_LOCALES: readonly Locale[] = ['ar', 'he'];
export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export enum Role {
  EMPLOYEE = 'EMPLOYEE',
  HR = 'HR',
  ADMIN = 'ADMIN',
}

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DEPARTED = 'DEPARTED',
}

export enum TeamRole {
  MEMBER = 'MEMBER',
  LEAD = 'LEAD',
}

/** Error codes shared by API and web: every one is documented in docs/errors.md and translated. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'AUTH_INVALID_CREDENTIALS',
  'AUTH_ACCOUNT_DISABLED',
  'AUTH_WRONG_PASSWORD',
  'DIRECTORY_EMAIL_TAKEN',
  'DIRECTORY_MANAGER_CYCLE',
  'DIRECTORY_TEAM_CYCLE',
  'DIRECTORY_IMPORT_INVALID',
  'DIRECTORY_IMPORT_TOO_MANY_TEAMS',
  'AUDIENCE_INVALID',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Realtime invalidation event: never content, only what changed. */
export interface InvalidationEvent {
  type: string;
  id: string;
  version: number;
}
