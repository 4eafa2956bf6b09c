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

/** Realtime invalidation event: never content, only what changed. */
export interface InvalidationEvent {
  type: string;
  id: string;
  version: number;
}
