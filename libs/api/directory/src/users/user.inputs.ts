import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CalendarDate, PasswordText, SingleLineText, TimeZone } from '@pillars/api/core';
import { LOCALES, Role, UserStatus } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsIn, IsOptional, IsUUID } from 'class-validator';
import { UserModel } from './user.model';

@InputType()
class UserFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.title }) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.location }) location?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsIn(LOCALES) locale?: string;
  @Field({ nullable: true }) @IsOptional() @TimeZone() timeZone?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() managerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @CalendarDate() startDate?: string | null;
}

@InputType()
export class CreateUserInput extends UserFieldsInput {
  @Field() @SingleLineText({ max: LIMITS.email }) @IsEmail() email!: string;
  @Field() @SingleLineText({ max: LIMITS.name }) name!: string;
  @Field({ nullable: true, description: 'Initial password; without one the person cannot sign in yet.' })
  @IsOptional() @PasswordText({ min: LIMITS.password.min, max: LIMITS.password.max }) password?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) teamIds?: string[];
  @Field(() => [Role], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Role, { each: true }) roles?: Role[];
}

@InputType()
export class UpdateUserInput extends UserFieldsInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field({ nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.email }) @IsEmail() email?: string;
  @Field({ nullable: true }) @IsOptional() @SingleLineText({ max: LIMITS.name }) name?: string;
}

@InputType()
export class UpdateMySettingsInput {
  @Field({ nullable: true }) @IsOptional() @IsIn(LOCALES) locale?: string;
  @Field({ nullable: true }) @IsOptional() @TimeZone() timeZone?: string;
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
