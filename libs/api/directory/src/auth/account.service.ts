import { Inject, Injectable } from '@nestjs/common';
import { Actor, APP_CONFIG, AppConfig, AppError, authorize, Db, EventsService, RateLimiter, runSql } from '@pillars/api/core';
import { UserStatus } from '@pillars/shared/types';
import { AccountEvents } from '../directory.events';
import { UserWriter } from '../users/user.writer';
import { userPolicy } from '../users/user.policy';
import { AccountTokens, type AccountTokenPurpose } from './account-tokens';
import { AuthErrorCode } from './auth.errors';
import { AuthService, type ClientInfo } from './auth.service';
import { hashPassword } from './password';

/** Requests per window for "forgot password": per address asked for and per caller's IP (RESET_LIMIT_PER_EMAIL, RESET_LIMIT_PER_IP). */
const resetLimits = (env: NodeJS.ProcessEnv = process.env) => ({ perEmail: Number(env['RESET_LIMIT_PER_EMAIL'] || 3), perIp: Number(env['RESET_LIMIT_PER_IP'] || 20) });

/**
 * Getting in: invitation and reset links. Commands only append an event (ids only); the mail and
 * the link itself are made by the handler that reacts to it (docs/decisions.md, "Account mail").
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly limiter: RateLimiter,
    private readonly tokens: AccountTokens,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Always the same answer. Every request counts (per address and per IP); the lookup and the
   * event insert are the only work either way, the mail is made after commit by the handler.
   */
  async requestPasswordReset(input: { email: string; organization?: string }, client: ClientInfo): Promise<void> {
    const email = input.email.trim().toLowerCase();
    const { perEmail, perIp } = resetLimits();
    const window = this.config.loginLimit.windowSeconds;
    await this.limiter.take([{ key: `reset:email:${email}`, limit: perEmail }, { key: `reset:ip:${client.ip}`, limit: perIp }], window);
    await this.db.transaction(async (tx) => {
      const users = await runSql<{ id: string; organizationId: string }>(
        tx,
        `SELECT u.id, u.organization_id AS "organizationId" FROM users u JOIN organizations o ON o.id = u.organization_id
          WHERE lower(u.email) = $1 AND u.status = 'ACTIVE' AND ($2::text IS NULL OR o.slug = $2) LIMIT 10`,
        [email, input.organization ?? null],
      );
      for (const u of users) {
        await this.events.append(tx, { organizationId: u.organizationId, actorId: null, type: AccountEvents.passwordResetRequested, payload: { userIds: [u.id] } });
      }
    });
  }

  /** HR or an admin sends the invitation again; the older link stops working. */
  resendInvitation(actor: Actor, userId: string): Promise<void> {
    return this.requestFor(actor, userId, 'INVITE');
  }

  /** HR or an admin sends a reset link (valid one hour). */
  sendPasswordReset(actor: Actor, userId: string): Promise<void> {
    return this.requestFor(actor, userId, 'RESET');
  }

  private async requestFor(actor: Actor, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [user] = await runSql<{ id: string; organizationId: string; roles: string[]; status: UserStatus; hasPassword: boolean }>(
        tx,
        `SELECT id, organization_id AS "organizationId", roles, status, password_hash IS NOT NULL AS "hasPassword" FROM users WHERE id = $1 AND organization_id = $2 FOR UPDATE`,
        [userId, actor.organizationId],
      );
      if (!user) throw AppError.notFound('user');
      authorize(userPolicy, actor, 'sendAccountMail', user);
      if (user.status !== UserStatus.ACTIVE) throw new AppError(AuthErrorCode.AUTH_ACCOUNT_DISABLED);
      if (purpose === 'INVITE' && user.hasPassword) throw new AppError(AuthErrorCode.AUTH_ALREADY_ACTIVATED);
      await this.events.append(tx, {
        organizationId: actor.organizationId, actorId: actor.userId,
        type: purpose === 'INVITE' ? AccountEvents.invited : AccountEvents.passwordResetRequested, payload: { userIds: [user.id] },
      });
    });
  }

  /** Who a link is for, without using it; AUTH_LINK_INVALID / AUTH_LINK_EXPIRED / AUTH_ACCOUNT_DISABLED otherwise. */
  inspectLink(token: string) {
    return this.db.transaction((tx) => this.tokens.inspect(tx, token));
  }

  /**
   * Sets the password and uses the link in one transaction (of two racing uses one wins), then
   * revokes every session the person had and starts a new one: returns its cookie token.
   */
  async setPasswordFromLink(input: { token: string; password: string }, client: ClientInfo): Promise<{ token: string; userId: string }> {
    const passwordHash = await hashPassword(input.password);
    const used = await this.db.transaction(async (tx) => {
      const link = await this.tokens.consume(tx, input.token);
      await UserWriter.update(tx, link.organizationId, [{ id: link.userId, passwordHash }], { refreshSearch: false });
      await this.events.append(tx, { organizationId: link.organizationId, actorId: link.userId, type: AccountEvents.passwordSet, payload: { userIds: [link.userId], purpose: link.purpose } });
      return link;
    });
    await this.auth.revokeUserSessions([used.userId]);
    const token = await this.auth.startSession(this.db.manager, { id: used.userId, organizationId: used.organizationId }, client);
    return { token, userId: used.userId };
  }
}
