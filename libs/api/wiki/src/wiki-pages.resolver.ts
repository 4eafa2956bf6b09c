import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PageArgs, ParseIdPipe, RealtimePresence, type GqlContext } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { WikiBrokenLinkModel, WikiDiffModel, WikiDraftModel, WikiPageCrumbModel, WikiPageModel, WikiPageRefModel, WikiRevisionConnection, WikiRevisionModel } from './wiki-page.model';
import { WikiPagesService } from './wiki-pages.service';
import { WikiSpaceModel } from './wiki-space.model';
import { WikiDiffArgs, WikiLinkTargetsArgs, WikiPageBySlugArgs, WikiRevisionArgs } from './wiki.inputs';
import { WikiLoaders } from './wiki.loaders';

@Resolver(() => WikiPageModel)
export class WikiPagesResolver {
  constructor(
    private readonly pages: WikiPagesService,
    private readonly loaders: WikiLoaders,
    private readonly people: PeopleDirectory,
    private readonly presence: RealtimePresence,
  ) {}

  @Query(() => WikiPageModel, { description: 'A page the viewer may read; NOT_FOUND otherwise (hidden or deleted alike).' })
  wikiPage(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<WikiPageModel> {
    return this.pages.getPage(actor, id);
  }

  @Query(() => WikiPageModel, { description: 'By space key and slug; a slug the page had before a rename resolves too.' })
  wikiPageBySlug(@CurrentActor() actor: Actor, @Args() args: WikiPageBySlugArgs): Promise<WikiPageModel> {
    return this.pages.getPageBySlug(actor, args.spaceKey, args.slug);
  }

  @Query(() => WikiRevisionModel)
  wikiRevision(@CurrentActor() actor: Actor, @Args() args: WikiRevisionArgs): Promise<WikiRevisionModel> {
    return this.pages.revision(actor, args.pageId, args.number);
  }

  @Query(() => WikiDiffModel, { description: 'Word-level diff between any two revisions of a readable page.' })
  wikiDiff(@CurrentActor() actor: Actor, @Args() args: WikiDiffArgs): Promise<WikiDiffModel> {
    return this.pages.diff(actor, args.pageId, args.from, args.to);
  }

  @Query(() => [WikiPageRefModel], { description: 'The `[[page]]` picker: readable pages by title prefix or trigram similarity, the given space first.' })
  wikiLinkTargets(@CurrentActor() actor: Actor, @Args() args: WikiLinkTargetsArgs): Promise<WikiPageRefModel[]> {
    return this.pages.linkTargets(actor, args.query, args.spaceId ?? null, args.first ?? 10);
  }

  @Query(() => [WikiBrokenLinkModel], { description: 'Links on the space\'s pages (that the viewer may read) naming no live page.' })
  wikiBrokenLinks(@CurrentActor() actor: Actor, @Args('spaceId', { type: () => ID }, ParseIdPipe) spaceId: string): Promise<WikiBrokenLinkModel[]> {
    return this.pages.brokenLinks(actor, spaceId);
  }

  @Query(() => [WikiPageModel], { description: 'Space admins: live pages whose owner has been deactivated (at most 500), to hand on.' })
  wikiDepartedOwnerPages(@CurrentActor() actor: Actor, @Args('spaceId', { type: () => ID }, ParseIdPipe) spaceId: string): Promise<WikiPageModel[]> {
    return this.pages.departedOwnerPages(actor, spaceId);
  }

  @ResolveField(() => WikiSpaceModel)
  space(@Parent() page: WikiPageModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.loaders.spaceById).load(page.spaceId);
  }

  @ResolveField(() => String, { description: 'Markdown as stored: `[[title]]` links already rewritten to `/wiki/page/<id>`.' })
  async body(@Parent() page: WikiPageModel, @Context() ctx: GqlContext): Promise<string> {
    return page.body ?? (await ctx.loaders.get(this.loaders.body).load(page.id))?.body ?? '';
  }

  @ResolveField(() => String, { description: 'Rendered and sanitised HTML.' })
  async bodyHtml(@Parent() page: WikiPageModel, @Context() ctx: GqlContext): Promise<string> {
    return page.bodyHtml ?? (await ctx.loaders.get(this.loaders.body).load(page.id))?.bodyHtml ?? '';
  }

  @ResolveField(() => WikiRevisionModel)
  currentRevision(@CurrentActor() actor: Actor, @Parent() page: WikiPageModel): Promise<WikiRevisionModel> {
    return this.pages.revision(actor, page.id, page.revisionNumber);
  }

  @ResolveField(() => WikiPageCrumbModel, { nullable: true })
  async parent(@Parent() page: WikiPageModel): Promise<WikiPageCrumbModel | null> {
    return (await this.pages.breadcrumbs(page)).at(-1) ?? null;
  }

  @ResolveField(() => [WikiPageCrumbModel], { description: 'Ancestors from the top of the space, not including the page.' })
  breadcrumbs(@Parent() page: WikiPageModel): Promise<WikiPageCrumbModel[]> {
    return this.pages.breadcrumbs(page);
  }

  @ResolveField(() => UserModel, { nullable: true })
  owner(@Parent() page: WikiPageModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(page.ownerId);
  }

  @ResolveField(() => [UserModel], { description: 'People with the page\'s editor open now (socket presence), the viewer included; a change arrives as a `Presence` invalidation of `wikipage:<id>`.' })
  async editors(@Parent() page: WikiPageModel, @Context() ctx: GqlContext): Promise<UserModel[]> {
    const ids = await this.presence.presentUserIds(`wikipage:${page.id}`);
    const users = await Promise.all(ids.map((id) => ctx.loaders.get(this.people.userById).load(id)));
    return users.filter((u): u is UserModel => !!u).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  @ResolveField(() => UserModel, { nullable: true })
  verifiedBy(@Parent() page: WikiPageModel, @Context() ctx: GqlContext) {
    return page.verifiedBy ? ctx.loaders.get(this.people.userById).load(page.verifiedBy) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  updatedBy(@Parent() page: WikiPageModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(page.updatedBy);
  }

  @ResolveField(() => WikiRevisionConnection, { description: 'Newest first.' })
  revisions(@CurrentActor() actor: Actor, @Parent() page: WikiPageModel, @Args() args: PageArgs) {
    return this.pages.revisions(actor, page, args);
  }

  @ResolveField(() => [WikiPageRefModel], { description: '"Linked from": pages linking here that the viewer may read.' })
  backlinks(@CurrentActor() actor: Actor, @Parent() page: WikiPageModel): Promise<WikiPageRefModel[]> {
    return this.pages.backlinks(actor, page.id);
  }

  @ResolveField(() => WikiDraftModel, { nullable: true, description: 'The viewer\'s own autosaved draft of this page.' })
  myDraft(@CurrentActor() actor: Actor, @Parent() page: WikiPageModel): Promise<WikiDraftModel | null> {
    return this.pages.myDraft(actor, page.id);
  }
}

@Resolver(() => WikiRevisionModel)
export class WikiRevisionsResolver {
  constructor(private readonly people: PeopleDirectory) {}

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() revision: WikiRevisionModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(revision.authorId);
  }
}
