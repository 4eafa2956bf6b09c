import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';
import { FileModel } from '@pillars/api/files';

@ObjectType('TrainingEvidenceReview', { description: 'An upload waiting for review: who, which course and module, the file.' })
export class TrainingEvidenceReviewModel {
  @Field(() => ID, { description: 'The evidence id (reviewTrainingEvidence).' }) id!: string;
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) userId!: string;
  @Field({ description: 'The learner\'s name now.' }) personName!: string;
  @Field(() => ID) courseId!: string;
  @Field({ description: 'The title of the enrolment\'s course version.' }) courseTitle!: string;
  @Field() moduleTitle!: string;
  @Field() submittedAt!: Date;
  @Field(() => FileModel, { nullable: true, description: 'The uploaded file (its url serves the bytes to the learner, their managers and HR).' }) file!: FileModel | null;
}
export const TrainingEvidenceReviewConnection = connectionOf(TrainingEvidenceReviewModel, 'TrainingEvidenceReview');

@ObjectType('TrainingCompletionMonth', { description: 'A course\'s completion rate at the end of one calendar month (UTC); the current month: now.' })
export class TrainingCompletionMonthModel {
  @Field({ description: 'The first instant of the month (UTC).' }) month!: Date;
  @Field(() => Int, { description: 'People required to take the course by then (an assigned enrolment made before the month ended).' }) required!: number;
  @Field(() => Int, { description: 'Of them, people holding a completion still valid then (completed before, not yet expired).' }) done!: number;
  @Field(() => Float, { description: 'done / required in percent, one decimal; 0 when nobody was required.' }) percent!: number;
}
