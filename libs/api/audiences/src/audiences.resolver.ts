import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, can, CurrentActor, PageArgs, ParseIdPipe } from '@pillars/api/core';
import { AudienceAbilitiesModel, AudienceMemberConnection, AudienceModel, AudiencePayload, AudiencePreviewModel } from './audience.model';
import { AudienceRulesInput, CreateAudienceInput, UpdateAudienceInput } from './audience.inputs';
import { audiencePolicy } from './audience.policy';
import { presentAudience, presentMember } from './audience.presenter';
import { AudiencesService } from './audiences.service';

@Resolver(() => AudienceModel)
export class AudiencesResolver {
  constructor(private readonly audiences: AudiencesService) {}

  @Query(() => AudiencePreviewModel, { description: 'Live count and sample for the audience picker (HR, admins, team leads).' })
  async audiencePreview(@CurrentActor() actor: Actor, @Args('rules', { type: () => AudienceRulesInput }) rules: AudienceRulesInput): Promise<AudiencePreviewModel> {
    const { count, sample } = await this.audiences.previewAudience(actor, rules);
    return { count, sample: sample.map((u) => presentMember(u)) };
  }

  @Query(() => AudienceModel, { description: 'HR and admins see any audience; others only one they are in.' })
  async audience(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<AudienceModel> {
    return presentAudience(await this.audiences.getAudience(actor, id));
  }

  @Mutation(() => AudiencePayload)
  async createAudience(@CurrentActor() actor: Actor, @Args('input') input: CreateAudienceInput): Promise<AudiencePayload> {
    return { audience: presentAudience(await this.audiences.createAudience(actor, input.rules)) };
  }

  @Mutation(() => AudiencePayload, { description: 'Replaces the rules; membership is recomputed in the same transaction.' })
  async updateAudience(@CurrentActor() actor: Actor, @Args('input') input: UpdateAudienceInput): Promise<AudiencePayload> {
    return { audience: presentAudience(await this.audiences.updateAudience(actor, input.id, input.rules)) };
  }

  @ResolveField(() => AudienceMemberConnection, { description: 'Current members by name (HR and admins).' })
  members(@CurrentActor() actor: Actor, @Parent() audience: AudienceModel, @Args() args: PageArgs) {
    return this.audiences.members(actor, audience, args);
  }

  @ResolveField(() => AudienceAbilitiesModel)
  abilities(@CurrentActor() actor: Actor, @Parent() audience: AudienceModel): AudienceAbilitiesModel {
    return { canEdit: can(audiencePolicy, actor, 'edit', audience), canListMembers: can(audiencePolicy, actor, 'listMembers', audience) };
  }
}
