import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, APP_CONFIG, AppConfig, CurrentActor, type GqlContext, Public, SESSION_COOKIE, ViewerAbilitiesModel } from '@pillars/api/core';
import { UsersService } from '../users/users.service';
import { presentUser } from '../users/user.presenter';
import { UserModel } from '../users/user.model';
import { AuthService } from './auth.service';
import { clientOf, setSessionCookie } from './session-cookie';
import { ChangePasswordInput, SignInInput, SignInPayload, SignOutPayload } from './auth.inputs';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Context() ctx: GqlContext): Promise<UserModel | null> {
    return ctx.actor ? presentUser(await this.users.getUser(ctx.actor, ctx.actor.userId)) : null;
  }

  @Public()
  @Query(() => ViewerAbilitiesModel, { nullable: true, description: 'What the signed-in user may do across the organisation, or null.' })
  abilities(@Context() ctx: GqlContext): ViewerAbilitiesModel | null {
    return ctx.actor ? { actor: ctx.actor } : null;
  }

  @Public()
  @Mutation(() => SignInPayload)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<SignInPayload> {
    const { token } = await this.auth.signIn(input, clientOf(ctx));
    setSessionCookie(ctx, token, this.config);
    const actor = await this.auth.loadBySessionToken(token);
    if (!actor) throw new Error('session vanished after sign-in');
    // The payload's fields (email, abilities) are resolved for the person now signed in.
    ctx.actor = actor;
    return { user: presentUser(await this.users.getUser(actor, actor.userId)), abilities: { actor } };
  }

  @Mutation(() => SignOutPayload)
  async signOut(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<SignOutPayload> {
    const revokedSessions = await this.auth.signOut(actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true, revokedSessions };
  }

  @Mutation(() => SignOutPayload, { description: 'Revokes every session of the signed-in user, this one included.' })
  async signOutEverywhere(@CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<SignOutPayload> {
    const revokedSessions = await this.auth.signOutEverywhere(actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true, revokedSessions };
  }

  @Mutation(() => SignOutPayload, { description: 'Changes the password and revokes every other session.' })
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<SignOutPayload> {
    return { ok: true, revokedSessions: await this.auth.changePassword(actor, input) };
  }
}
