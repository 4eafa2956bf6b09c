import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, type GqlContext, Public } from '@pillars/api/core';
import { AuthService } from '../auth/auth.service';
import { clientOf, setSessionCookie } from '../auth/session-cookie';
import { presentUser } from '../users/user.presenter';
import { UsersService } from '../users/users.service';
import { CompleteSetupInput, CompleteSetupPayload, SetupStatus } from './setup.inputs';
import { SetupService } from './setup.service';

@Resolver()
export class SetupResolver {
  constructor(
    private readonly setup: SetupService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => SetupStatus, { description: 'Whether this deployment still needs its first-run setup.' })
  async setupStatus(): Promise<SetupStatus> {
    return { needed: await this.setup.isNeeded() };
  }

  @Public()
  @Mutation(() => CompleteSetupPayload, { description: 'First run only: creates the organisation and its first administrator, and signs them in.' })
  async completeSetup(@Args('input') input: CompleteSetupInput, @Context() ctx: GqlContext): Promise<CompleteSetupPayload> {
    const { token } = await this.setup.completeSetup(input, clientOf(ctx));
    setSessionCookie(ctx, token, this.config);
    const actor = await this.auth.loadBySessionToken(token);
    if (!actor) throw new Error('session vanished after setup');
    return { user: presentUser(await this.users.getUser(actor, actor.userId)), abilities: { actor } };
  }
}
