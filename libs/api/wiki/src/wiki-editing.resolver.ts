import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe } from '@pillars/api/core';
import { WikiEditingService } from './wiki-editing.service';
import { DeleteWikiPagePayload, SaveWikiPagePayload, WikiDraftPayload, WikiPageModel, WikiPagePayload } from './wiki-page.model';
import { WikiPagesService } from './wiki-pages.service';
import { CreateWikiPageInput, MoveWikiPageInput, RestoreWikiRevisionInput, SaveWikiDraftInput, SaveWikiPageInput, SetWikiPageOwnerInput, SetWikiPageReviewCycleInput } from './wiki.inputs';

@Resolver(() => WikiPageModel)
export class WikiEditingResolver {
  constructor(
    private readonly editing: WikiEditingService,
    private readonly pages: WikiPagesService,
  ) {}

  @Mutation(() => WikiPagePayload, { description: 'Editors of the space; with templateId the body (and language) come from the template unless given.' })
  async createWikiPage(@CurrentActor() actor: Actor, @Args('input') input: CreateWikiPageInput): Promise<WikiPagePayload> {
    return { page: await this.pages.getPage(actor, await this.editing.createPage(actor, input)) };
  }

  @Mutation(() => SaveWikiPagePayload, { description: 'A new revision from baseRevision; a stale base is WIKI_REVISION_CONFLICT with extensions.currentRevision.' })
  async saveWikiPage(@CurrentActor() actor: Actor, @Args('input') input: SaveWikiPageInput): Promise<SaveWikiPagePayload> {
    const { pageId, revision } = await this.editing.savePage(actor, input);
    return { page: await this.pages.getPage(actor, pageId), revision };
  }

  @Mutation(() => SaveWikiPagePayload, { description: 'A new revision copying an old one (same concurrency rule as a save).' })
  async restoreWikiRevision(@CurrentActor() actor: Actor, @Args('input') input: RestoreWikiRevisionInput): Promise<SaveWikiPagePayload> {
    const { pageId, revision } = await this.editing.restoreRevision(actor, input);
    return { page: await this.pages.getPage(actor, pageId), revision };
  }

  @Mutation(() => WikiPagePayload, { description: 'Editors: a new parent (null: top level) and index among its siblings; never below itself (WIKI_PAGE_CYCLE).' })
  async moveWikiPage(@CurrentActor() actor: Actor, @Args('input') input: MoveWikiPageInput): Promise<WikiPagePayload> {
    await this.editing.movePage(actor, input);
    return { page: await this.pages.getPage(actor, input.pageId) };
  }

  @Mutation(() => DeleteWikiPagePayload, { description: 'Space admins, or the page\'s owner when an editor: the page and every page below it.' })
  deleteWikiPage(@CurrentActor() actor: Actor, @Args('pageId', { type: () => ID }, ParseIdPipe) pageId: string): Promise<DeleteWikiPagePayload> {
    return this.editing.deletePage(actor, pageId);
  }

  @Mutation(() => WikiPagePayload, { description: 'The owner or a space admin: "still right", moving the review date one cycle on.' })
  async verifyWikiPage(@CurrentActor() actor: Actor, @Args('pageId', { type: () => ID }, ParseIdPipe) pageId: string): Promise<WikiPagePayload> {
    await this.editing.verifyPage(actor, pageId);
    return { page: await this.pages.getPage(actor, pageId) };
  }

  @Mutation(() => WikiPagePayload, { description: 'The owner or a space admin hands the page to someone who may read the space.' })
  async setWikiPageOwner(@CurrentActor() actor: Actor, @Args('input') input: SetWikiPageOwnerInput): Promise<WikiPagePayload> {
    await this.editing.setOwner(actor, input);
    return { page: await this.pages.getPage(actor, input.pageId) };
  }

  @Mutation(() => WikiPagePayload, { description: 'The owner or a space admin: the page\'s own review cycle (null: the space\'s).' })
  async setWikiPageReviewCycle(@CurrentActor() actor: Actor, @Args('input') input: SetWikiPageReviewCycleInput): Promise<WikiPagePayload> {
    await this.editing.setReviewCycle(actor, input);
    return { page: await this.pages.getPage(actor, input.pageId) };
  }

  @Mutation(() => WikiDraftPayload, { description: 'Autosave of the viewer\'s own edit (editors).' })
  async saveWikiDraft(@CurrentActor() actor: Actor, @Args('input') input: SaveWikiDraftInput): Promise<WikiDraftPayload> {
    await this.editing.saveDraft(actor, input);
    return { draft: await this.pages.myDraft(actor, input.pageId) };
  }

  @Mutation(() => WikiPagePayload)
  async discardWikiDraft(@CurrentActor() actor: Actor, @Args('pageId', { type: () => ID }, ParseIdPipe) pageId: string): Promise<WikiPagePayload> {
    await this.editing.discardDraft(actor, pageId);
    return { page: await this.pages.getPage(actor, pageId) };
  }
}
