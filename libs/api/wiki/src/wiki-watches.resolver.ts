import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, type GqlContext } from '@pillars/api/core';
import { WikiPageModel, WikiPagePayload } from './wiki-page.model';
import { WikiPagesService } from './wiki-pages.service';
import { WikiSpaceModel, WikiSpacePayload } from './wiki-space.model';
import { WikiSpacesService } from './wiki-spaces.service';
import { WikiWatchesService } from './wiki-watches.service';

@Resolver(() => WikiPageModel)
export class WikiPageWatchResolver {
  constructor(
    private readonly watches: WikiWatchesService,
    private readonly pages: WikiPagesService,
  ) {}

  @ResolveField(() => Boolean, { description: 'The viewer watches this page (a watch of its whole space is `WikiSpace.watching`).' })
  watching(@Parent() page: WikiPageModel, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.get(this.watches.watchingPages).load(page.id);
  }

  @Mutation(() => WikiPagePayload, { description: 'Hear of new revisions of a page you may read (batched, daily digest by default); idempotent.' })
  async watchWikiPage(@CurrentActor() actor: Actor, @Args('pageId', { type: () => ID }, ParseIdPipe) pageId: string): Promise<WikiPagePayload> {
    await this.watches.watchPage(actor, pageId, true);
    return { page: await this.pages.getPage(actor, pageId) };
  }

  @Mutation(() => WikiPagePayload, { description: 'Stop watching a page; idempotent.' })
  async unwatchWikiPage(@CurrentActor() actor: Actor, @Args('pageId', { type: () => ID }, ParseIdPipe) pageId: string): Promise<WikiPagePayload> {
    await this.watches.watchPage(actor, pageId, false);
    return { page: await this.pages.getPage(actor, pageId) };
  }
}

@Resolver(() => WikiSpaceModel)
export class WikiSpaceWatchResolver {
  constructor(
    private readonly watches: WikiWatchesService,
    private readonly spaces: WikiSpacesService,
  ) {}

  @ResolveField(() => Boolean, { description: 'The viewer watches every page of this space.' })
  watching(@Parent() space: WikiSpaceModel, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.get(this.watches.watchingSpaces).load(space.id);
  }

  @Mutation(() => WikiSpacePayload, { description: 'Hear of new pages and new revisions anywhere in a space you may read; idempotent.' })
  async watchWikiSpace(@CurrentActor() actor: Actor, @Args('spaceId', { type: () => ID }, ParseIdPipe) spaceId: string): Promise<WikiSpacePayload> {
    await this.watches.watchSpace(actor, spaceId, true);
    return { space: await this.spaces.getSpace(actor, spaceId) };
  }

  @Mutation(() => WikiSpacePayload, { description: 'Stop watching a space; idempotent.' })
  async unwatchWikiSpace(@CurrentActor() actor: Actor, @Args('spaceId', { type: () => ID }, ParseIdPipe) spaceId: string): Promise<WikiSpacePayload> {
    await this.watches.watchSpace(actor, spaceId, false);
    return { space: await this.spaces.getSpace(actor, spaceId) };
  }
}
