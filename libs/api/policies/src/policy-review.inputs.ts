import { Field, ID, InputType } from '@nestjs/graphql';
import { MultiLineText } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PolicyReviewDecision } from './policy-review.model';

@InputType('RequestPolicyReviewInput')
export class RequestPolicyReviewInput {
  @Field(() => ID, { description: 'A draft.' }) @IsUUID() versionId!: string;
  @Field(() => [ID], { description: `Active people of the organisation, at most ${LIMITS.policyReviewers} per draft in all; those already asked keep their decision.` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(LIMITS.policyReviewers) @IsUUID('all', { each: true }) reviewerIds!: string[];
}

@InputType('ReviewPolicyVersionInput')
export class ReviewPolicyVersionInput {
  @Field(() => ID, { description: 'A draft the viewer was asked to review.' }) @IsUUID() versionId!: string;
  @Field(() => PolicyReviewDecision) @IsEnum(PolicyReviewDecision) decision!: PolicyReviewDecision;
  @Field(() => String, { nullable: true, description: `Required with COMMENTED; at most ${LIMITS.policyReviewComment} characters.` })
  @IsOptional() @MultiLineText({ max: LIMITS.policyReviewComment }) comment?: string | null;
}
