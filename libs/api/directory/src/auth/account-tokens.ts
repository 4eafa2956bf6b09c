import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, runSql, type Tx } from '@pillars/api/core';
import { UserStatus } from '@pillars/shared/types';
import { AuthErrorCode } from './auth.errors';

export type AccountTokenPurpose = 'INVITE' | 'RESET';

/** How long a link works: invitations a week by default (INVITE_TTL_HOURS), reset links one hour (RESET_TTL_MINUTES). */
export const accountTokenTtlSeconds = (purpose: AccountTokenPurpose, env: NodeJS.ProcessEnv = process.env): number =>
  purpose === 'INVITE' ? Number(env['INVITE_TTL_HOURS'] || 168) * 3600 : Number(env['RESET_TTL_MINUTES'] || 60) * 60;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What a mail needs to address the person whose link was issued. */
export interface IssuedAccountToken {
  token: string;
  purpose: AccountTokenPurpose;
  expiresAt: Date;
  user: { id: string; organizationId: string; email: string; name: string; locale: string };
  organizationName: string;
}

export interface ConsumedAccountToken {
  purpose: AccountTokenPurpose;
  userId: string;
  organizationId: string;
}

/**
 * Invitation and reset links. Random 32 bytes, only their SHA-256 stored (`user_tokens`); issuing
 * one deletes the person's older links of the same purpose; consuming one locks its row, so of two
 * racing uses one wins and the other finds it used. The mail side (notifications) calls `issue`
 * inside its event handler's transaction; the directory's AccountService calls `consume`.
 */
@Injectable()
export class AccountTokens {
  /** null when the person is not active (or not in the organisation): nothing to send. */
  async issue(tx: Tx, organizationId: string, userId: string, purpose: AccountTokenPurpose): Promise<IssuedAccountToken | null> {
    const [user] = await runSql<IssuedAccountToken['user'] & { status: UserStatus; hasPassword: boolean; organizationName: string }>(
      tx,
      `SELECT u.id, u.organization_id AS "organizationId", u.email, u.name, u.locale, u.status, u.password_hash IS NOT NULL AS "hasPassword", o.name AS "organizationName"
         FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1 AND u.organization_id = $2 FOR UPDATE OF u`,
      [userId, organizationId],
    );
    if (!user || user.status !== UserStatus.ACTIVE) return null;
    // An invitation that arrives after the person set a password would only confuse them.
    if (purpose === 'INVITE' && user.hasPassword) return null;
    await runSql(tx, `DELETE FROM user_tokens WHERE user_id = $1 AND purpose = $2`, [userId, purpose]);
    const token = randomBytes(32).toString('base64url');
    const [row] = await runSql<{ expiresAt: Date }>(
      tx,
      `INSERT INTO user_tokens (organization_id, user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
       RETURNING expires_at AS "expiresAt"`,
      [organizationId, userId, purpose, hashToken(token), accountTokenTtlSeconds(purpose)],
    );
    const { id, email, name, locale } = user;
    return { token, purpose, expiresAt: row.expiresAt, user: { id, organizationId, email, name, locale }, organizationName: user.organizationName };
  }

  /** Checks a link without using it (the set-password page asks before showing its form). */
  async inspect(tx: Tx, token: string): Promise<ConsumedAccountToken & { name: string }> {
    const row = await this.find(tx, token, false);
    return { purpose: row.purpose, userId: row.userId, organizationId: row.organizationId, name: row.name };
  }

  /** Marks the link used, in the caller's transaction (with the password change). */
  async consume(tx: Tx, token: string): Promise<ConsumedAccountToken> {
    const row = await this.find(tx, token, true);
    await runSql(tx, `UPDATE user_tokens SET used_at = now() WHERE id = $1`, [row.id]);
    // A reset also voids a pending invitation and the other way round: one way in at a time.
    await runSql(tx, `DELETE FROM user_tokens WHERE user_id = $1 AND id <> $2 AND used_at IS NULL`, [row.userId, row.id]);
    return { purpose: row.purpose, userId: row.userId, organizationId: row.organizationId };
  }

  private async find(tx: Tx, token: string, lock: boolean) {
    if (token.length > 200) throw new AppError(AuthErrorCode.AUTH_LINK_INVALID);
    const [row] = await runSql<{ id: string; purpose: AccountTokenPurpose; userId: string; organizationId: string; usedAt: Date | null; expired: boolean; status: UserStatus; name: string }>(
      tx,
      `SELECT t.id, t.purpose, t.user_id AS "userId", t.organization_id AS "organizationId", t.used_at AS "usedAt", t.expires_at <= now() AS expired, u.status, u.name
         FROM user_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [hashToken(token)],
    );
    if (!row || row.usedAt) throw new AppError(AuthErrorCode.AUTH_LINK_INVALID);
    if (row.expired) throw new AppError(AuthErrorCode.AUTH_LINK_EXPIRED);
    if (row.status !== UserStatus.ACTIVE) throw new AppError(AuthErrorCode.AUTH_ACCOUNT_DISABLED);
    return row;
  }
}
