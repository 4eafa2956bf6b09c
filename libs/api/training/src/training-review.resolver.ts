import { Args, ArgsType, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PageArgs, ParseIdPipe } from '@pillars/api/core';
import { TrainingCompletionMonthModel, TrainingEvidenceReviewConnection } from './training-review.model';
import { TrainingReviewService } from './training-review.service';

@ArgsType()
class PendingEvidenceArgs extends PageArgs {}

/** Reviewers' reads: the evidence waiting for review, a course's completion trend. */
@Resolver()
export class TrainingReviewResolver {
  constructor(private readonly review: TrainingReviewService) {}

  @Query(() => TrainingEvidenceReviewConnection, { description: 'Uploads waiting for review, newest first: a manager their line\'s; HR everyone\'s; never the viewer\'s own.' })
  pendingTrainingEvidence(@CurrentActor() actor: Actor, @Args() a: PendingEvidenceArgs) {
    return this.review.pendingEvidence(actor, a);
  }

  @Query(() => Int, { description: 'How many uploads wait for the viewer\'s review (as pendingTrainingEvidence).' })
  pendingTrainingEvidenceCount(@CurrentActor() actor: Actor) {
    return this.review.pendingEvidenceCount(actor);
  }

  @Query(() => [TrainingCompletionMonthModel], { description: 'A course\'s completion rate at the end of each of the last 12 months, oldest first, among the records the viewer may see.' })
  trainingCompletionTrend(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }, ParseIdPipe) courseId: string) {
    return this.review.completionTrend(actor, courseId);
  }
}
