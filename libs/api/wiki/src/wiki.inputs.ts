import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MultiLineText, PageArgs, SingleLineText } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { IsEnum, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { WikiOutsiderAccess, WikiSpaceRole, WikiSpaceVisibility } from './wiki-space.model';

export const WIKI_LANGUAGES = ['en', 'ar', 'he', 'it'] as const;
export const REVIEW_CYCLES = [6, 12, 18, 24] as const;
/**
 * Characters a body may hold before the byte check: the 1 MB limit (WIKI_PAGE_TOO_LARGE) is on
 * UTF-8 bytes and checked in the service, so this only stops absurd requests as BAD_USER_INPUT.
 */
const BODY_CHARS = 2 * LIMITS.wikiPageBytes;
const SUMMARY = 500;
const DESCRIPTION = 2000;

@InputType('CreateWikiSpaceInput')
export class CreateWikiSpaceInput {
  @Field() @SingleLineText({ max: LIMITS.name }) name!: string;
  @Field({ description: 'Lower-case letters, digits and dashes, 2–32, starting with a letter or digit; unique in the organisation.' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,31}$/) key!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MultiLineText({ max: DESCRIPTION, allowEmpty: true }) description?: string;
  @Field(() => WikiSpaceVisibility) @IsEnum(WikiSpaceVisibility) visibility!: WikiSpaceVisibility;
  @Field(() => ID, { nullable: true, description: 'Required for TEAM spaces, refused for others.' }) @IsOptional() @IsUUID() teamId?: string;
  @Field(() => WikiOutsiderAccess, { nullable: true, description: 'TEAM spaces: READ (default) or NONE.' }) @IsOptional() @IsEnum(WikiOutsiderAccess) outsiderAccess?: WikiOutsiderAccess;
  @Field(() => Int, { nullable: true, description: '6, 12 (default), 18 or 24.' }) @IsOptional() @IsIn(REVIEW_CYCLES) reviewCycleMonths?: number;
}

@InputType('UpdateWikiSpaceInput')
export class UpdateWikiSpaceInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.name }) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MultiLineText({ max: DESCRIPTION, allowEmpty: true }) description?: string;
  @Field(() => WikiSpaceVisibility, { nullable: true }) @IsOptional() @IsEnum(WikiSpaceVisibility) visibility?: WikiSpaceVisibility;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() teamId?: string;
  @Field(() => WikiOutsiderAccess, { nullable: true }) @IsOptional() @IsEnum(WikiOutsiderAccess) outsiderAccess?: WikiOutsiderAccess;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsIn(REVIEW_CYCLES) reviewCycleMonths?: number;
  @Field(() => Int, { nullable: true, description: 'Archive pages left unverified this many days after their review date (1–365); null turns it off, omitted leaves it.' })
  @IsOptional() @IsInt() @Min(1) @Max(365) archiveUnverifiedAfterDays?: number | null;
}

@InputType('SetWikiSpaceMemberInput')
export class SetWikiSpaceMemberInput {
  @Field(() => ID) @IsUUID() spaceId!: string;
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => WikiSpaceRole, { nullable: true, description: 'null removes the member.' }) @IsOptional() @IsEnum(WikiSpaceRole) role?: WikiSpaceRole | null;
}

@InputType('CreateWikiPageInput')
export class CreateWikiPageInput {
  @Field(() => ID) @IsUUID() spaceId!: string;
  @Field(() => ID, { nullable: true, description: 'Omit for a top-level page.' }) @IsOptional() @IsUUID() parentId?: string;
  @Field() @SingleLineText({ max: LIMITS.title }) title!: string;
  @Field(() => String, { nullable: true, description: 'Markdown (at most 1 MB); omitted with a template: the template\'s body.' })
  @IsOptional() @MultiLineText({ max: BODY_CHARS, allowEmpty: true }) body?: string;
  @Field(() => String, { nullable: true, description: 'en, ar, he or it (default: the template\'s, else en).' }) @IsOptional() @IsIn(WIKI_LANGUAGES) language?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() templateId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: SUMMARY }) summary?: string;
}

