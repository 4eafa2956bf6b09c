import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, can, CurrentActor, type GqlContext, PageArgs, ParseIdPipe } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { AudienceAbilitiesModel, AudienceConnection, AudienceMemberConnection, AudienceModel, AudiencePayload, AudiencePreviewModel, AudienceUsageModel } from './audience.model';
import { AudienceRulesInput, CreateAudienceInput, SavedAudiencesArgs, UpdateAudienceInput } from './audience.inputs';
import { audiencePolicy } from './audience.policy';
import { presentAudience, presentMember } from './audience.presenter';
import { AudiencesService } from './audiences.service';
import { SavedAudiencesService } from './saved-audiences.service';

@Resolver(() => AudienceModel)
export class AudiencesResolver {
  constructor(
    private readonly audiences: AudiencesService,
    private readonly saved: SavedAudiencesService,
    private readonly people: PeopleDirectory,
  ) {}

  @Query(() => AudiencePreviewModel, { description: 'Live count and sample for the audience picker (HR, admins, team leads).' })
  async audiencePreview(@CurrentActor() actor: Actor, @Args('rules', { type: () => AudienceRulesInput }) rules: AudienceRulesInput): Promise<AudiencePreviewModel> {
    const { count, sample } = await this.audiences.previewAudience(actor, rules);
    return { count, sample: sample.map((u) => presentMember(u)) };
  }

  @Query(() => AudienceMemberConnection, { description: 'Everyone the draft rules select, by name: the preview\'s "and N more", a page at a time.' })
  audiencePreviewMembers(@CurrentActor() actor: Actor, @Args('rules', { type: () => AudienceRulesInput }) rules: AudienceRulesInput, @Args() args: PageArgs) {
    return this.audiences.previewMembers(actor, rules, args);
  }

  @Query(() => AudienceModel, { description: 'HR and admins see any audience; the owner their saved ones; others only one they are in.' })
  async audience(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<AudienceModel> {
    return presentAudience(await this.audiences.getAudience(actor, id));
  }

  @Query(() => AudienceConnection, { description: 'Saved (named) audiences by name: every one for HR and admins, one\'s own for others.' })
  async savedAudiences(@CurrentActor() actor: Actor, @Args() args: SavedAudiencesArgs) {
    const page = await this.saved.list(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: presentAudience(e.node) })) };
  }

  @Mutation(() => AudiencePayload, { description: 'Saves a named audience (HR and admins); the creator owns it.' })
  async createAudience(@CurrentActor() actor: Actor, @Args('input') input: CreateAudienceInput): Promise<AudiencePayload> {
    return { audience: presentAudience(await this.audiences.createAudience(actor, input.name, input.rules)) };
  }

  @Mutation(() => AudiencePayload, { description: 'Replaces the rules (and the name, if given); membership is recomputed in the same transaction.' })
  async updateAudience(@CurrentActor() actor: Actor, @Args('input') input: UpdateAudienceInput): Promise<AudiencePayload> {
    return { audience: presentAudience(await this.audiences.updateAudience(actor, input.id, input.rules, input.name)) };
  }

  @ResolveField(() => AudienceMemberConnection, { description: 'Current members by name (the owner, HR and admins); never anyone the viewer may not see.' })
  members(@CurrentActor() actor: Actor, @Parent() audience: AudienceModel, @Args() args: PageArgs) {
    return this.audiences.members(actor, audience, args);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who saved it.' })
  async owner(@Parent() audience: AudienceModel, @Context() ctx: GqlContext): Promise<UserModel | null> {
    return audience.ownerId ? ctx.loaders.get(this.people.userById).load(audience.ownerId) : null;
  }

  @ResolveField(() => [AudienceUsageModel], { description: 'Where it is used, by kind (only kinds with at least one use).' })
  usages(@Parent() audience: AudienceModel, @Context() ctx: GqlContext): Promise<AudienceUsageModel[]> {
    return ctx.loaders.get(this.saved.usages).load(audience.id);
  }

  @ResolveField(() => AudienceAbilitiesModel)
  abilities(@CurrentActor() actor: Actor, @Parent() audience: AudienceModel): AudienceAbilitiesModel {
    return { canEdit: can(audiencePolicy, actor, 'edit', audience), canListMembers: can(audiencePolicy, actor, 'listMembers', audience) };
  }
}
