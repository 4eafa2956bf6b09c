import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, type GqlContext } from '@pillars/api/core';
import { WikiPageModel } from './wiki-page.model';
import { WikiViewsService, type WikiPageViewCounts } from './wiki-views.service';

@ObjectType('WikiPageViewStats', { description: 'Reads of a page, one per person and UTC day; totals only.' })
export class WikiPageViewStatsModel implements WikiPageViewCounts {
  @Field(() => Int, { description: 'Person-days the page was read.' }) views!: number;
  @Field(() => Int, { description: 'Different people who read it.' }) viewers!: number;
  @Field(() => Int, { description: 'Person-days in the last 30 days.' }) last30Days!: number;
}

@Resolver(() => WikiPageModel)
export class WikiViewsResolver {
  constructor(private readonly views: WikiViewsService) {}

  @ResolveField(() => WikiPageViewStatsModel, { nullable: true, description: 'For the page\'s owner and the space\'s editors; null for everyone else.' })
  viewStats(@Parent() page: WikiPageModel, @CurrentActor() actor: Actor, @Context() ctx: GqlContext): Promise<WikiPageViewCounts> | null {
    if (!page.abilities.canEdit && page.ownerId !== actor.userId) return null;
    return ctx.loaders.get(this.views.counts).load(page.id);
  }

  @Mutation(() => Boolean, { description: 'The viewer opened the page (counted once per day); true when recorded.' })
  async recordWikiPageView(@CurrentActor() actor: Actor, @Args('pageId', { type: () => ID }, ParseIdPipe) pageId: string): Promise<boolean> {
    await this.views.recordView(actor, pageId);
    return true;
  }
}
