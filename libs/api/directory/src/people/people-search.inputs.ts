import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SingleLineText } from '@pillars/api/core';
import { UserStatus } from '@pillars/shared/types';
import { LIMITS, PROFILE_LIMITS } from '@pillars/shared/validation';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** The directory's filters, shared by the search and its CSV export. */
@ArgsType()
export class PeopleFilterArgs {
  @Field({ nullable: true, description: 'Matches name, email, title, team, location and skills; accent- and typo-tolerant (a letter dropped, added, changed or two swapped).' })
  @IsOptional() @SingleLineText({ max: LIMITS.searchQuery, allowEmpty: true }) query?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() teamId?: string;
  @Field(() => Boolean, { nullable: true, description: 'With `teamId`: also the people of the teams below it (default true).' })
  @IsOptional() @IsBoolean() includeSubTeams?: boolean;
  @Field({ nullable: true, description: 'Case-, accent- and typo-tolerant; a typo counts only when nobody works at the place as spelled.' })
  @IsOptional() @SingleLineText({ max: LIMITS.location }) location?: string;
  @Field({ nullable: true, description: 'People with this skill tag on their profile (case- and accent-insensitive, the whole tag).' })
  @IsOptional() @SingleLineText({ max: PROFILE_LIMITS.skill }) skill?: string;
  @Field(() => UserStatus, { nullable: true, description: 'Default ACTIVE; other statuses are for HR and admins (FORBIDDEN otherwise).' }) @IsOptional() @IsEnum(UserStatus) status?: UserStatus;
}

@ArgsType()
export class PeopleArgs extends PeopleFilterArgs {
  @Field(() => Int, { nullable: true, description: `At most ${LIMITS.pageSize}.` })
  @IsOptional() @IsInt() @Min(1) @Max(LIMITS.pageSize) first?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: 500 }) after?: string;
}

@ObjectType('PeopleSuggestion')
export class PeopleSuggestionModel {
  @Field(() => String, { nullable: true, description: 'The query with its unknown words corrected (normalised spelling).' }) query!: string | null;
  @Field(() => String, { nullable: true, description: 'The nearest place, as stored.' }) location!: string | null;
}

@ObjectType('PeopleExport')
export class PeopleExportModel {
  @Field({ description: 'RFC 4180 CSV, every cell quoted, formula-looking cells prefixed with an apostrophe.' }) csv!: string;
  @Field(() => Int) rows!: number;
  @Field({ description: `True when the filter matched more than the export's limit and the file stops there.` }) truncated!: boolean;
}
