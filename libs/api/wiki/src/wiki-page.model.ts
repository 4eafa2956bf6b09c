import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';
import { WikiAbilitiesModel } from './wiki-space.model';

@ObjectType('WikiPageCrumb')
export class WikiPageCrumbModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() slug!: string;
}

@ObjectType('WikiPageRef', { description: 'A page named elsewhere (a backlink, a link target, a broken link\'s source): only pages the viewer may read.' })
export class WikiPageRefModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() slug!: string;
  @Field(() => ID) spaceId!: string;
  @Field() spaceKey!: string;
  @Field() spaceName!: string;
}

@ObjectType('WikiDraft', { description: 'The viewer\'s own unsaved edit of a page (autosaved; survives a closed tab).' })
export class WikiDraftModel {
  @Field(() => Int, { description: 'The revision the draft was started from; older than the page\'s means someone saved since.' }) baseRevision!: number;
  @Field() title!: string;
  @Field() body!: string;
  @Field() updatedAt!: Date;
}

@ObjectType('WikiPage')
export class WikiPageModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Unique in the space; follows the title on rename, and every earlier slug still resolves.' }) slug!: string;
  @Field() title!: string;
  @Field({ description: 'en, ar, he or it.' }) language!: string;
  @Field(() => Int, { description: 'The latest revision\'s number (the base for the next save).' }) revisionNumber!: number;
  @Field(() => Int, { description: 'Position among its siblings (0 first).' }) position!: number;
  @Field() hasChildren!: boolean;
  @Field({ description: 'Last verification (or creation) plus the review cycle.' }) reviewBy!: Date;
  @Field({ description: 'Past its review date: readers see "needs verification".' }) needsVerification!: boolean;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Archived by its space for being left unverified: still readable, out of search and "already done?"; the owner or a space admin restores it (or verifies it).' }) archivedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'The page\'s own review cycle in months; null follows the space\'s.' }) reviewCycleMonths!: number | null;
  @Field() updatedAt!: Date;
  @Field(() => WikiAbilitiesModel) abilities!: WikiAbilitiesModel;
  organizationId!: string;
  spaceId!: string;
  parentId!: string | null;
  ownerId!: string;
  verifiedBy!: string | null;
  updatedBy!: string;
  createdAt!: Date;
  rank!: number;
  /** Loaded with the page (single reads) or on demand (tree levels). */
  body?: string;
  bodyHtml?: string;
}

@ObjectType('WikiRevision', { description: 'Immutable: one per save or restore, numbered 1, 2, 3… per page without gaps.' })
export class WikiRevisionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
  @Field() body!: string;
  @Field() bodyHtml!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field() language!: string;
  @Field(() => Int, { nullable: true, description: 'The revision this one restored, if it is a restore.' }) restoredFrom!: number | null;
  @Field() createdAt!: Date;
  pageId!: string;
  authorId!: string;
}

export enum WikiDiffKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  SAME = 'SAME',
}
registerEnumType(WikiDiffKind, { name: 'WikiDiffKind' });

@ObjectType('WikiDiffPart')
export class WikiDiffPartModel {
  @Field(() => WikiDiffKind) kind!: WikiDiffKind;
  @Field() value!: string;
}

@ObjectType('WikiDiff', { description: 'Word-level diff of two revisions\' bodies (and titles), whitespace kept.' })
export class WikiDiffModel {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => [WikiDiffPartModel]) titleParts!: WikiDiffPartModel[];
  @Field(() => [WikiDiffPartModel]) parts!: WikiDiffPartModel[];
}

@ObjectType('WikiBrokenLink')
export class WikiBrokenLinkModel {
  @Field(() => WikiPageRefModel, { description: 'The page holding the link.' }) page!: WikiPageRefModel;
  @Field({ description: 'What the link names: `[[title]]`, `/wiki/<key>/<slug>` or `/wiki/page/<id>`.' }) target!: string;
  @Field() label!: string;
}

@ObjectType('WikiTemplate')
export class WikiTemplateModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field({ description: 'The title a new page starts with.' }) title!: string;
  @Field() body!: string;
  @Field() language!: string;
  @Field({ description: 'One of the seeded templates (Meeting notes, How-to, Team onboarding).' }) builtIn!: boolean;
}

export const WikiPageConnection = connectionOf(WikiPageModel, 'WikiPage');
export const WikiRevisionConnection = connectionOf(WikiRevisionModel, 'WikiRevision');

@ObjectType('WikiPagePayload')
export class WikiPagePayload {
  @Field(() => WikiPageModel) page!: WikiPageModel;
}

@ObjectType('SaveWikiPagePayload')
export class SaveWikiPagePayload {
  @Field(() => WikiPageModel) page!: WikiPageModel;
  @Field(() => WikiRevisionModel) revision!: WikiRevisionModel;
}

@ObjectType('DeleteWikiPagePayload')
export class DeleteWikiPagePayload {
  @Field(() => [ID], { description: 'The page and every page below it (deleted with it).' }) deletedPageIds!: string[];
  @Field(() => ID) spaceId!: string;
}

@ObjectType('WikiDraftPayload')
export class WikiDraftPayload {
  @Field(() => WikiDraftModel, { nullable: true }) draft!: WikiDraftModel | null;
}

@ObjectType('WikiTemplatePayload')
export class WikiTemplatePayload {
  @Field(() => WikiTemplateModel) template!: WikiTemplateModel;
}
