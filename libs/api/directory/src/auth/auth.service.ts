import { Inject, Injectable } from '@nestjs/common';
import { Actor, ActorLoader, APP_CONFIG, AppConfig, AppError, Db, hashSessionToken, newSessionToken, RateLimiter, RealtimeService, SESSION_TTL_MS, Tx } from '@pillars/api/core';
import { Role, UserStatus } from '@pillars/shared/types';
import { SessionEntity } from '../entities/session.entity';
import { UserEntity } from '../entities/user.entity';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password';
import { UserWriter } from '../users/user.writer';
import { SessionCache } from './session-cache';

interface ActorRow {
  session_id: string;
  user_id: string;
  organization_id: string;
  roles: Role[];
  locale: string;
  led_team_ids: string[];
  stale: boolean;
  expires_at: Date;
}

const SESSION_SQL = `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.roles, u.locale, s.expires_at,
       s.last_seen_at < now() - make_interval(secs => $2) AS stale,
       coalesce((SELECT array_agg(m.team_id) FROM team_memberships m WHERE m.user_id = u.id AND m.role = 'LEAD'), '{}') AS led_team_ids
  FROM sessions s JOIN users u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'`;

const SLIDE_AFTER_MS = 60 * 60 * 1000;

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}
const clientIp = (client: ClientInfo) => client.ip.slice(0, 100);

/** Sign-in, sessions and passwords; also the ActorLoader that core/auth asks for. */
@Injectable()
export class AuthService implements ActorLoader {
  private readonly sessions: SessionCache;

  constructor(
    private readonly db: Db,
    private readonly limiter: RateLimiter,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sessions = new SessionCache(config.sessionCacheMs);
    // Roles, team leads and statuses change in commands: after any local commit, look again.
    db.onCommit(() => this.sessions.clear());
  }

  /**
   * Only failures count, so neither an office behind one address nor a person whose account is
   * under attack is refused for signing in correctly. Each limit holds the attempt while the
   * password is checked; a failure keeps it counted, anything else gives it back, and a success
   * also clears its account+address.
   */
  async signIn(input: { email: string; password: string; organization?: string }, client: ClientInfo) {
    const email = input.email.trim().toLowerCase();
    const { perAccountIp, perAccount, perIp, windowSeconds } = this.config.loginLimit;
    const pair = `login:pair:${client.ip}|${email}`;
    const account = `login:account:${email}`;
    const held = [pair, `login:ip:${client.ip}`];
    await this.limiter.take([{ key: pair, limit: perAccountIp }, { key: held[1], limit: perIp }], windowSeconds);
    let failed = false;
    try {
      const candidates = await this.db.query<UserEntity & { slug: string; knownAddress: boolean }>(
        `SELECT u.id, u.organization_id AS "organizationId", u.password_hash AS "passwordHash", u.status, o.slug,
                EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id AND s.ip = $3) AS "knownAddress"
           FROM users u JOIN organizations o ON o.id = u.organization_id
          WHERE lower(u.email) = $1 AND ($2::text IS NULL OR o.slug = $2) LIMIT 2`,
        [email, input.organization ?? null, clientIp(client)],
      );
      if (candidates.length > 1) throw AppError.badInput([{ field: 'organization', rule: 'required' }], 'Name the organisation');
      const user = candidates[0];
      // Guessing spread over many addresses stops here, except from where the person signed in before.
      if (!user?.knownAddress) {
        await this.limiter.take([{ key: account, limit: perAccount }], windowSeconds);
        held.push(account);
      }
      let valid = false;
      if (user?.passwordHash) valid = await verifyPassword(user.passwordHash, input.password);
      else await burnPasswordCheck(input.password);
      if (!user || !valid) {
        failed = true;
        if (!held.includes(account)) await this.limiter.count(account, windowSeconds);
        throw new AppError('AUTH_INVALID_CREDENTIALS');
      }
      if (user.status !== UserStatus.ACTIVE) throw new AppError('AUTH_ACCOUNT_DISABLED');
      await this.limiter.reset(pair);
      return { token: await this.startSession(this.db.manager, user, client), userId: user.id };
    } finally {
      if (!failed) await this.limiter.release(held);
    }
  }

