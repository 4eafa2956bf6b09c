import { CommentEntity, FollowEntity, PostEntity, PostVersionEntity, ReactionEntity, TeamFeedEntity } from './post.entity';

export const FEED_ENTITIES = [TeamFeedEntity, PostEntity, PostVersionEntity, CommentEntity, ReactionEntity, FollowEntity];
