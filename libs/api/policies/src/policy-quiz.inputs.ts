import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MultiLineText, SingleLineText } from '@pillars/api/core';
import { LOCALES } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';

export const QUIZ_LIMITS = { questionsPerLanguage: 20, options: 8, prompt: 500, option: LIMITS.title } as const;

@InputType('PolicyQuizOptionInput')
export class PolicyQuizOptionInput {
  @Field() @SingleLineText({ max: QUIZ_LIMITS.option }) text!: string;
  @Field({ description: 'Never shown to learners.' }) @IsBoolean() correct!: boolean;
}

@InputType('PolicyQuizQuestionInput')
export class PolicyQuizQuestionInput {
  @Field({ description: 'The body language this question belongs to (en, ar, he or it).' }) @IsIn([...LOCALES]) language!: string;
  @Field() @MultiLineText({ max: QUIZ_LIMITS.prompt }) prompt!: string;
  @Field({ description: 'Multiple choice (every correct option, and only those); else exactly one option is correct.' }) @IsBoolean() multiple!: boolean;
  @Field(() => [PolicyQuizOptionInput])
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(QUIZ_LIMITS.options) @ValidateNested({ each: true }) @Type(() => PolicyQuizOptionInput) options!: PolicyQuizOptionInput[];
}

@InputType('PolicyQuizInput', { description: 'QUIZ: questions for every body language, a pass mark and an attempt limit.' })
export class PolicyQuizInput {
  @Field(() => Int, { description: 'Percent of questions answered right to pass (1–100).' }) @IsInt() @Min(1) @Max(100) passMark!: number;
  @Field(() => Int, { description: 'Attempts allowed per person (1–10).' }) @IsInt() @Min(1) @Max(10) maxAttempts!: number;
  @Field(() => [PolicyQuizQuestionInput])
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(QUIZ_LIMITS.questionsPerLanguage * LOCALES.length) @ValidateNested({ each: true }) @Type(() => PolicyQuizQuestionInput)
  questions!: PolicyQuizQuestionInput[];
}

@InputType('StartPolicyQuizInput')
export class StartPolicyQuizInput {
  @Field(() => ID, { description: 'The current version.' }) @IsUUID() versionId!: string;
  @Field({ description: 'The language read (PolicyReading.language).' }) @IsIn([...LOCALES]) language!: string;
}

@InputType('PolicyQuizAnswerInput')
export class PolicyQuizAnswerInput {
  @Field(() => ID) @IsUUID() questionId!: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(QUIZ_LIMITS.options) @IsUUID('all', { each: true }) optionIds!: string[];
}

@InputType('PolicyQuizAnswersInput', { description: 'QUIZ: the open attempt and its answers.' })
export class PolicyQuizAnswersInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field(() => [PolicyQuizAnswerInput])
  @IsArray() @ArrayMaxSize(QUIZ_LIMITS.questionsPerLanguage) @ValidateNested({ each: true }) @Type(() => PolicyQuizAnswerInput) answers!: PolicyQuizAnswerInput[];
}
