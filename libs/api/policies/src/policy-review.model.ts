import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';
import { PolicyKind, PolicyVersionModel } from './policy.model';

/** A reviewer's latest word on a draft (the column is text with a CHECK). */
export enum PolicyReviewDecision {
  APPROVED = 'APPROVED',
  COMMENTED = 'COMMENTED',
}
registerEnumType(PolicyReviewDecision, { name: 'PolicyReviewDecision', description: 'APPROVED: fine to publish; COMMENTED: a remark for the author (the comment says what).' });

@ObjectType('PolicyReview', { description: 'One named reviewer of a draft and their latest decision (null: not yet).' })
export class PolicyReviewModel {
  @Field(() => PolicyReviewDecision, { nullable: true }) decision!: PolicyReviewDecision | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  versionId!: string;
  reviewerId!: string;
  requestedById!: string;
}

@ObjectType('PolicyReviewRequest', { description: 'A draft the viewer was asked to review: the version itself, and only that one.' })
export class PolicyReviewRequestModel {
  @Field(() => ID) policyId!: string;
  @Field() policyTitle!: string;
  @Field(() => PolicyKind) policyKind!: PolicyKind;
  @Field() policyCategory!: string;
  @Field(() => PolicyVersionModel) version!: PolicyVersionModel;
  @Field(() => PolicyReviewModel, { description: 'The viewer\'s own review.' }) review!: PolicyReviewModel;
}

export const PolicyReviewRequestConnection = connectionOf(PolicyReviewRequestModel, 'PolicyReviewRequest');

@ObjectType('ReviewPolicyVersionPayload')
export class ReviewPolicyVersionPayload {
  @Field(() => PolicyReviewRequestModel) request!: PolicyReviewRequestModel;
}
