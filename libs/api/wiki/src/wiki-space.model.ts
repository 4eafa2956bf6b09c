import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';
import { UserModel } from '@pillars/api/directory';

export enum WikiSpaceVisibility {
  ORGANIZATION = 'ORGANIZATION',
  TEAM = 'TEAM',
  MEMBERS = 'MEMBERS',
}
registerEnumType(WikiSpaceVisibility, { name: 'WikiSpaceVisibility', description: 'Who may see a space: the whole organisation, a team (and its tree) or named members.' });

export enum WikiOutsiderAccess {
  READ = 'READ',
  NONE = 'NONE',
}
registerEnumType(WikiOutsiderAccess, { name: 'WikiOutsiderAccess', description: 'For a TEAM space: whether people outside the team read it or see nothing.' });

export enum WikiSpaceRole {
  READER = 'READER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}
registerEnumType(WikiSpaceRole, { name: 'WikiSpaceRole' });

@ObjectType('WikiAbilities')
export class WikiAbilitiesModel {
  @Field({ description: 'May write pages (create, save, restore, move, draft).' }) canEdit!: boolean;
  @Field({ description: 'May manage the space and its members, and delete pages.' }) canAdmin!: boolean;
}

@ObjectType('WikiSpaceTeam')
export class WikiSpaceTeamModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('WikiSpace')
export class WikiSpaceModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'The space\'s URL key (`/wiki/<key>/<slug>`), unique in the organisation; never changes.' }) key!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => WikiSpaceVisibility) visibility!: WikiSpaceVisibility;
  @Field(() => WikiOutsiderAccess, { description: 'Meaningful for TEAM spaces.' }) outsiderAccess!: WikiOutsiderAccess;
  @Field(() => Int, { description: 'Months between verifications of a page: 6, 12, 18 or 24.' }) reviewCycleMonths!: number;
  @Field(() => Int, { nullable: true, description: 'Archive pages left unverified this many days after their review date (1–365); null: never.' }) archiveUnverifiedAfterDays!: number | null;
  @Field(() => WikiSpaceRole, { nullable: true, description: 'The viewer\'s effective role (membership or what the visibility gives).' }) viewerRole!: WikiSpaceRole | null;
  @Field(() => WikiAbilitiesModel) abilities!: WikiAbilitiesModel;
  teamId!: string | null;
  organizationId!: string;
  rank!: number;
}

@ObjectType('WikiSpaceMember')
export class WikiSpaceMemberModel {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => WikiSpaceRole) role!: WikiSpaceRole;
}

export const WikiSpaceConnection = connectionOf(WikiSpaceModel, 'WikiSpace');
export const WikiSpaceMemberConnection = connectionOf(WikiSpaceMemberModel, 'WikiSpaceMember');

@ObjectType('WikiSpacePayload')
export class WikiSpacePayload {
  @Field(() => WikiSpaceModel) space!: WikiSpaceModel;
}

@ObjectType('WikiSpaceMemberPayload')
export class WikiSpaceMemberPayload {
  @Field(() => WikiSpaceModel, { nullable: true, description: 'The space as the viewer now sees it; null when the change took their own access away (they removed themselves).' })
  space!: WikiSpaceModel | null;
}
