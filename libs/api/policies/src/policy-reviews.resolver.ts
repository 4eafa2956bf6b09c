import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Db, PageArgs, ParseIdPipe, type GqlContext } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { PoliciesService } from './policies.service';
import { PolicyVersionModel, PolicyVersionPayload } from './policy.model';
import { presentVersion } from './policy.presenter';
import { PolicyReviewModel, PolicyReviewRequestConnection, PolicyReviewRequestModel, ReviewPolicyVersionPayload } from './policy-review.model';
import { RequestPolicyReviewInput, ReviewPolicyVersionInput } from './policy-review.inputs';
import { PolicyReviewsService } from './policy-reviews.service';

/** Review requests: asking named reviewers, their decisions, and what a reviewer may read. */
@Resolver(() => PolicyReviewRequestModel)
export class PolicyReviewsResolver {
  constructor(
    private readonly reviews: PolicyReviewsService,
    private readonly authoring: PoliciesService,
    private readonly db: Db,
  ) {}

  @Mutation(() => PolicyVersionPayload, { description: 'HR, admins and the owner: ask named people to review a draft (adds reviewers; decisions already given are kept).' })
  async requestPolicyReview(@CurrentActor() actor: Actor, @Args('input') input: RequestPolicyReviewInput): Promise<PolicyVersionPayload> {
    const id = await this.reviews.requestReview(actor, input);
    return { version: presentVersion(await this.authoring.versionRow(this.db.manager, id, actor), true) };
  }

  @Mutation(() => ReviewPolicyVersionPayload, { description: 'A requested reviewer approves or comments on a draft (their latest word counts); refused once it is published (POLICY_REVIEW_CLOSED).' })
  async reviewPolicyVersion(@CurrentActor() actor: Actor, @Args('input') input: ReviewPolicyVersionInput): Promise<ReviewPolicyVersionPayload> {
    return { request: await this.reviews.review(actor, input) };
  }

  @Query(() => PolicyReviewRequestConnection, { description: 'Drafts waiting for the viewer\'s review, latest request first.' })
  async myPolicyReviews(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    return this.reviews.myRequests(actor, args);
  }

  @Query(() => PolicyReviewRequestModel, { description: 'A version the viewer was asked to review, whatever its status; NOT_FOUND for anyone else.' })
  async policyReviewRequest(@CurrentActor() actor: Actor, @Args('versionId', { type: () => ID }, ParseIdPipe) versionId: string): Promise<PolicyReviewRequestModel> {
    return this.reviews.requestOf(actor, versionId);
  }
}

@Resolver(() => PolicyVersionModel)
export class PolicyVersionReviewsResolver {
  constructor(private readonly service: PolicyReviewsService) {}

  @ResolveField(() => [PolicyReviewModel], { nullable: true, description: 'Requested reviews: all for those who manage the policy, a reviewer\'s own for them, null for anyone else.' })
  async reviews(@CurrentActor() actor: Actor, @Parent() version: PolicyVersionModel, @Context() ctx: GqlContext): Promise<PolicyReviewModel[] | null> {
    return this.service.visibleReviews(actor, version, await ctx.loaders.get(this.service.reviewsOfVersion).load(version.id));
  }
}

@Resolver(() => PolicyReviewModel)
export class PolicyReviewResolver {
  constructor(private readonly people: PeopleDirectory) {}

  @ResolveField(() => UserModel, { nullable: true })
  reviewer(@Parent() review: PolicyReviewModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(review.reviewerId);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who asked this reviewer.' })
  requestedBy(@Parent() review: PolicyReviewModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(review.requestedById);
  }
}
