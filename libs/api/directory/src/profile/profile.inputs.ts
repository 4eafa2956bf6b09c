import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MultiLineText, SingleLineText, TimeZone } from '@pillars/api/core';
import { isClockTime, isLanguageCode, isPhoneNumber, PROFILE_LIMITS } from '@pillars/shared/validation';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, Min, registerDecorator, ValidateNested } from 'class-validator';

/** A one-rule validator whose constraint name is the rule `extensions.fields` reports. */
const rule = (name: string, validate: (value: unknown) => boolean, message: string): PropertyDecorator => (target, property) =>
  registerDecorator({ name, target: target.constructor, propertyName: String(property), validator: { validate, defaultMessage: () => `${String(property)} ${message}` } });

@InputType()
export class WorkingHoursInput {
  @Field(() => [Int], { description: 'ISO weekday numbers, 1 = Monday … 7 = Sunday.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(7) @ArrayUnique() @IsInt({ each: true }) @Min(1, { each: true }) @Max(7, { each: true }) days!: number[];
  @Field({ description: '`HH:MM`.' }) @rule('clockTime', isClockTime, 'must be a time as HH:MM') start!: string;
  @Field({ description: '`HH:MM`, after `start`.' }) @rule('clockTime', isClockTime, 'must be a time as HH:MM') end!: string;
}

/**
 * What a person may change on their own profile. Name, title, team, manager and location belong
 * to the organisation (HR and admins, `updateUser`) and are not fields here, so GraphQL refuses them.
 * An absent field is left as it is; null (or '' for text) clears it.
 */
@InputType()
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MultiLineText({ max: PROFILE_LIMITS.about, allowEmpty: true, trim: true }) about?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: PROFILE_LIMITS.pronouns, allowEmpty: true }) pronouns?: string | null;
  @Field(() => String, { nullable: true, description: 'Digits with spaces, dots, dashes or parentheses, an optional leading + and extension (rule `phone`).' })
  @IsOptional() @SingleLineText({ max: PROFILE_LIMITS.phone, allowEmpty: true }) @rule('phone', (v) => v === '' || isPhoneNumber(v), 'must be a phone number') phone?: string | null;
  @Field(() => WorkingHoursInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => WorkingHoursInput) workingHours?: WorkingHoursInput | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone (rule `timeZone`).' }) @IsOptional() @TimeZone() timeZone?: string | null;
  @Field(() => [String], { nullable: true, description: `ISO 639-1 codes, at most ${PROFILE_LIMITS.languages} (rule \`languageCode\`).` })
  @IsOptional() @IsArray() @ArrayMaxSize(PROFILE_LIMITS.languages) @rule('languageCode', (v) => Array.isArray(v) && v.every(isLanguageCode), 'must be ISO 639-1 codes') languages?: string[] | null;
  @Field(() => [String], { nullable: true, description: `At most ${PROFILE_LIMITS.skills} tags of at most ${PROFILE_LIMITS.skill} characters; duplicates (by normalised spelling) are merged.` })
  @IsOptional() @IsArray() @ArrayMaxSize(PROFILE_LIMITS.skills) @IsString({ each: true }) skills?: string[] | null;
}

@InputType()
export class PhotoCropInput {
  @Field(() => Int, { description: 'Left edge in pixels of the upright image.' }) @IsInt() @Min(0) x!: number;
  @Field(() => Int, { description: 'Top edge in pixels of the upright image.' }) @IsInt() @Min(0) y!: number;
  @Field(() => Int, { description: 'Side of the square in pixels.' }) @IsInt() @Min(16) size!: number;
}

@InputType()
export class SetMyPhotoInput {
  @Field(() => ID, { description: 'An image the person uploaded (POST /files) and has not attached elsewhere.' }) @IsUUID() fileId!: string;
  @Field(() => PhotoCropInput, { nullable: true, description: 'The square to keep; the centred largest square without one.' })
  @IsOptional() @ValidateNested() @Type(() => PhotoCropInput) crop?: PhotoCropInput | null;
}
