import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Who stops mail for which kinds (one kind for a single mail; a digest's link covers the kinds it listed). */
export interface UnsubscribeClaim { organizationId: string; userId: string; kinds: string[] }

/**
 * The per-kind one-click token: the claim and an HMAC of it. MAIL_TOKEN_SECRET signs it; without
 * one (development, the embedded default) a secret is derived from DATABASE_URL, and production
 * refuses to mail without a real secret.
 */
export function mailTokenSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env['MAIL_TOKEN_SECRET'];
  if (secret) return secret;
  if (env['NODE_ENV'] === 'production' && env['SMTP_URL']) throw new Error('MAIL_TOKEN_SECRET must be set when SMTP_URL is set in production');
  return createHash('sha256').update(`pillars-mail-token:${env['DATABASE_URL'] ?? ''}`).digest('hex');
}

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

export function createUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const body = Buffer.from(JSON.stringify([claim.organizationId, claim.userId, claim.kinds])).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export function verifyUnsubscribeToken(secret: string, token: unknown): UnsubscribeClaim | null {
  if (typeof token !== 'string' || token.length > 1000) return null;
  const [body, mac, ...rest] = token.split('.');
  if (!body || !mac || rest.length) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [organizationId, userId, kinds] = parsed as unknown[];
    if (typeof organizationId !== 'string' || typeof userId !== 'string' || !Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string')) return null;
    return { organizationId, userId, kinds: kinds as string[] };
  } catch {
    return null;
  }
}
