import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PageArgs, ParseIdPipe, type GqlContext } from '@pillars/api/core';
import { WikiPageConnection } from './wiki-page.model';
import { WikiPagesService } from './wiki-pages.service';
import { WikiSpaceConnection, WikiSpaceMemberConnection, WikiSpaceMemberPayload, WikiSpaceModel, WikiSpacePayload, WikiSpaceTeamModel } from './wiki-space.model';
import { WikiSpacesService } from './wiki-spaces.service';
import { CreateWikiSpaceInput, SetWikiSpaceMemberInput, UpdateWikiSpaceInput, WikiPagesArgs, WikiSpaceByKeyArgs } from './wiki.inputs';
import { WikiLoaders } from './wiki.loaders';


@Resolver(() => WikiSpaceModel)
export class WikiSpacesResolver {
  constructor(
    private readonly spaces: WikiSpacesService,
    private readonly pageQueries: WikiPagesService,
    private readonly loaders: WikiLoaders,
  ) {}

  @Query(() => WikiSpaceConnection, { description: 'The spaces the viewer may read, by name.' })
  wikiSpaces(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    return this.spaces.listSpaces(actor, args);
  }

  @Query(() => WikiSpaceModel, { description: 'A space the viewer may read; NOT_FOUND otherwise.' })
  wikiSpace(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<WikiSpaceModel> {
    return this.spaces.getSpace(actor, id);
  }

  @Query(() => WikiSpaceModel, { description: 'A space by its key; NOT_FOUND when hidden or missing.' })
  wikiSpaceByKey(@CurrentActor() actor: Actor, @Args() args: WikiSpaceByKeyArgs): Promise<WikiSpaceModel> {
    return this.spaces.getSpaceByKey(actor, args.key);
  }

  @Mutation(() => WikiSpacePayload, { description: 'HR and admins; the creator becomes its first admin.' })
  async createWikiSpace(@CurrentActor() actor: Actor, @Args('input') input: CreateWikiSpaceInput): Promise<WikiSpacePayload> {
    return { space: await this.spaces.createSpace(actor, input) };
  }

  @Mutation(() => WikiSpacePayload, { description: 'The space\'s admins.' })
  async updateWikiSpace(@CurrentActor() actor: Actor, @Args('input') input: UpdateWikiSpaceInput): Promise<WikiSpacePayload> {
    const { id, ...fields } = input;
    return { space: await this.spaces.updateSpace(actor, id, fields) };
  }

  @Mutation(() => WikiSpaceMemberPayload, { description: 'The space\'s admins: set a member\'s role, or remove them with role null.' })
  async setWikiSpaceMember(@CurrentActor() actor: Actor, @Args('input') input: SetWikiSpaceMemberInput): Promise<WikiSpaceMemberPayload> {
    return { space: await this.spaces.setMember(actor, input) };
  }

  @ResolveField(() => WikiSpaceTeamModel, { nullable: true })
  team(@Parent() space: WikiSpaceModel, @Context() ctx: GqlContext) {
    return space.teamId ? ctx.loaders.get(this.loaders.team).load(space.teamId) : null;
  }

  @ResolveField(() => WikiPageConnection, { description: 'One level of the tree (the top without parentId), by position: load deeper levels as they open.' })
  pages(@CurrentActor() actor: Actor, @Parent() space: WikiSpaceModel, @Args() args: WikiPagesArgs) {
    return this.pageQueries.children(actor, space.id, args.parentId ?? null, args);
  }

  @ResolveField(() => WikiSpaceMemberConnection, { description: 'The named members, by name.' })
  members(@CurrentActor() actor: Actor, @Parent() space: WikiSpaceModel, @Args() args: PageArgs) {
    return this.spaces.members(actor, space, args);
  }
}
