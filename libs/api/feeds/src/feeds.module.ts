import { AnnouncementAbilitiesResolver } from './announcement-abilities.resolver';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AudiencesModule } from '@pillars/api/audiences';
import { FilesModule } from '@pillars/api/files';
import { NotificationsModule } from '@pillars/api/notifications';
import { SearchModule } from '@pillars/api/search';
import { AnnouncementFanoutJobs } from './announcement-fanout.jobs';
import { AnnouncementLoaders } from './announcement.loaders';
import { AnnouncementReceiptsController } from './announcement-receipts.controller';
import { AnnouncementPostResolver, AnnouncementsResolver } from './announcements.resolver';
import { AnnouncementsService } from './announcements.service';
import { FEED_ENTITIES } from './feed.entities';
import { FeedLoaders } from './feed.loaders';
import { FeedQueriesService } from './feed-queries.service';
import { CommentsService } from './comments.service';
import { CommentsResolver, PostEngagementResolver } from './engagement.resolver';
import { EngagementService } from './engagement.service';
import { FeedsNotificationsHandler } from './feeds-notifications.handler';
import { FeedsRealtimeHandler } from './feeds-realtime.handler';
import { FOLLOW_STATE_PROVIDERS } from './follow-state.resolver';
import { MentionsResolver, MentionsService } from './mentions.resolver';
import { PostAttachmentsResolver, PostAttachmentsService } from './post-attachments';
import { PostBodyRenderer } from './post-body.renderer';
import { PostPreviewResolver, PostPreviewService } from './post-preview.resolver';
import { PostSearchSource } from './post-search.source';
import { PostVersionsService } from './post-versions.service';
import { PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { TeamFeedsService } from './team-feeds.service';

/** Feeds of the People pillar (DESIGN §4): the directory's people, its own posts and settings. */
@Module({
  imports: [TypeOrmModule.forFeature(FEED_ENTITIES), NotificationsModule, FilesModule, AudiencesModule, SearchModule],
  controllers: [AnnouncementReceiptsController],
  providers: [AnnouncementAbilitiesResolver, TeamFeedsService, PostBodyRenderer, PostsService, FeedQueriesService, PostVersionsService, FeedLoaders, FeedsRealtimeHandler, FeedsNotificationsHandler, PostAttachmentsService, PostAttachmentsResolver, PostsResolver, MentionsService, MentionsResolver, CommentsService, EngagementService, PostEngagementResolver, CommentsResolver, PostPreviewService, PostPreviewResolver, PostSearchSource,
    AnnouncementsService, AnnouncementLoaders, AnnouncementFanoutJobs, AnnouncementsResolver, AnnouncementPostResolver, ...FOLLOW_STATE_PROVIDERS],
})
export class FeedsModule {}
