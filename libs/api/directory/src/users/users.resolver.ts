import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, can, CurrentActor, type GqlContext, PageArgs, pageSize, ParseIdPipe, toConnection } from '@pillars/api/core';
import { UserStatus } from '@pillars/shared/types';
import { DirectoryLoaders } from '../directory.loaders';
import { presentTeam } from '../teams/team.presenter';
import { TeamMembershipModel } from '../teams/team.model';
import { presentUser } from './user.presenter';
import { LocationCountModel, UserAbilitiesModel, UserConnection, UserModel } from './user.model';
import { userPolicy } from './user.policy';
import { UsersService } from './users.service';
import { AssignRolesInput, CreateUserInput, SetUserStatusInput, UpdateMySettingsInput, UpdateUserInput, UserPayload } from './user.inputs';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Query(() => UserModel)
  async user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<UserModel> {
    return presentUser(await this.users.getUser(actor, id));
  }

  @Query(() => UserConnection, { description: 'The top of the manager tree (active people without an active manager), by name; open branches with `directReports`.' })
  orgChartRoots(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    return this.users.orgChartRoots(actor, args);
  }

  @Query(() => [LocationCountModel], { description: 'Where active people work, with head counts.' })
  locations(@CurrentActor() actor: Actor) {
    return this.users.locations(actor);
  }

  @Mutation(() => UserPayload)
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<UserPayload> {
    return { user: presentUser(await this.users.createUser(actor, input)) };
  }

  @Mutation(() => UserPayload)
  async updateUser(@CurrentActor() actor: Actor, @Args('input') input: UpdateUserInput): Promise<UserPayload> {
    return { user: presentUser(await this.users.updateUser(actor, input)) };
  }

  @Mutation(() => UserPayload)
  async updateMySettings(@CurrentActor() actor: Actor, @Args('input') input: UpdateMySettingsInput): Promise<UserPayload> {
    return { user: presentUser(await this.users.updateMySettings(actor, input)) };
  }

  @Mutation(() => UserPayload, { description: 'Suspend, reactivate or mark departed; non-active users lose every session at once.' })
  async setUserStatus(@CurrentActor() actor: Actor, @Args('input') input: SetUserStatusInput): Promise<UserPayload> {
    return { user: presentUser(await this.users.setUserStatus(actor, input)) };
  }

  @Mutation(() => UserPayload)
  async assignRoles(@CurrentActor() actor: Actor, @Args('input') input: AssignRolesInput): Promise<UserPayload> {
    return { user: presentUser(await this.users.assignRoles(actor, input)) };
  }

  @ResolveField(() => String, { nullable: true, description: 'The address: for the person, HR and admins; null for everyone else.' })
  email(@Context() ctx: GqlContext, @Parent() user: UserModel): string | null {
    return can(userPolicy, ctx.actor, 'readPrivate', user) ? user.email : null;
  }

  @ResolveField(() => UserStatus, { nullable: true, description: 'Active, suspended or departed: for the person, HR and admins; null for everyone else (see `former`).' })
  status(@Context() ctx: GqlContext, @Parent() user: UserModel): UserStatus | null {
    return can(userPolicy, ctx.actor, 'readPrivate', user) ? user.status : null;
  }

  @ResolveField(() => Boolean, { description: 'Has left the organisation: shown to everyone as a former colleague (a suspension is not shown).' })
  former(@Parent() user: UserModel): boolean {
    return user.status === UserStatus.DEPARTED;
  }

  @ResolveField(() => UserModel, { nullable: true })
  async manager(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    if (!user.managerId) return null;
    return ctx.loaders.get(this.loaders.userById).load(user.managerId);
  }

  @ResolveField(() => UserConnection, { description: 'Active direct reports by name, a keyset page at a time (all of them, however many).' })
  async reports(@CurrentActor() actor: Actor, @Parent() user: UserModel, @Args() args: PageArgs, @Context() ctx: GqlContext) {
    if (args.after) return this.users.reportsPage(actor, user.id, args);
    const first = pageSize(args.first);
    const rows = await ctx.loaders.get(this.loaders.reportsFirstPage).load(`${first}:${user.id}`);
    return toConnection(rows, first, (u) => [u.name, u.id], presentUser);
  }

  @ResolveField(() => [UserModel], { description: 'Active direct reports (up to 500), by name.', deprecationReason: 'Cut at 500: page with `reports`.' })
  async directReports(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<UserModel[]> {
    return (await ctx.loaders.get(this.loaders.directReports).load(user.id)).map(presentUser);
  }

  @ResolveField(() => Int, { description: 'Active direct reports (all of them; `reports` pages through them).' })
  directReportCount(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get(this.loaders.directReportCount).load(user.id);
  }

  @ResolveField(() => [UserModel], { description: 'Active colleagues with the same manager (up to 500), by name; none without a manager.' })
  async peers(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<UserModel[]> {
    if (!user.managerId) return [];
    // The manager's direct reports, batched with every other `directReports` of the request.
    return (await ctx.loaders.get(this.loaders.directReports).load(user.managerId)).filter((u) => u.id !== user.id).map(presentUser);
  }

  @ResolveField(() => [UserModel], { description: 'The manager line above, nearest first.' })
  managerChain(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<UserModel[]> {
    return ctx.loaders.get(this.loaders.managerChain).load(user.id);
  }

  @ResolveField(() => [TeamMembershipModel])
  async teams(@Parent() user: UserModel, @Context() ctx: GqlContext): Promise<TeamMembershipModel[]> {
    const rows = await ctx.loaders.get(this.loaders.membershipsByUser).load(user.id);
    return rows.map((r) => ({ role: r.role, joinedAt: r.joinedAt, team: presentTeam(r), user }));
  }

  @ResolveField(() => UserAbilitiesModel)
  abilities(@CurrentActor() actor: Actor, @Parent() user: UserModel): UserAbilitiesModel {
    return {
      canEdit: can(userPolicy, actor, 'edit', user),
      canSuspend: can(userPolicy, actor, 'suspend', user),
      canAssignRoles: can(userPolicy, actor, 'assignRoles', user),
      // The same conditions AccountService.resendInvitation enforces (AUTH_ALREADY_ACTIVATED otherwise).
      canResendInvitation: user.activated === false && user.status === UserStatus.ACTIVE && can(userPolicy, actor, 'sendAccountMail', user),
    };
  }
}
