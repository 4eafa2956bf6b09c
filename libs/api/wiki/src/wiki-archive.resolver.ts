import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe } from '@pillars/api/core';
import { WikiArchiveService } from './wiki-archive.service';
import { WikiPageModel, WikiPagePayload } from './wiki-page.model';
import { WikiPagesService } from './wiki-pages.service';

@Resolver(() => WikiPageModel)
export class WikiArchiveResolver {
  constructor(
    private readonly archive: WikiArchiveService,
    private readonly pages: WikiPagesService,
  ) {}

  @Mutation(() => WikiPagePayload, { description: 'The owner or a space admin restores a page its space archived for being left unverified (a live page is unchanged).' })
  async restoreArchivedWikiPage(@CurrentActor() actor: Actor, @Args('pageId', { type: () => ID }, ParseIdPipe) pageId: string): Promise<WikiPagePayload> {
    await this.archive.restorePage(actor, pageId);
    return { page: await this.pages.getPage(actor, pageId) };
  }
}
