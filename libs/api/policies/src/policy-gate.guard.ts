import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, AppError, Db, SqlParams, type GqlContext } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import type { GraphQLResolveInfo } from 'graphql';
import { PoliciesErrorCode } from './policies.errors';

/**
 * What a gated person may still do: who am I and what may I do, their settings (language) and
 * password, signing out, "My policies", the quiz and the acknowledgement, and `policy(id)` for
 * the gating policies themselves (below). Translations are static files of the web app.
 */
export const GATE_ALLOWED_FIELDS: ReadonlySet<string> = new Set([
  'me', 'abilities', 'setupStatus', 'accountLink', 'signIn', 'signOut', 'signOutEverywhere', 'changePassword', 'setPasswordFromLink', 'requestPasswordReset',
  'updateMySettings', 'myPolicies', 'acknowledgePolicy', 'startPolicyQuiz', '__typename', '__schema', '__type',
]);

/**
 * The gate: a published version with `gate` holds back everything but the allow-list for each
 * person of its audience who was asked and has not acknowledged its major yet. One statement per
 * request however many root fields it has (memoised on the request's GraphQL context).
 */
@Injectable()
export class PolicyGateGuard implements CanActivate {
  private readonly perRequest = new WeakMap<object, Promise<string[]>>();

  constructor(
    private readonly db: Db,
    private readonly audiences: AudienceDirectory,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(ctx);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const root = info.parentType.name;
    if ((root !== 'Query' && root !== 'Mutation') || GATE_ALLOWED_FIELDS.has(info.fieldName)) return true;
    const context = gql.getContext<GqlContext>();
    if (!context.actor) return true;
    let pending = this.perRequest.get(context);
    if (!pending) {
      pending = this.gatingPolicyIds(context.actor);
      this.perRequest.set(context, pending);
    }
    const policyIds = await pending;
    if (policyIds.length === 0) return true;
    if (info.fieldName === 'policy' && policyIds.includes(gql.getArgs<{ id?: string }>().id ?? '')) return true;
    throw new AppError(PoliciesErrorCode.POLICY_GATE_PENDING, { policyIds }, 'Acknowledge the required policy first');
  }

  /** Gating policies the actor was asked for and has not acknowledged (current major, still in the audience, not retired). */
  async gatingPolicyIds(actor: Actor): Promise<string[]> {
    const p = new SqlParams();
    const me = `${p.add(actor.userId)}::uuid`;
    // Asked on every request a gated reader makes: a named statement, planned once per connection.
    const rows = await this.db.prepared<{ policyId: string }>(
      'policies-gate-*',
      `SELECT DISTINCT a.policy_id AS "policyId" FROM policy_versions v
         JOIN policies p ON p.id = v.policy_id AND p.retired_at IS NULL
         JOIN policy_assignments a ON a.policy_id = v.policy_id AND a.major = v.major AND a.user_id = ${me}
        WHERE v.organization_id = ${p.add(actor.organizationId)} AND v.status = 'PUBLISHED' AND v.gate
          AND v.audience_id IN (${this.audiences.audiencesOfSql(me)})
          AND NOT EXISTS (SELECT 1 FROM policy_acknowledgements k JOIN policy_versions kv ON kv.id = k.version_id
                           WHERE k.user_id = ${me} AND k.policy_id = v.policy_id AND kv.major = v.major)
        ORDER BY 1`,
      p.values,
    );
    return rows.map((r) => r.policyId);
  }
}
