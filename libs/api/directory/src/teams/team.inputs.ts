import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@pillars/shared/validation';
import { TeamRole } from '@pillars/shared/types';
import { MultiLineText, PageArgs, SingleLineText } from '@pillars/api/core';
import { IsEnum, IsOptional, IsUUID, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { TEAM_CONTACT_MAX, teamContactKind } from '@pillars/shared/validation';
import { TeamModel } from './team.model';

/** '' clears it; anything else must be an http(s) address, an email address or a #channel. */
@ValidatorConstraint({ name: 'teamContact' })
class TeamContactRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && (value === '' || teamContactKind(value) !== null);
  }
  defaultMessage(): string {
    return 'contact must be an http(s) address, an email address or a #channel';
  }
}
const CONTACT_DESCRIPTION = "A web address (https://…), an email address or a chat channel (#name); '' clears it.";

@InputType()
export class CreateTeamInput {
  @Field() @SingleLineText({ max: LIMITS.title }) name!: string;
  @Field({ nullable: true }) @IsOptional() @MultiLineText({ max: LIMITS.teamDescription, trim: true, allowEmpty: true }) description?: string;
  @Field({ nullable: true, description: CONTACT_DESCRIPTION }) @IsOptional() @SingleLineText({ max: TEAM_CONTACT_MAX, allowEmpty: true }) @Validate(TeamContactRule) contact?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.title }) name?: string;
  @Field({ nullable: true }) @IsOptional() @MultiLineText({ max: LIMITS.teamDescription, trim: true, allowEmpty: true }) description?: string;
  @Field({ nullable: true, description: CONTACT_DESCRIPTION }) @IsOptional() @SingleLineText({ max: TEAM_CONTACT_MAX, allowEmpty: true }) @Validate(TeamContactRule) contact?: string;
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
