import { type AppConfig, type GqlContext, SESSION_COOKIE, SESSION_TTL_MS } from '@pillars/api/core';
import type { ClientInfo } from './auth.service';

/** The caller's address (Express resolves it through `trust proxy`) and user agent. */
export const clientOf = (ctx: GqlContext): ClientInfo => ({ ip: ctx.req.ip ?? 'unknown', userAgent: ctx.req.headers['user-agent'] ?? null });

/** The session cookie: httpOnly, SameSite=Lax, Secure behind HTTPS (COOKIE_SECURE). */
export function setSessionCookie(ctx: GqlContext, token: string, config: AppConfig): void {
  ctx.res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/', maxAge: SESSION_TTL_MS });
}