  /** A new session for a user whose identity was just proven; returns the cookie token. */
  async startSession(manager: Tx, user: { id: string; organizationId: string }, client: ClientInfo): Promise<string> {
    const token = newSessionToken();
    await manager.insert(SessionEntity, {
      organizationId: user.organizationId,
      userId: user.id,
      tokenHash: hashSessionToken(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      ip: clientIp(client),
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    return token;
  }

  /**
   * At most one query per session per second in each process (SessionCache): session, user
   * status, roles and led teams, as a named statement. Slides expiry hourly.
   */
  async loadBySessionToken(token: string): Promise<Actor | null> {
    if (token.length > 200) return null;
    const tokenHash = hashSessionToken(token);
    const cached = this.sessions.get(tokenHash);
    if (cached) return cached;
    const generation = this.sessions.generation;
    const [row] = await this.db.prepared<ActorRow>('auth-session-by-token', SESSION_SQL, [tokenHash, SLIDE_AFTER_MS / 1000]);
    if (!row) return null;
    if (row.stale) {
      await this.db.query(`UPDATE sessions SET last_seen_at = now(), expires_at = now() + make_interval(secs => $2) WHERE id = $1`, [row.session_id, SESSION_TTL_MS / 1000]);
    }
    const actor = new Actor(row.user_id, row.organization_id, row.roles, row.session_id, row.led_team_ids, row.locale);
    this.sessions.set(tokenHash, actor, row.stale ? new Date(Date.now() + SESSION_TTL_MS) : row.expires_at, generation);
    return actor;
  }

  async signOut(actor: Actor): Promise<number> {
    return this.revoke(`id = $1`, [actor.sessionId]);
  }

  async signOutEverywhere(actor: Actor): Promise<number> {
    return this.revoke(`user_id = $1`, [actor.userId]);
  }

  async changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<number> {
    // Like sign-in: only a wrong current password counts, and the right one clears the count.
    const key = `password:${actor.userId}`;
    const { perAccountIp, windowSeconds } = this.config.loginLimit;
    await this.limiter.take([{ key, limit: perAccountIp }], windowSeconds);
    let failed = false;
    try {
      const [user] = await this.db.query<{ passwordHash: string | null }>(`SELECT password_hash AS "passwordHash" FROM users WHERE id = $1`, [actor.userId]);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
        failed = true;
        throw new AppError('AUTH_WRONG_PASSWORD', { fields: [{ field: 'currentPassword', rule: 'matches' }] });
      }
    } finally {
      if (!failed) await this.limiter.release([key]);
    }
    await this.limiter.reset(key);
    if (input.newPassword === input.currentPassword) throw AppError.badInput([{ field: 'newPassword', rule: 'different' }]);
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (tx) => {
      await UserWriter.update(tx, actor.organizationId, [{ id: actor.userId, passwordHash }], { refreshSearch: false });
    });
    return this.revoke(`user_id = $1 AND id <> $2`, [actor.userId, actor.sessionId]);
  }

  /** Revokes sessions (used by suspension too) and disconnects their sockets. */
  async revokeUserSessions(userIds: string[]): Promise<number> {
    return this.revoke(`user_id = ANY($1::uuid[])`, [userIds]);
  }

  private async revoke(where: string, params: unknown[]): Promise<number> {
    const rows = await this.db.query<{ id: string }>(`UPDATE sessions SET revoked_at = now() WHERE ${where} AND revoked_at IS NULL RETURNING id`, params);
    this.sessions.forgetSessions(rows.map((r) => r.id));
    this.realtime.disconnectSessions(rows.map((r) => r.id));
    return rows.length;
  }
}
