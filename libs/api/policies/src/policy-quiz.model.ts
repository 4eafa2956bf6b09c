import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** What a learner sees of a question: never which options are correct. */
@ObjectType('PolicyQuizOption')
export class PolicyQuizOptionModel {
  @Field(() => ID) id!: string;
  @Field() text!: string;
}

@ObjectType('PolicyQuizQuestion')
export class PolicyQuizQuestionModel {
  @Field(() => ID) id!: string;
  @Field() prompt!: string;
  @Field() multiple!: boolean;
  @Field(() => [PolicyQuizOptionModel], { description: 'In this attempt\'s order.' }) options!: PolicyQuizOptionModel[];
}

@ObjectType('PolicyQuizAttempt', { description: 'One attempt, its questions and options in their own random order.' })
export class PolicyQuizAttemptModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) versionId!: string;
  @Field() language!: string;
  @Field(() => Int, { description: '1 for the first attempt.' }) number!: number;
  @Field(() => Int) maxAttempts!: number;
  @Field(() => Int, { description: 'Percent needed to pass.' }) passMark!: number;
  @Field(() => [PolicyQuizQuestionModel]) questions!: PolicyQuizQuestionModel[];
}

@ObjectType('StartPolicyQuizPayload')
export class StartPolicyQuizPayload {
  @Field(() => PolicyQuizAttemptModel) attempt!: PolicyQuizAttemptModel;
}
