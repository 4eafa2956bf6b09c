import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@pillars/api/core';
import { WikiPreviewArgs, WikiPreviewModel } from './wiki-preview.model';
import { WikiPreviewService } from './wiki-preview.service';

@Resolver()
export class WikiPreviewResolver {
  constructor(private readonly preview: WikiPreviewService) {}

  @Query(() => WikiPreviewModel, { description: 'The editor\'s preview: Markdown rendered and sanitised as a save would, `[[links]]` resolved among readable pages; nothing is written.' })
  renderWikiPreview(@CurrentActor() actor: Actor, @Args() args: WikiPreviewArgs): Promise<WikiPreviewModel> {
    return this.preview.render(actor, args.spaceId, args.body);
  }
}