@InputType('SaveWikiPageInput')
export class SaveWikiPageInput {
  @Field(() => ID) @IsUUID() pageId!: string;
  @Field(() => Int, { description: 'The revision the edit started from; an older one than the page\'s is WIKI_REVISION_CONFLICT.' }) @IsInt() @Min(1) baseRevision!: number;
  @Field() @SingleLineText({ max: LIMITS.title }) title!: string;
  @Field({ description: 'Markdown, at most 1 MB of UTF-8.' }) @MultiLineText({ max: BODY_CHARS, allowEmpty: true }) body!: string;
  @Field() @IsIn(WIKI_LANGUAGES) language!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: SUMMARY }) summary?: string;
}

@InputType('RestoreWikiRevisionInput')
export class RestoreWikiRevisionInput {
  @Field(() => ID) @IsUUID() pageId!: string;
  @Field(() => Int, { description: 'The revision to copy into a new one.' }) @IsInt() @Min(1) number!: number;
  @Field(() => Int) @IsInt() @Min(1) baseRevision!: number;
}

@InputType('MoveWikiPageInput')
export class MoveWikiPageInput {
  @Field(() => ID) @IsUUID() pageId!: string;
  @Field(() => ID, { nullable: true, description: 'null: top level.' }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field(() => Int, { description: 'Index among the new siblings (clamped to the end).' }) @IsInt() @Min(0) @Max(100_000) position!: number;
}

@InputType('SaveWikiDraftInput')
export class SaveWikiDraftInput {
  @Field(() => ID) @IsUUID() pageId!: string;
  @Field(() => Int) @IsInt() @Min(1) baseRevision!: number;
  @Field() @SingleLineText({ max: LIMITS.title, allowEmpty: true }) title!: string;
  @Field() @MultiLineText({ max: BODY_CHARS, allowEmpty: true }) body!: string;
}

@InputType('SetWikiPageOwnerInput')
export class SetWikiPageOwnerInput {
  @Field(() => ID) @IsUUID() pageId!: string;
  @Field(() => ID) @IsUUID() userId!: string;
}

@InputType('SetWikiPageReviewCycleInput')
export class SetWikiPageReviewCycleInput {
  @Field(() => ID) @IsUUID() pageId!: string;
  @Field(() => Int, { nullable: true, description: '6, 12, 18 or 24 months; null follows the space\'s cycle.' }) @IsOptional() @IsIn(REVIEW_CYCLES) months?: number | null;
}

@InputType('CreateWikiTemplateInput')
export class CreateWikiTemplateInput {
  @Field() @SingleLineText({ max: LIMITS.name }) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MultiLineText({ max: DESCRIPTION, allowEmpty: true }) description?: string;
  @Field() @SingleLineText({ max: LIMITS.title }) title!: string;
  @Field() @MultiLineText({ max: BODY_CHARS, allowEmpty: true }) body!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(WIKI_LANGUAGES) language?: string;
}

@InputType('UpdateWikiTemplateInput')
export class UpdateWikiTemplateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.name }) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MultiLineText({ max: DESCRIPTION, allowEmpty: true }) description?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.title }) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MultiLineText({ max: BODY_CHARS, allowEmpty: true }) body?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(WIKI_LANGUAGES) language?: string;
}

@ArgsType()
export class WikiPagesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'The level below this page; omit for the top level.' }) @IsOptional() @IsUUID() parentId?: string;
}

@ArgsType()
export class WikiLinkTargetsArgs {
  @Field({ description: 'The start of a title (or a few letters of it: trigram similarity).' }) @SingleLineText({ min: 1, max: LIMITS.title }) query!: string;
  @Field(() => ID, { nullable: true, description: 'Prefer (not limit to) this space.' }) @IsOptional() @IsUUID() spaceId?: string;
  @Field(() => Int, { nullable: true, description: 'At most 20 (default 10).' }) @IsOptional() @IsInt() @Min(1) @Max(20) first?: number;
}

@ArgsType()
export class WikiSpaceByKeyArgs {
  @Field() @SingleLineText({ max: 64 }) key!: string;
}

@ArgsType()
export class WikiPageBySlugArgs {
  @Field() @SingleLineText({ max: 64 }) spaceKey!: string;
  @Field() @SingleLineText({ max: 200 }) slug!: string;
}

@ArgsType()
export class WikiRevisionArgs {
  @Field(() => ID) @IsUUID() pageId!: string;
  @Field(() => Int) @IsInt() @Min(1) number!: number;
}

@ArgsType()
export class WikiDiffArgs {
  @Field(() => ID) @IsUUID() pageId!: string;
  @Field(() => Int) @IsInt() @Min(1) from!: number;
  @Field(() => Int) @IsInt() @Min(1) to!: number;
}
