import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ViewerAbilitiesModel } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { PasswordText, SingleLineText } from '@pillars/api/core';
import { IsEmail, IsOptional } from 'class-validator';
import { UserModel } from '../users/user.model';

@InputType()
export class SignInInput {
  @Field() @SingleLineText({ max: LIMITS.email }) @IsEmail() email!: string;
  @Field() @PasswordText({ min: 1, max: LIMITS.password.max }) password!: string;
  @Field({ nullable: true, description: 'Organisation slug, needed only when the email exists in several.' })
  @IsOptional() @SingleLineText({ max: 100 }) organization?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @PasswordText({ min: 1, max: LIMITS.password.max }) currentPassword!: string;
  @Field() @PasswordText({ min: LIMITS.password.min, max: LIMITS.password.max }) newPassword!: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => UserModel) user!: UserModel;
  @Field(() => ViewerAbilitiesModel) abilities!: ViewerAbilitiesModel;
}

@ObjectType()
export class SignOutPayload {
  @Field() ok!: boolean;
  @Field({ description: 'Sessions revoked by this call.' }) revokedSessions!: number;
}
