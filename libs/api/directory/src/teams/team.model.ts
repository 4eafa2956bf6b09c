import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TeamRole } from '@pillars/shared/types';
import { connectionOf } from '@pillars/api/core';
import { UserModel } from '../users/user.model';

@ObjectType('TeamAbilities')
export class TeamAbilitiesModel {
  @Field() canEdit!: boolean;
  @Field() canManageMembers!: boolean;
  @Field({ description: 'Description and contact: admins, HR and the team lead.' }) canEditDescription!: boolean;
  @Field() canAppointLead!: boolean;
}

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field({ description: "How to reach the team: a web address, an email address or a #channel ('' for none)." }) contact!: string;
  parentId!: string | null;
  organizationId!: string;
}

@ObjectType('TeamMembership')
export class TeamMembershipModel {
  @Field(() => TeamRole) role!: TeamRole;
  @Field() joinedAt!: Date;
  @Field(() => TeamModel) team!: TeamModel;
  @Field(() => UserModel) user!: UserModel;
}

@ObjectType('TeamMemberCount')
export class TeamCountsModel {
  @Field(() => Int) members!: number;
}

export const TeamMembershipConnection = connectionOf(TeamMembershipModel, 'TeamMembership');

/** A team flattened for pickers: its names from the department down, and its depth. */
@ObjectType('TeamOption')
export class TeamOptionModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String]) path!: string[];
  @Field(() => Int) depth!: number;
}

export const TeamOptionConnection = connectionOf(TeamOptionModel, 'TeamOption');
export const TeamConnection = connectionOf(TeamModel, 'Team');
