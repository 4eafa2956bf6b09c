import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';

export enum ReactionKind {
  LIKE = 'LIKE',
  CELEBRATE = 'CELEBRATE',
  INSIGHTFUL = 'INSIGHTFUL',
  SUPPORT = 'SUPPORT',
}
registerEnumType(ReactionKind, { name: 'ReactionKind' });

export enum PostStatus {
  PUBLISHED = 'PUBLISHED',
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
}
registerEnumType(PostStatus, { name: 'PostStatus', description: 'PENDING and REJECTED only in moderated team feeds.' });

export enum TeamFeedVisibility {
  OPEN = 'OPEN',
  PRIVATE = 'PRIVATE',
}
registerEnumType(TeamFeedVisibility, { name: 'TeamFeedVisibility', description: 'OPEN: everyone in the organisation reads, members post. PRIVATE: members only.' });

@ObjectType('PostAbilities')
export class PostAbilitiesModel {
  @Field() canEdit!: boolean;
  @Field() canDelete!: boolean;
  @Field() canModerate!: boolean;
}

@ObjectType('ReactionCount')
export class ReactionCountModel {
  @Field(() => ReactionKind) kind!: ReactionKind;
  @Field(() => Int) count!: number;
}

@ObjectType('Post')
export class PostModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Null for the company feed.' }) teamId!: string | null;
  @Field({ description: 'The Markdown source (for editing).' }) body!: string;
  @Field({ description: 'Sanitised HTML rendered on write.' }) bodyHtml!: string;
  @Field(() => String, { nullable: true, description: 'BCP 47 tag the author chose, if any.' }) language!: string | null;
  @Field(() => [String]) topics!: string[];
  @Field(() => PostStatus) status!: PostStatus;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field() isAnnouncement!: boolean;
  @Field(() => Date, { nullable: true }) pinnedUntil!: Date | null;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true, description: 'Set once the body was edited.' }) editedAt!: Date | null;
  @Field() createdAt!: Date;
  organizationId!: string;
  authorId!: string;
}
export const PostConnection = connectionOf(PostModel, 'Post');

@ObjectType('PostVersion')
export class PostVersionModel {
  @Field(() => Int) version!: number;
  @Field() body!: string;
  @Field() bodyHtml!: string;
  @Field({ description: 'When this version was written.' }) createdAt!: Date;
}

@ObjectType('PostPayload')
export class PostPayload {
  @Field(() => PostModel) post!: PostModel;
}

@ObjectType('DeletePostPayload')
export class DeletePostPayload {
  @Field(() => ID) id!: string;
}

@ObjectType('TeamFeed')
export class TeamFeedModel {
  @Field(() => ID) teamId!: string;
  @Field(() => TeamFeedVisibility) visibility!: TeamFeedVisibility;
  @Field() requiresApproval!: boolean;
  @Field({ description: 'Whether the viewer is a member (and may post).' }) viewerIsMember!: boolean;
  @Field() canConfigure!: boolean;
}
