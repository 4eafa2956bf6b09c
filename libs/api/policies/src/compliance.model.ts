import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, PageArgs } from '@pillars/api/core';
import { UserModel } from '@pillars/api/directory';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { SingleLineText } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { Role } from '@pillars/shared/types';
import { PolicyReaderState } from './policy.model';

export enum PolicyComplianceGrouping {
  TEAM = 'TEAM',
  MANAGER = 'MANAGER',
}
registerEnumType(PolicyComplianceGrouping, { name: 'PolicyComplianceGrouping', description: 'TEAM: by team tree; MANAGER: by manager line.' });

@ArgsType()
export class PolicyComplianceArgs {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => PolicyComplianceGrouping, { defaultValue: PolicyComplianceGrouping.TEAM }) @IsOptional() @IsEnum(PolicyComplianceGrouping) groupBy: PolicyComplianceGrouping = PolicyComplianceGrouping.TEAM;
  @Field(() => ID, { nullable: true, description: 'TEAM: the team drilled into (none: the company\'s top teams). MANAGER: the manager (none: HR the top of the line, a manager themselves).' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only people at this location (compared like the directory\'s location filter: accents and case ignored).' })
  @IsOptional()
  @SingleLineText({ max: LIMITS.location })
  location?: string | null;
  @Field(() => Role, { nullable: true, description: 'Only people with this organisation role (EMPLOYEE is everyone).' }) @IsOptional() @IsEnum(Role) role?: Role | null;
}

@ArgsType()
export class PolicyCompliancePeopleArgs extends PageArgs {
  @Field(() => ID) @IsUUID() versionId!: string;
  @Field(() => PolicyComplianceGrouping, { defaultValue: PolicyComplianceGrouping.TEAM }) @IsOptional() @IsEnum(PolicyComplianceGrouping) groupBy: PolicyComplianceGrouping = PolicyComplianceGrouping.TEAM;
  @Field(() => ID, { nullable: true, description: 'TEAM: the team\'s own members; MANAGER: the manager\'s direct reports.' }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only people at this location (compared like the directory\'s location filter: accents and case ignored).' })
  @IsOptional()
  @SingleLineText({ max: LIMITS.location })
  location?: string | null;
  @Field(() => Role, { nullable: true, description: 'Only people with this organisation role (EMPLOYEE is everyone).' }) @IsOptional() @IsEnum(Role) role?: Role | null;
}

@ObjectType('PolicyComplianceCounts', { description: 'People in the version\'s audience now (that the viewer may count): acknowledged + pending + overdue = audience.' })
export class PolicyComplianceCountsModel {
  @Field(() => Int) audience!: number;
  @Field(() => Int) acknowledged!: number;
  @Field(() => Int, { description: 'Not acknowledged, not overdue (asked and not yet due, or not asked yet).' }) pending!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Float, { description: 'acknowledged / audience × 100 (0 for an empty audience).' }) percent!: number;
}

@ObjectType('PolicyComplianceGroup')
export class PolicyComplianceGroupModel extends PolicyComplianceCountsModel {
  @Field(() => ID, { description: 'TEAM: the team; MANAGER: the person heading this line.' }) id!: string;
  @Field() name!: string;
}

@ObjectType('PolicyCompliance')
export class PolicyComplianceModel {
  @Field(() => ID) versionId!: string;
  @Field(() => ID) policyId!: string;
  @Field() versionLabel!: string;
  @Field(() => PolicyComplianceGrouping) groupBy!: PolicyComplianceGrouping;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => String, { nullable: true, description: 'The team or manager drilled into.' }) parentName!: string | null;
  @Field(() => Boolean, { description: 'True for HR (everyone); false when the counts cover the viewer\'s own manager line only.' }) organizationWide!: boolean;
  @Field(() => PolicyComplianceCountsModel, { description: 'Under the parent (the whole visible audience at the top).' }) totals!: PolicyComplianceCountsModel;
  @Field(() => [PolicyComplianceGroupModel], { description: 'The sub-teams or direct reports\' lines, by name; groups with nobody counted are left out.' }) groups!: PolicyComplianceGroupModel[];
}

@ObjectType('PolicyCompliancePerson')
export class PolicyCompliancePersonModel {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => PolicyReaderState, { description: 'ACKNOWLEDGED, DUE or OVERDUE.' }) state!: PolicyReaderState;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true }) acknowledgedVersion!: string | null;
}

export const PolicyCompliancePersonConnection = connectionOf(PolicyCompliancePersonModel, 'PolicyCompliancePerson');

@ObjectType('PolicyComplianceTrendPoint', { description: 'The counts as they stood at the end of one day (UTC), for today\'s audience under the parent.' })
export class PolicyComplianceTrendPointModel extends PolicyComplianceCountsModel {
  @Field(() => String, { description: 'The day, YYYY-MM-DD (UTC).' }) day!: string;
}
