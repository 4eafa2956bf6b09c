import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, can, CurrentActor, type GqlContext, PageArgs, pageSize, ParseIdPipe, toConnection } from '@pillars/api/core';
import { TeamRole } from '@pillars/shared/types';
import { DirectoryLoaders } from '../directory.loaders';
import { UserModel } from '../users/user.model';
import { TeamAbilitiesModel, TeamConnection, TeamMembershipConnection, TeamModel, TeamOptionConnection } from './team.model';
import { teamPolicy } from './team.policy';
import { presentTeam } from './team.presenter';
import { TeamsService } from './teams.service';
import { CreateTeamInput, TeamMemberInput, TeamOptionsArgs, TeamPayload, UpdateTeamInput } from './team.inputs';

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(
    private readonly teams: TeamsService,
    private readonly loaders: DirectoryLoaders,
  ) {}

  @Query(() => TeamModel)
  async team(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<TeamModel> {
    return presentTeam(await this.teams.getTeam(actor, id));
  }

  @Query(() => [TeamModel], { description: 'Top-level teams (departments).' })
  async departments(@CurrentActor() actor: Actor): Promise<TeamModel[]> {
    return (await this.teams.children(actor, [null])).map(presentTeam);
  }

  @Query(() => TeamOptionConnection, { description: 'Teams with their path from the department down, in tree order (for pickers); `query` filters by name.' })
  teamOptions(@CurrentActor() actor: Actor, @Args() args: TeamOptionsArgs) {
    return this.teams.options(actor, args);
  }

  @Mutation(() => TeamPayload)
  async createTeam(@CurrentActor() actor: Actor, @Args('input') input: CreateTeamInput): Promise<TeamPayload> {
    return { team: presentTeam(await this.teams.createTeam(actor, input)) };
  }

  @Mutation(() => TeamPayload, { description: 'Rename, describe or move a team.' })
  async updateTeam(@CurrentActor() actor: Actor, @Args('input') input: UpdateTeamInput): Promise<TeamPayload> {
    return { team: presentTeam(await this.teams.updateTeam(actor, input)) };
  }

  @Mutation(() => TeamPayload)
  async addTeamMember(@CurrentActor() actor: Actor, @Args('input') input: TeamMemberInput): Promise<TeamPayload> {
    return { team: presentTeam(await this.teams.addTeamMember(actor, input)) };
  }

  @Mutation(() => TeamPayload, { description: 'Makes the person the lead (adding them if needed); a former lead stays a member.' })
  async setTeamLead(@CurrentActor() actor: Actor, @Args('input') input: TeamMemberInput): Promise<TeamPayload> {
    return { team: presentTeam(await this.teams.addTeamMember(actor, { ...input, role: TeamRole.LEAD })) };
  }

  @Mutation(() => TeamPayload)
  async removeTeamMember(@CurrentActor() actor: Actor, @Args('input') input: TeamMemberInput): Promise<TeamPayload> {
    return { team: presentTeam(await this.teams.removeTeamMember(actor, input)) };
  }

  @ResolveField(() => TeamModel, { nullable: true })
  async parent(@Parent() team: TeamModel, @Context() ctx: GqlContext): Promise<TeamModel | null> {
    if (!team.parentId) return null;
    const parent = await ctx.loaders.get(this.loaders.teamById).load(team.parentId);
    return parent ? presentTeam(parent) : null;
  }

  @ResolveField(() => [TeamModel], { description: 'Root first.' })
  async ancestors(@Parent() team: TeamModel, @Context() ctx: GqlContext): Promise<TeamModel[]> {
    return (await ctx.loaders.get(this.loaders.teamAncestors).load(team.id)).map(presentTeam);
  }

  @ResolveField(() => TeamConnection, { description: 'Sub-teams by name.' })
  async children(@CurrentActor() actor: Actor, @Parent() team: TeamModel, @Args() args: PageArgs, @Context() ctx: GqlContext) {
    if (args.after) return this.teams.childrenPage(actor, team.id, args);
    const first = pageSize(args.first);
    const rows = await ctx.loaders.get(this.loaders.childTeamsFirstPage).load(`${first}:${team.id}`);
    return toConnection(rows, first, (t) => [t.name, t.id], presentTeam);
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() team: TeamModel, @Context() ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.get(this.loaders.teamStats).load(team.id)).members;
  }

  @ResolveField(() => Int, { description: 'How many sub-teams it has.' })
  childCount(@Parent() team: TeamModel, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get(this.loaders.childCount).load(team.id);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async lead(@Parent() team: TeamModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    const { leadId } = await ctx.loaders.get(this.loaders.teamStats).load(team.id);
    return leadId ? ctx.loaders.get(this.loaders.userById).load(leadId) : null;
  }

  @ResolveField(() => TeamMembershipConnection)
  members(@CurrentActor() actor: Actor, @Parent() team: TeamModel, @Args() args: PageArgs) {
    return this.teams.members(actor, team.id, args);
  }

  @ResolveField(() => TeamAbilitiesModel)
  abilities(@CurrentActor() actor: Actor, @Parent() team: TeamModel): TeamAbilitiesModel {
    return {
      canEdit: can(teamPolicy, actor, 'edit', team),
      canManageMembers: can(teamPolicy, actor, 'manageMembers', team),
      canEditDescription: can(teamPolicy, actor, 'editDescription', team),
      canAppointLead: can(teamPolicy, actor, 'appointLead', team),
    };
  }
}
