import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel, SingleLineText } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { SearchKind } from './search-kind';

/** Most hits "already done?" shows. */
export const SIMILAR_MAX = 10;

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'Escaped text with the matched words in <mark>…</mark>; no other markup.' }) snippetHtml!: string;
  @Field({ description: 'The web app path of the hit (`/posts/<id>`, `/people/<id>`), as its source builds it.' }) url!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => String, { nullable: true }) language!: string | null;
  /** For the `author` field resolver. */
  authorId!: string | null;
}

@ObjectType('SearchHitEdge')
export class SearchHitEdgeModel {
  @Field() cursor!: string;
  @Field(() => SearchHitModel) node!: SearchHitModel;
}

@ObjectType('SearchKindCount')
export class SearchKindCountModel {
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => Int, { description: 'Readable matches of this kind, up to the candidate cap.' }) count!: number;
  @Field({ description: 'True when there were more candidates than the cap: the count is a lower bound.' }) capped!: boolean;
}

@ObjectType('SearchResultConnection')
export class SearchResultConnection {
  @Field(() => [SearchHitEdgeModel]) edges!: SearchHitEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  @Field(() => [SearchKindCountModel], { description: 'Per kind, only rows the viewer may read.' }) counts!: SearchKindCountModel[];
  /** Set when nothing matched on the first page: what `didYouMean` corrects, only if it is asked for. */
  suggestFor?: { query: string; kinds: SearchKind[] | null } | null;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

@ArgsType()
export class SearchArgs {
  @Field() @SingleLineText({ max: LIMITS.searchQuery }) query!: string;
  @Field(() => [SearchKind], { nullable: true }) @IsOptional() @IsArray() @IsEnum(SearchKind, { each: true }) kinds?: SearchKind[];
  @Field(() => Int, { nullable: true, description: `At most ${LIMITS.pageSize}.` }) @IsOptional() @IsInt() @Min(1) @Max(LIMITS.pageSize) first?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: 500 }) after?: string;
  @Field(() => ID, { nullable: true, description: 'Hits written (or owned) by this person.' }) @IsOptional() @IsUUID() authorId?: string;
  @Field(() => String, { nullable: true, description: 'A language tag (en, ar, he, it): hits in that language, query stemmed for it.' })
  @IsOptional() @SingleLineText({ max: 16 }) @Matches(LANGUAGE_TAG) language?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() updatedSince?: Date;
  @Field(() => ID, { nullable: true, description: 'A source-specific scope: a wiki space, a team feed.' }) @IsOptional() @IsUUID() scopeId?: string;
  @Field(() => Boolean, { nullable: true, description: 'The user is still typing: the last word matches as a prefix.' }) @IsOptional() @IsBoolean() typing?: boolean;
}

@ArgsType()
export class SearchSuggestionArgs {
  @Field() @SingleLineText({ max: LIMITS.searchQuery }) query!: string;
  @Field(() => [SearchKind], { nullable: true }) @IsOptional() @IsArray() @IsEnum(SearchKind, { each: true }) kinds?: SearchKind[];
}

@ArgsType()
export class SimilarArgs {
  @Field() @SingleLineText({ max: LIMITS.searchQuery }) text!: string;
  @Field(() => [SearchKind], { nullable: true, description: 'Default: every kind but PERSON.' }) @IsOptional() @IsArray() @IsEnum(SearchKind, { each: true }) kinds?: SearchKind[];
  @Field(() => Int, { nullable: true, description: `At most ${SIMILAR_MAX}.` }) @IsOptional() @IsInt() @Min(1) @Max(SIMILAR_MAX) first?: number;
}
