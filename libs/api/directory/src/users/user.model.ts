import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';
import { Role, TeamRole, UserStatus } from '@pillars/shared/types';

registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });
registerEnumType(TeamRole, { name: 'TeamRole' });

@ObjectType('UserAbilities')
export class UserAbilitiesModel {
  @Field() canEdit!: boolean;
  @Field() canSuspend!: boolean;
  @Field() canAssignRoles!: boolean;
  @Field({ description: 'HR or an admin may mail the invitation again: the person is active and has not set a password yet.' }) canResendInvitation!: boolean;
}

@ObjectType('WorkingHours')
export class WorkingHoursModel {
  @Field(() => [Int], { description: 'ISO weekday numbers, 1 = Monday … 7 = Sunday, ascending.' }) days!: number[];
  @Field({ description: '`HH:MM` in the person’s time zone.' }) start!: string;
  @Field({ description: '`HH:MM` in the person’s time zone, after `start`.' }) end!: string;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  /** Exposed by UsersResolver.email: null for readers other than the person, HR and admins. */
  email!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field() locale!: string;
  @Field() timeZone!: string;
  /** Exposed by UsersResolver.status: null for readers other than the person, HR and admins. */
  status!: UserStatus;
  @Field(() => [Role], { description: 'Organisation roles; EMPLOYEE is implied for everyone.' }) roles!: Role[];
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field({ description: 'Initials for the avatar (and the fallback without a photo); Arabic and Hebrew particles and articles skipped.' }) initials!: string;
  @Field(() => String, { nullable: true, description: 'Written by the person (plain text, several lines).' }) about!: string | null;
  @Field(() => String, { nullable: true }) pronouns!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => WorkingHoursModel, { nullable: true, description: 'Working days and hours, in `timeZone`.' }) workingHours!: WorkingHoursModel | null;
  @Field(() => [String], { description: 'Languages spoken, as ISO 639-1 codes.' }) languages!: string[];
  @Field(() => [String], { description: 'Skills and expertise tags, as the person wrote them (the directory’s `skill` filter finds them).' }) skills!: string[];
  @Field(() => String, { nullable: true, description: 'The profile photo, 512 × 512 JPEG; null shows the initials.' }) photoUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'The profile photo, 128 × 128 WebP.' }) photoThumbnailUrl!: string | null;
  managerId!: string | null;
  organizationId!: string;
  /** Whether a password is set; undefined when the row was read without it (the ability then says no). */
  activated?: boolean;
}

export const UserConnection = connectionOf(UserModel, 'User');

@ObjectType('LocationCount')
export class LocationCountModel {
  @Field() location!: string;
  @Field(() => Int) people!: number;
}
