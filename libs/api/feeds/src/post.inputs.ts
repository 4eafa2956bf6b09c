import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MultiLineText, SingleLineText } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { TeamFeedVisibility } from './post.model';

@InputType('CreatePostInput')
export class CreatePostInput {
  @Field(() => ID, { nullable: true, description: 'A team the author belongs to; omit for the company feed.' }) @IsOptional() @IsUUID() teamId?: string;
  @Field({ description: `Markdown, at most ${LIMITS.postBody} characters.` }) @MultiLineText({ max: LIMITS.postBody }) body!: string;
  @Field(() => String, { nullable: true, description: 'BCP 47 language tag, e.g. "he" or "pt-BR".' })
  @IsOptional() @SingleLineText({ max: 35 }) @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/) language?: string;
  @Field(() => [ID], { nullable: true, description: 'Files the author uploaded (POST /files) and has not attached yet; at most 10 per post.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true }) attachmentIds?: string[];
}

@InputType('UpdatePostInput')
export class UpdatePostInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @MultiLineText({ max: LIMITS.postBody }) body!: string;
  @Field(() => Int, { nullable: true, description: 'The version the edit was made on; a newer one is FEEDS_VERSION_CONFLICT.' })
  @IsOptional() @IsInt() @Min(1) expectedVersion?: number;
  @Field(() => [ID], { nullable: true, description: 'Files the author uploaded (POST /files) and has not attached yet; added to those already on the post, at most 10 in all.' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsUUID('all', { each: true }) attachmentIds?: string[];
}

@InputType('TeamFeedSettingsInput')
export class TeamFeedSettingsInput {
  @Field(() => ID) @IsUUID() teamId!: string;
  @Field(() => TeamFeedVisibility, { nullable: true }) @IsOptional() @IsEnum(TeamFeedVisibility) visibility?: TeamFeedVisibility;
  @Field(() => Boolean, { nullable: true, description: "Members' posts wait for a lead's approval." }) @IsOptional() @IsBoolean() requiresApproval?: boolean;
}

@InputType('ModeratePostInput')
export class ModeratePostInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field() @IsBoolean() approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Shown to the author when rejected.' }) @IsOptional() @SingleLineText({ max: 500 }) reason?: string;
}

@ArgsType()
export class MentionQueryArgs {
  @Field() @SingleLineText({ min: 1, max: LIMITS.name }) query!: string;
  @Field(() => ID, { nullable: true, description: 'The team feed being written in; omit for the company feed.' }) @IsOptional() @IsUUID() teamId?: string;
}
