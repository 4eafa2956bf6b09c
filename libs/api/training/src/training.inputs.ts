import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MultiLineText, SingleLineText } from '@pillars/api/core';
import { AudienceRulesInput } from '@pillars/api/audiences';
import { LOCALES } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { TrainingDueKind, TrainingModuleKind, TrainingRecurrenceKind } from './training.model';

export const TRAINING_LIMITS = { modules: 50, content: 100_000, description: 4000, questions: 50, options: 8, prompt: 500, url: 2000, sessions: 50 } as const;

@InputType('TrainingQuizOptionInput')
export class TrainingQuizOptionInput {
  @Field() @SingleLineText({ max: LIMITS.title }) text!: string;
  @Field({ description: 'Never shown to learners.' }) @IsBoolean() correct!: boolean;
}

@InputType('TrainingQuizQuestionInput')
export class TrainingQuizQuestionInput {
  @Field() @MultiLineText({ max: TRAINING_LIMITS.prompt }) prompt!: string;
  @Field({ description: 'Every correct option and only those; else exactly one is correct.' }) @IsBoolean() multiple!: boolean;
  @Field(() => [TrainingQuizOptionInput])
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(TRAINING_LIMITS.options) @ValidateNested({ each: true }) @Type(() => TrainingQuizOptionInput) options!: TrainingQuizOptionInput[];
}

@InputType('TrainingSessionInput', { description: 'ATTENDANCE: one live session.' })
export class TrainingSessionInput {
  @Field() @Type(() => Date) @IsDate() startsAt!: Date;
  @Field(() => Date, { nullable: true, description: 'After startsAt.' }) @IsOptional() @Type(() => Date) @IsDate() endsAt?: Date | null;
  @Field({ description: 'A room, an address or a meeting link.' }) @SingleLineText({ max: TRAINING_LIMITS.url }) place!: string;
  @Field(() => Int, { description: 'Seats (1–10000).' }) @IsInt() @Min(1) @Max(10000) capacity!: number;
}

@InputType('TrainingModuleInput', { description: 'One module; the fields its kind needs (others must be left out).' })
export class TrainingModuleInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The module this one carries over (an editor re-sending a loaded module): a module of the same course and kind, at most once per edit. It keeps its live sessions and their seats. Left out: a new module.',
  })
  @IsOptional() @IsUUID() id?: string;
  @Field(() => TrainingModuleKind) @IsEnum(TrainingModuleKind) kind!: TrainingModuleKind;
  @Field() @SingleLineText({ max: LIMITS.title }) title!: string;
  @Field(() => String, { nullable: true, description: 'MARKDOWN: the Markdown (required); ATTENDANCE, EVIDENCE_UPLOAD: instructions (optional).' })
  @IsOptional() @MultiLineText({ max: TRAINING_LIMITS.content }) content?: string;
  @Field(() => String, { nullable: true, description: 'EXTERNAL_LINK: an https:// (or http://) URL.' }) @IsOptional() @SingleLineText({ max: TRAINING_LIMITS.url }) url?: string;
  @Field(() => ID, { nullable: true, description: 'POLICY_ACK: a policy with a version in force.' }) @IsOptional() @IsUUID() policyId?: string;
  @Field(() => Int, { nullable: true, description: 'QUIZ: percent to pass (1–100).' }) @IsOptional() @IsInt() @Min(1) @Max(100) passMark?: number;
  @Field(() => Int, { nullable: true, description: 'QUIZ: attempts per person (1–10).' }) @IsOptional() @IsInt() @Min(1) @Max(10) maxAttempts?: number;
  @Field(() => Int, { nullable: true, description: 'QUIZ: questions drawn at random per attempt (at most the bank; default all).' }) @IsOptional() @IsInt() @Min(1) @Max(TRAINING_LIMITS.questions) drawCount?: number;
  @Field(() => [TrainingQuizQuestionInput], { nullable: true, description: 'QUIZ: the question bank.' })
  @IsOptional() @IsArray() @ArrayMaxSize(TRAINING_LIMITS.questions) @ValidateNested({ each: true }) @Type(() => TrainingQuizQuestionInput) questions?: TrainingQuizQuestionInput[];
  @Field(() => [TrainingSessionInput], { nullable: true, description: 'ATTENDANCE: the live sessions (at least one).' })
  @IsOptional() @IsArray() @ArrayMaxSize(TRAINING_LIMITS.sessions) @ValidateNested({ each: true }) @Type(() => TrainingSessionInput) sessions?: TrainingSessionInput[];
}

