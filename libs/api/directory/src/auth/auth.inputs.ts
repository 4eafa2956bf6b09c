import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@pillars/shared/validation';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { UserModel } from '../users/user.model';

@InputType()
export class SignInInput {
  @Field() @IsEmail() @MaxLength(LIMITS.email) email!: string;
  @Field() @IsString() @Length(1, LIMITS.password.max) password!: string;
  @Field({ nullable: true, description: 'Organisation slug, needed only when the email exists in several.' })
  @IsOptional() @IsString() @MaxLength(100) organization?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @Length(1, LIMITS.password.max) currentPassword!: string;
  @Field() @IsString() @Length(LIMITS.password.min, LIMITS.password.max) newPassword!: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => UserModel) user!: UserModel;
}

@ObjectType()
export class SignOutPayload {
  @Field() ok!: boolean;
  @Field({ description: 'Sessions revoked by this call.' }) revokedSessions!: number;
}
