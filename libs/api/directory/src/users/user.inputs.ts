import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { PageArgs } from '@pillars/api/core';
import { LOCALES, Role, UserStatus } from '@pillars/shared/types';
import { LIMITS, TIME_ZONE_PATTERN } from '@pillars/shared/validation';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { UserModel } from './user.model';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches name, email, title, team and location; accent- and typo-tolerant.' })
  @IsOptional() @IsString() @MaxLength(LIMITS.searchQuery) query?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() teamId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.location) location?: string;
  @Field(() => UserStatus, { nullable: true, description: 'Default ACTIVE.' }) @IsOptional() @IsEnum(UserStatus) status?: UserStatus;
}

@InputType()
class UserFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.title) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(LIMITS.location) location?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsIn(LOCALES) locale?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(TIME_ZONE_PATTERN) @MaxLength(64) timeZone?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() managerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) startDate?: string | null;
}

@InputType()
export class CreateUserInput extends UserFieldsInput {
  @Field() @IsEmail() @MaxLength(LIMITS.email) email!: string;
  @Field() @IsString() @Length(1, LIMITS.name) name!: string;
  @Field({ nullable: true, description: 'Initial password; without one the person cannot sign in yet.' })
  @IsOptional() @IsString() @Length(LIMITS.password.min, LIMITS.password.max) password?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) teamIds?: string[];
  @Field(() => [Role], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Role, { each: true }) roles?: Role[];
}

@InputType()
export class UpdateUserInput extends UserFieldsInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail() @MaxLength(LIMITS.email) email?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, LIMITS.name) name?: string;
}

@InputType()
export class UpdateMySettingsInput {
  @Field({ nullable: true }) @IsOptional() @IsIn(LOCALES) locale?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(TIME_ZONE_PATTERN) @MaxLength(64) timeZone?: string;
}

@InputType()
export class SetUserStatusInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => UserStatus) @IsEnum(UserStatus) status!: UserStatus;
}

@InputType()
export class AssignRolesInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => [Role]) @IsArray() @ArrayMaxSize(3) @IsEnum(Role, { each: true }) roles!: Role[];
}

@ObjectType()
export class UserPayload {
  @Field(() => UserModel) user!: UserModel;
}
