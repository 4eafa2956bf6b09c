import { Module } from '@nestjs/common';
import { WikiEditingResolver } from './wiki-editing.resolver';
import { WikiEditingService } from './wiki-editing.service';
import { WikiLinks } from './wiki-links';
import { WikiPagesResolver, WikiRevisionsResolver } from './wiki-pages.resolver';
import { WikiPagesService } from './wiki-pages.service';
import { WikiRealtimeHandler } from './wiki-realtime.handler';
import { WikiSpacesResolver } from './wiki-spaces.resolver';
import { WikiSpacesService } from './wiki-spaces.service';
import { WikiAbilitiesResolver, WikiTemplatesResolver } from './wiki-templates.resolver';
import { WikiTemplatesService } from './wiki-templates.service';
import { WikiLoaders } from './wiki.loaders';
import { WikiVisibility } from './wiki.policy';

/** The wiki of the Technology pillar (DESIGN §4): spaces, pages, revisions, links, templates, drafts. */
@Module({
  providers: [WikiVisibility, WikiLinks, WikiLoaders, WikiSpacesService, WikiPagesService, WikiTemplatesService, WikiEditingService, WikiRealtimeHandler,
    WikiSpacesResolver, WikiPagesResolver, WikiRevisionsResolver, WikiEditingResolver, WikiTemplatesResolver, WikiAbilitiesResolver],
  // The search library filters pages with the wiki's own read rule.
  exports: [WikiVisibility],
})
export class WikiModule {}
