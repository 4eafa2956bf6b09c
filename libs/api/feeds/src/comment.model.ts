import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, MultiLineText, SingleLineText } from '@pillars/api/core';
import { UserModel } from '@pillars/api/directory';
import { LIMITS } from '@pillars/shared/validation';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ReactionKind } from './post.model';

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) postId!: string;
  @Field(() => ID, { nullable: true, description: 'The comment this replies to (one level).' }) parentId!: string | null;
  @Field() body!: string;
  @Field() bodyHtml!: string;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field({ description: 'The author, a lead of the team or an admin may delete.' }) canDelete!: boolean;
  authorId!: string;
  sortAt!: string;
}
export const CommentConnection = connectionOf(CommentModel, 'Comment');

@ObjectType('CommentPayload')
export class CommentPayload {
  @Field(() => CommentModel) comment!: CommentModel;
}

@InputType('CreateCommentInput')
export class CreateCommentInput {
  @Field(() => ID) @IsUUID() postId!: string;
  @Field(() => ID, { nullable: true, description: 'A top-level comment of the same post.' }) @IsOptional() @IsUUID() parentId?: string;
  @Field({ description: `Markdown, at most ${LIMITS.postBody} characters.` }) @MultiLineText({ max: LIMITS.postBody }) body!: string;
}

@InputType('ReactInput')
export class ReactInput {
  @Field(() => ID) @IsUUID() postId!: string;
  @Field(() => ReactionKind, { nullable: true, description: 'Null removes the reaction.' }) @IsOptional() @IsEnum(ReactionKind) kind?: ReactionKind | null;
}

@ObjectType('Reactor')
export class ReactorModel {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => ReactionKind) kind!: ReactionKind;
}
export const ReactorConnection = connectionOf(ReactorModel, 'Reactor');

export enum FollowKind {
  TOPIC = 'TOPIC',
  TEAM = 'TEAM',
  USER = 'USER',
}
registerEnumType(FollowKind, { name: 'FollowKind', description: 'TOPIC (a #tag), TEAM (a team id) or USER (a person id).' });

@InputType('FollowInput')
export class FollowInput {
  @Field(() => FollowKind) @IsEnum(FollowKind) kind!: FollowKind;
  @Field({ description: 'A team id, a person id or a topic (with or without #).' }) @SingleLineText({ max: 60 }) target!: string;
}

@ObjectType('FollowPayload')
export class FollowPayload {
  @Field(() => FollowKind) kind!: FollowKind;
  @Field() target!: string;
  @Field() following!: boolean;
}

@ObjectType('DiscoverTeam')
export class DiscoverTeamModel {
  @Field(() => ID) teamId!: string;
  @Field(() => Int, { description: 'Posts in the last 30 days.' }) postCount!: number;
}

@ObjectType('DiscoverTopic')
export class DiscoverTopicModel {
  @Field() topic!: string;
  @Field(() => Int, { description: 'Posts in the last 30 days the viewer can read.' }) postCount!: number;
}

@ObjectType('Discover')
export class DiscoverModel {
  @Field(() => [DiscoverTeamModel], { description: 'Open teams by recent activity (top 20).' }) teams!: DiscoverTeamModel[];
  @Field(() => [DiscoverTopicModel], { description: 'Active topics (top 20).' }) topics!: DiscoverTopicModel[];
}
