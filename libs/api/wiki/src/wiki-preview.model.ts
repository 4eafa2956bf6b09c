import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { MultiLineText } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { IsUUID } from 'class-validator';

@ArgsType()
export class WikiPreviewArgs {
  @Field(() => ID, { description: 'The space whose page is being edited: `[[title]]` links resolve there first.' }) @IsUUID() spaceId!: string;
  // Characters up to twice the byte limit; the byte limit itself is WIKI_PAGE_TOO_LARGE, as on save.
  @Field({ description: 'Markdown, at most 1 MB of UTF-8.' }) @MultiLineText({ max: 2 * LIMITS.wikiPageBytes, allowEmpty: true }) body!: string;
}

@ObjectType('WikiPreview')
export class WikiPreviewModel {
  @Field({ description: 'Sanitised HTML, exactly as a save would store it.' }) html!: string;
  @Field(() => [String], { description: 'Links that name no page the viewer may read (as the broken-link report shows them).' }) brokenLinks!: string[];
}
