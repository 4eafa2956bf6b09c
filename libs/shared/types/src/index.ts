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

/**
 * Presence over the socket ("Ana is editing this page"): a client announces itself in a room with
 * `presence.enter` every `heartbeatMs` and the server forgets an announcement `ttlMs` after the last
 * one, so a crashed client or a crashed server process does not linger. Changes reach the room as
 * an invalidation of type `PRESENCE_EVENT_TYPE` whose id is the room's name.
 */
export const PRESENCE = { heartbeatMs: 15_000, ttlMs: 45_000 } as const;
export const PRESENCE_EVENT_TYPE = 'Presence';
