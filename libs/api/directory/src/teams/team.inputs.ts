import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@pillars/shared/validation';
import { TeamRole } from '@pillars/shared/types';
import { MultiLineText, PageArgs, SingleLineText } from '@pillars/api/core';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { TeamModel } from './team.model';

@InputType()
export class CreateTeamInput {
  @Field() @SingleLineText({ max: LIMITS.title }) name!: string;
  @Field({ nullable: true }) @IsOptional() @MultiLineText({ max: LIMITS.teamDescription, trim: true, allowEmpty: true }) description?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.title }) name?: string;
  @Field({ nullable: true }) @IsOptional() @MultiLineText({ max: LIMITS.teamDescription, trim: true, allowEmpty: true }) description?: string;
  @Field(() => ID, { nullable: true, description: 'Moves the team; null makes it a top-level department.' })
  @IsOptional() @IsUUID() parentId?: string | null;
}

@InputType()
export class TeamMemberInput {
  @Field(() => ID) @IsUUID() teamId!: string;
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => TeamRole, { nullable: true }) @IsOptional() @IsEnum(TeamRole) role?: TeamRole;
}

@ObjectType()
export class TeamPayload {
  @Field(() => TeamModel) team!: TeamModel;
}

@ArgsType()
export class TeamOptionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Keeps teams whose name contains this, accent- and case-insensitively.' })
  @IsOptional() @SingleLineText({ max: LIMITS.searchQuery, allowEmpty: true }) query?: string;
}
