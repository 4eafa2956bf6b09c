import { ArgsType, Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PasswordText, SingleLineText } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { IsEmail, IsOptional } from 'class-validator';

export enum AccountLinkPurpose {
  INVITE = 'INVITE',
  RESET = 'RESET',
}
registerEnumType(AccountLinkPurpose, { name: 'AccountLinkPurpose' });

@InputType()
export class RequestPasswordResetInput {
  @Field() @SingleLineText({ max: LIMITS.email }) @IsEmail() email!: string;
  @Field({ nullable: true, description: 'Organisation slug, as for sign-in; without it every organisation with the address gets a link.' })
  @IsOptional() @SingleLineText({ max: 100 }) organization?: string;
}

@InputType()
export class SetPasswordFromLinkInput {
  @Field({ description: 'The token from the invitation or reset link.' }) @SingleLineText({ max: 200 }) token!: string;
  @Field() @PasswordText({ min: LIMITS.password.min, max: LIMITS.password.max }) password!: string;
}

@ObjectType('AccountLink')
export class AccountLinkModel {
  @Field(() => AccountLinkPurpose) purpose!: AccountLinkPurpose;
  @Field({ description: 'The name of the person the link is for, to greet them.' }) name!: string;
}

@ArgsType()
export class AccountLinkArgs {
  @Field({ description: 'The token from the invitation or reset link.' }) @SingleLineText({ max: 200 }) token!: string;
}
