import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { Type } from 'class-transformer';
import { SingleLineText } from '@pillars/api/core';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '@pillars/api/core';
import { AUDIENCE_NAMED_USERS_MAX, AudienceRuleKind } from './audience.rules';

/** GraphQL has no input unions: one flat rule with a `kind`; the service checks which fields a kind needs. */
@InputType('AudienceRuleInput')
export class AudienceRuleInput {
  @Field(() => AudienceRuleKind) @IsEnum(AudienceRuleKind) kind!: AudienceRuleKind;
  @Field(() => ID, { nullable: true, description: 'TEAM' }) @IsOptional() @IsUUID() teamId?: string;
  @Field(() => Boolean, { nullable: true, description: 'TEAM: also everyone in teams below it (default true; false = this team only).' }) @IsOptional() @IsBoolean() includeSubTeams?: boolean;
  @Field(() => String, { nullable: true, description: 'LOCATION (case- and accent-insensitive).' }) @IsOptional() @SingleLineText({ max: LIMITS.location }) location?: string;
  @Field(() => Role, { nullable: true, description: 'ROLE; EMPLOYEE means everyone.' }) @IsOptional() @IsEnum(Role) role?: Role;
  @Field(() => ID, { nullable: true, description: 'MANAGER_LINE' }) @IsOptional() @IsUUID() managerId?: string;
  @Field(() => Boolean, { nullable: true, description: 'MANAGER_LINE: true = direct reports only; default false = the whole line below.' })
  @IsOptional() @IsBoolean() direct?: boolean;
  @Field(() => [ID], { nullable: true, description: `USERS: at most ${AUDIENCE_NAMED_USERS_MAX} named people in the whole rule set.` })
  @IsOptional() @IsArray() @ArrayMaxSize(AUDIENCE_NAMED_USERS_MAX) @IsUUID('all', { each: true }) userIds?: string[];
}

@InputType('AudienceRulesInput')
export class AudienceRulesInput {
  @Field(() => [AudienceRuleInput], { description: `OR-ed; at least one; at most ${LIMITS.audienceRules} rules in all.` })
  @IsArray() @ArrayMaxSize(LIMITS.audienceRules) @ValidateNested({ each: true }) @Type(() => AudienceRuleInput)
  include!: AudienceRuleInput[];

  @Field(() => [AudienceRuleInput], { nullable: true, description: 'Anyone matching one of these is left out.' })
  @IsOptional() @IsArray() @ArrayMaxSize(LIMITS.audienceRules) @ValidateNested({ each: true }) @Type(() => AudienceRuleInput)
  exclude?: AudienceRuleInput[];
}

@InputType('CreateAudienceInput')
export class CreateAudienceInput {
  @Field({ description: `Unique in the organisation, ignoring case; at most ${LIMITS.name} characters.` }) @SingleLineText({ max: LIMITS.name }) name!: string;
  @Field(() => AudienceRulesInput) @ValidateNested() @Type(() => AudienceRulesInput) rules!: AudienceRulesInput;
}

@InputType('UpdateAudienceInput')
export class UpdateAudienceInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true, description: 'A new name (unique in the organisation, ignoring case); omit to keep it.' })
  @IsOptional() @SingleLineText({ max: LIMITS.name }) name?: string;
  @Field(() => AudienceRulesInput) @ValidateNested() @Type(() => AudienceRulesInput) rules!: AudienceRulesInput;
}

@ArgsType()
export class SavedAudiencesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Narrows to names containing this (case- and accent-insensitive).' })
  @IsOptional() @SingleLineText({ max: LIMITS.name, allowEmpty: true }) query?: string;
}
