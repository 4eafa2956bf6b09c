import { Module } from '@nestjs/common';
import { NotificationsModule } from '@pillars/api/notifications';
import { SearchModule } from '@pillars/api/search';
import { WikiArchiveResolver } from './wiki-archive.resolver';
import { WikiArchiveService } from './wiki-archive.service';
import { WikiEditingResolver } from './wiki-editing.resolver';
import { WikiPreviewResolver } from './wiki-preview.resolver';
import { WikiPreviewService } from './wiki-preview.service';
import { WikiEditingService } from './wiki-editing.service';
import { WikiExportController } from './wiki-export.controller';
import { WikiExportService } from './wiki-export.service';
import { WikiImportService } from './wiki-import.service';
import { WikiLinks } from './wiki-links';
import { WikiPageImages } from './wiki-page-images';
import { WikiPagesResolver, WikiRevisionsResolver } from './wiki-pages.resolver';
import { WikiPagesService } from './wiki-pages.service';
import { WikiRealtimeHandler } from './wiki-realtime.handler';
import { WikiSpacesResolver } from './wiki-spaces.resolver';
import { WikiSpacesService } from './wiki-spaces.service';
import { WikiAbilitiesResolver, WikiTemplatesResolver } from './wiki-templates.resolver';
import { WikiTemplatesService } from './wiki-templates.service';
import { WikiReviewReminderJobs } from './wiki-review-reminders.jobs';
import { WikiPageSearchSource } from './wiki-search.source';
import { WikiPageWatchResolver, WikiSpaceWatchResolver } from './wiki-watches.resolver';
import { WikiWatchesService } from './wiki-watches.service';
import { WikiLoaders } from './wiki.loaders';
import { WikiVisibility } from './wiki.policy';
import { WikiViewsResolver } from './wiki-views.resolver';
import { WikiViewsService } from './wiki-views.service';

/** The wiki of the Technology pillar (DESIGN §4): spaces, pages, revisions, links, templates, drafts. */
@Module({
  imports: [NotificationsModule, SearchModule],
  controllers: [WikiExportController],
  providers: [WikiVisibility, WikiLinks, WikiPageImages, WikiLoaders, WikiSpacesService, WikiPagesService, WikiTemplatesService, WikiEditingService, WikiRealtimeHandler, WikiWatchesService, WikiReviewReminderJobs, WikiPageSearchSource, WikiViewsService, WikiExportService, WikiImportService, WikiArchiveService, WikiPreviewService,
    WikiSpacesResolver, WikiPagesResolver, WikiRevisionsResolver, WikiEditingResolver, WikiTemplatesResolver, WikiAbilitiesResolver, WikiPageWatchResolver, WikiSpaceWatchResolver, WikiViewsResolver, WikiArchiveResolver, WikiPreviewResolver],
  // The search library filters pages with the wiki's own read rule.
  exports: [WikiVisibility],
})
export class WikiModule {}
