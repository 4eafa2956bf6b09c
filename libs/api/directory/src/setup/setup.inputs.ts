import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { LOCALES } from '@pillars/shared/types';
import { LIMITS, TIME_ZONE_PATTERN } from '@pillars/shared/validation';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { UserModel } from '../users/user.model';

@InputType()
export class CompleteSetupInput {
  @Field() @IsString() @Length(1, LIMITS.organizationName) organizationName!: string;
  @Field({ description: 'The first administrator.' }) @IsString() @Length(1, LIMITS.name) name!: string;
  @Field() @IsEmail() @MaxLength(LIMITS.email) email!: string;
  @Field() @IsString() @Length(LIMITS.password.min, LIMITS.password.max) password!: string;
  @Field({ nullable: true, description: "The administrator's language; default en." }) @IsOptional() @IsIn(LOCALES) locale?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(TIME_ZONE_PATTERN) @MaxLength(64) timeZone?: string;
}

@ObjectType()
export class SetupStatus {
  @Field({ description: 'True while no organisation exists: the first visitor sets one up.' }) needed!: boolean;
}

@ObjectType()
export class CompleteSetupPayload {
  @Field(() => UserModel, { description: 'The first administrator, now signed in.' }) user!: UserModel;
}
