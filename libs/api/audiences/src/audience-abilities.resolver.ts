import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, ViewerAbilitiesModel } from '@pillars/api/core';
import { audiencePolicy } from './audience.policy';

/** The audiences' part of `abilities`. */
@Resolver(() => ViewerAbilitiesModel)
export class AudienceAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'May build and save audiences.' })
  canManageAudiences(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return can(audiencePolicy, actor, 'create', { organizationId: actor.organizationId });
  }
}
