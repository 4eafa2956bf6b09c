import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { PasswordText, SingleLineText, TimeZone, ViewerAbilitiesModel } from '@pillars/api/core';
import { LOCALES } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { IsEmail, IsIn, IsOptional } from 'class-validator';
import { UserModel } from '../users/user.model';

@InputType()
export class CompleteSetupInput {
  @Field() @SingleLineText({ max: LIMITS.organizationName }) organizationName!: string;
  @Field({ description: 'The first administrator.' }) @SingleLineText({ max: LIMITS.name }) name!: string;
  @Field() @SingleLineText({ max: LIMITS.email }) @IsEmail() email!: string;
  @Field() @PasswordText({ min: LIMITS.password.min, max: LIMITS.password.max }) password!: string;
  @Field({ nullable: true, description: "The administrator's language; default en." }) @IsOptional() @IsIn(LOCALES) locale?: string;
  @Field({ nullable: true }) @IsOptional() @TimeZone() timeZone?: string;
}

@ObjectType()
export class SetupStatus {
  @Field({ description: 'True while no organisation exists: the first visitor sets one up.' }) needed!: boolean;
}

@ObjectType()
export class CompleteSetupPayload {
  @Field(() => UserModel, { description: 'The first administrator, now signed in.' }) user!: UserModel;
  @Field(() => ViewerAbilitiesModel) abilities!: ViewerAbilitiesModel;
}