@InputType('TrainingCourseInput')
export class TrainingCourseInput {
  @Field() @SingleLineText({ max: LIMITS.title }) title!: string;
  @Field() @MultiLineText({ max: TRAINING_LIMITS.description, allowEmpty: true }) description!: string;
  @Field() @SingleLineText({ max: LIMITS.name }) category!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(10000) estimatedMinutes!: number;
  @Field(() => [String], { description: 'en, ar, he, it.' }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(LOCALES.length) @IsIn([...LOCALES], { each: true }) languages!: string[];
  @Field(() => Int, { nullable: true, description: 'Months a completion stays valid (recertification); null: forever.' }) @IsOptional() @IsInt() @Min(1) @Max(120) validityMonths?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Optional course anyone may enrol in once published.' }) @IsOptional() @IsBoolean() selfEnrol?: boolean;
  @Field(() => ID, { nullable: true, description: 'Defaults to the creator; owners manage the course.' }) @IsOptional() @IsUUID() ownerId?: string;
  @Field(() => [TrainingModuleInput], { description: 'In order; at least one.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(TRAINING_LIMITS.modules) @ValidateNested({ each: true }) @Type(() => TrainingModuleInput) modules!: TrainingModuleInput[];
}

@InputType('AssignTrainingInput')
export class AssignTrainingInput {
  @Field(() => ID) @IsUUID() courseId!: string;
  @Field(() => AudienceRulesInput, { nullable: true, description: 'New rules; or audienceId.' }) @IsOptional() @ValidateNested() @Type(() => AudienceRulesInput) rules?: AudienceRulesInput;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() audienceId?: string;
  @Field(() => TrainingDueKind) @IsEnum(TrainingDueKind) dueKind!: TrainingDueKind;
  @Field(() => Int, { nullable: true, description: 'AFTER_ASSIGNMENT, AFTER_JOINING: days (1–730); default 14.' }) @IsOptional() @IsInt() @Min(1) @Max(730) dueDays?: number;
  @Field(() => Date, { nullable: true, description: 'FIXED_DATE: the due date (in the future).' }) @IsOptional() @Type(() => Date) @IsDate() dueDate?: Date;
  @Field(() => TrainingRecurrenceKind, { nullable: true, description: 'Default NONE.' }) @IsOptional() @IsEnum(TrainingRecurrenceKind) recurrence?: TrainingRecurrenceKind;
  @Field(() => Int, { nullable: true, description: 'EVERY_MONTHS: months (1–120).' }) @IsOptional() @IsInt() @Min(1) @Max(120) recurrenceMonths?: number;
}

@InputType('TrainingQuizAnswerInput')
export class TrainingQuizAnswerInput {
  @Field(() => ID) @IsUUID() questionId!: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(TRAINING_LIMITS.options) @IsUUID('all', { each: true }) optionIds!: string[];
}

@InputType('SubmitTrainingQuizInput')
export class SubmitTrainingQuizInput {
  @Field(() => ID) @IsUUID() attemptId!: string;
  @Field(() => [TrainingQuizAnswerInput])
  @IsArray() @ArrayMaxSize(TRAINING_LIMITS.questions) @ValidateNested({ each: true }) @Type(() => TrainingQuizAnswerInput) answers!: TrainingQuizAnswerInput[];
}

@InputType('ReviewTrainingEvidenceInput')
export class ReviewTrainingEvidenceInput {
  @Field(() => ID) @IsUUID() evidenceId!: string;
  @Field() @IsBoolean() approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required to reject.' }) @IsOptional() @MultiLineText({ max: 2000 }) reason?: string;
}
