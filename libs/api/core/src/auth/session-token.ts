import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'pillars_session';
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

/** 256 random bits, base64url; only the SHA-256 of it is stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');
export const hashSessionToken = (token: string): string => createHash('sha256').update(token).digest('hex');

// A malformed percent-encoding is a cookie we never set: no session, not an error.
const decodeCookieValue = (value: string): string | undefined => {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
};

export const readCookie = (header: string | undefined, name: string): string | undefined => {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeCookieValue(part.slice(i + 1).trim());
  }
  return undefined;
};
