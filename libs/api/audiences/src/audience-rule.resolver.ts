import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@pillars/api/core';
import { PeopleDirectory, type UserModel } from '@pillars/api/directory';
import { AudienceMemberModel, AudienceRuleModel } from './audience.model';
import { presentMember } from './audience.presenter';

/** Names for the people a stored rule refers to, so an editor reopening it shows them. */
@Resolver(() => AudienceRuleModel)
export class AudienceRuleResolver {
  constructor(private readonly directory: PeopleDirectory) {}

  @ResolveField(() => [AudienceMemberModel], { description: 'The people the rule names (USERS, the MANAGER_LINE manager), batched per request; unknown ids are left out.' })
  async people(@Parent() rule: AudienceRuleModel, @Context() ctx: GqlContext): Promise<AudienceMemberModel[]> {
    const ids = [...(rule.userIds ?? []), ...(rule.managerId ? [rule.managerId] : [])];
    const loader = ctx.loaders.get(this.directory.userById);
    const found = await loader.loadMany(ids);
    return found.filter((u): u is UserModel => !!u && !(u instanceof Error)).map((u) => presentMember(u));
  }
}
