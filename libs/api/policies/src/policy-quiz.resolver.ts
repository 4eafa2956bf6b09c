import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@pillars/api/core';
import { StartPolicyQuizInput } from './policy-quiz.inputs';
import { StartPolicyQuizPayload } from './policy-quiz.model';
import { PolicyQuizService } from './policy-quiz.service';

@Resolver()
export class PolicyQuizResolver {
  constructor(private readonly quiz: PolicyQuizService) {}

  @Mutation(() => StartPolicyQuizPayload, {
    description: 'QUIZ: an attempt in its own random order (the open one again if there is one); POLICY_QUIZ_ATTEMPTS_EXHAUSTED past the limit. Answers go with acknowledgePolicy.',
  })
  async startPolicyQuiz(@CurrentActor() actor: Actor, @Args('input') input: StartPolicyQuizInput): Promise<StartPolicyQuizPayload> {
    return { attempt: await this.quiz.startAttempt(actor, input.versionId, input.language) };
  }
}
