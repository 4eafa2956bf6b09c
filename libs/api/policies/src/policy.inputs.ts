import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MultiLineText, SingleLineText } from '@pillars/api/core';
import { AudienceRulesInput } from '@pillars/api/audiences';
import { LOCALES } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PolicyAcknowledgementMethod, PolicyChange, PolicyKind } from './policy.model';
import { PolicyQuizAnswersInput, PolicyQuizInput } from './policy-quiz.inputs';

@InputType('CreatePolicyInput')
export class CreatePolicyInput {
  @Field(() => PolicyKind) @IsEnum(PolicyKind) kind!: PolicyKind;
  @Field({ description: 'e.g. Social media, Security, HR, Code of conduct.' }) @SingleLineText({ max: LIMITS.name }) category!: string;
  @Field() @SingleLineText({ max: LIMITS.title }) title!: string;
  @Field(() => ID, { nullable: true, description: 'Who owns it (defaults to the creator); owners manage its versions.' }) @IsOptional() @IsUUID() ownerId?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) tags?: string[];
}

@InputType('PolicyBodyInput')
export class PolicyBodyInput {
  @Field({ description: 'en, ar, he or it.' }) @IsIn([...LOCALES]) language!: string;
  @Field() @SingleLineText({ max: LIMITS.title }) title!: string;
  @Field({ description: `Markdown, at most ${LIMITS.policyBody} characters.` }) @MultiLineText({ max: LIMITS.policyBody }) body!: string;
  @Field({ description: 'What the reader agrees to, e.g. "I have read and will follow these guidelines."' })
  @MultiLineText({ max: LIMITS.policyAcknowledgementText }) acknowledgementText!: string;
}

@InputType('PolicyAudienceInput')
export class PolicyAudienceInput {
  @Field(() => AudienceRulesInput, { nullable: true, description: 'New rules (stored as an audience); or give audienceId.' })
  @IsOptional() @ValidateNested() @Type(() => AudienceRulesInput) rules?: AudienceRulesInput;
  @Field(() => ID, { nullable: true, description: 'An existing audience.' }) @IsOptional() @IsUUID() audienceId?: string;
}

@InputType('DraftPolicyVersionInput')
export class DraftPolicyVersionInput {
  @Field(() => ID) @IsUUID() policyId!: string;
  @Field(() => PolicyChange, { description: 'MAJOR: next major (asks everyone again); MINOR: amends the current version (asks nobody, keeps its audience, method and due period).' })
  @IsEnum(PolicyChange) change!: PolicyChange;
  @Field(() => String, { nullable: true }) @IsOptional() @MultiLineText({ max: 2000 }) changeSummary?: string;
  @Field(() => [PolicyBodyInput], { description: 'At least one language; each at most once.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(LOCALES.length) @ValidateNested({ each: true }) @Type(() => PolicyBodyInput) bodies!: PolicyBodyInput[];
  @Field({ description: 'Shown when the reader\'s language is missing; one of the bodies.' }) @IsIn([...LOCALES]) fallbackLanguage!: string;
  @Field(() => PolicyAudienceInput, { nullable: true, description: 'MAJOR only (required there).' })
  @IsOptional() @ValidateNested() @Type(() => PolicyAudienceInput) audience?: PolicyAudienceInput;
  @Field(() => PolicyAcknowledgementMethod, { nullable: true, description: 'MAJOR only; default CHECKBOX.' })
  @IsOptional() @IsEnum(PolicyAcknowledgementMethod) acknowledgementMethod?: PolicyAcknowledgementMethod;
  @Field(() => Int, { nullable: true, description: 'MAJOR only: days after publication (or after joining the audience); default 14.' })
  @IsOptional() @IsInt() @Min(1) @Max(365) dueInDays?: number;
  @Field(() => PolicyQuizInput, { nullable: true, description: 'QUIZ (MAJOR only, required there): the questions, pass mark and attempt limit; a minor version keeps the quiz.' })
  @IsOptional() @ValidateNested() @Type(() => PolicyQuizInput) quiz?: PolicyQuizInput;
  @Field(() => Boolean, { nullable: true, description: 'MAJOR only: until they acknowledge, the audience can use nothing but this policy (e.g. a code of conduct); a minor version keeps it.' })
  @IsOptional() @IsBoolean() gate?: boolean;
}

@InputType('AcknowledgePolicyInput')
export class AcknowledgePolicyInput {
  @Field(() => ID, { description: 'The current version.' }) @IsUUID() versionId!: string;
  @Field({ description: 'The language read (PolicyReading.language).' }) @IsIn([...LOCALES]) language!: string;
  @Field({ description: 'PolicyReading.textHash of what was shown.' }) @Matches(/^[0-9a-f]{64}$/) textHash!: string;
  @Field(() => String, { nullable: true, description: 'TYPED_NAME: the reader\'s full name.' }) @IsOptional() @SingleLineText({ max: LIMITS.name }) typedName?: string;
  @Field(() => PolicyQuizAnswersInput, { nullable: true, description: 'QUIZ: the open attempt (startPolicyQuiz) and its answers.' })
  @IsOptional() @ValidateNested() @Type(() => PolicyQuizAnswersInput) quiz?: PolicyQuizAnswersInput;
}

@InputType('SchedulePolicyVersionInput')
export class SchedulePolicyVersionInput {
  @Field(() => ID, { description: 'A draft.' }) @IsUUID() id!: string;
  @Field(() => Date, { nullable: true, description: 'When to publish (in the future); null unschedules.' }) @IsOptional() @Type(() => Date) @IsDate() publishAt?: Date | null;
}
