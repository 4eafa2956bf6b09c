import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, APP_CONFIG, AppConfig, CurrentActor, type GqlContext, ParseIdPipe, Public } from '@pillars/api/core';
import { UserPayload } from '../users/user.inputs';
import { presentUser } from '../users/user.presenter';
import { UsersService } from '../users/users.service';
import { AccountLinkArgs, AccountLinkModel, AccountLinkPurpose, RequestPasswordResetInput, SetPasswordFromLinkInput } from './account.inputs';
import { AccountService } from './account.service';
import { SignInPayload } from './auth.inputs';
import { AuthService } from './auth.service';
import { clientOf, setSessionCookie } from './session-cookie';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => AccountLinkModel, { description: 'Who an invitation or reset link is for (it stays unused); AUTH_LINK_INVALID or AUTH_LINK_EXPIRED otherwise.' })
  async accountLink(@Args() { token }: AccountLinkArgs): Promise<AccountLinkModel> {
    const link = await this.accounts.inspectLink(token);
    return { purpose: link.purpose as AccountLinkPurpose, name: link.name };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Mails a reset link if the address belongs to an active account; the answer is the same either way. RATE_LIMITED per address and per IP.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GqlContext): Promise<boolean> {
    await this.accounts.requestPasswordReset(input, clientOf(ctx));
    return true;
  }

  @Public()
  @Mutation(() => SignInPayload, { description: 'Sets the password with an invitation or reset link (single use), revokes every other session and signs in.' })
  async setPasswordFromLink(@Args('input') input: SetPasswordFromLinkInput, @Context() ctx: GqlContext): Promise<SignInPayload> {
    const { token } = await this.accounts.setPasswordFromLink(input, clientOf(ctx));
    setSessionCookie(ctx, token, this.config);
    const actor = await this.auth.loadBySessionToken(token);
    if (!actor) throw new Error('session vanished after setting the password');
    // The payload's fields (email, abilities) are resolved for the person now signed in.
    ctx.actor = actor;
    return { user: presentUser(await this.users.getUser(actor, actor.userId)), abilities: { actor } };
  }

  @Mutation(() => UserPayload, { description: 'HR and admins: mails a new invitation link; the previous one stops working.' })
  async resendInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<UserPayload> {
    await this.accounts.resendInvitation(actor, id);
    return { user: presentUser(await this.users.getUser(actor, id)) };
  }

  @Mutation(() => UserPayload, { description: 'HR and admins: mails a password reset link (valid one hour).' })
  async sendPasswordReset(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<UserPayload> {
    await this.accounts.sendPasswordReset(actor, id);
    return { user: presentUser(await this.users.getUser(actor, id)) };
  }
}
