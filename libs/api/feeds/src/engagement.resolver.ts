import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PageArgs, ParseIdPipe, type GqlContext } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { IsEnum, IsOptional } from 'class-validator';
import { CommentConnection, CommentModel, CommentPayload, CreateCommentInput, DiscoverModel, FollowInput, FollowPayload, ReactInput, ReactorConnection } from './comment.model';
import { CommentsService } from './comments.service';
import { EngagementService } from './engagement.service';
import { DeletePostPayload, PostModel, PostPayload, ReactionKind } from './post.model';
import { presentPost } from './post.presenter';

@ArgsType()
class ReactorArgs extends PageArgs {
  @Field(() => ReactionKind, { nullable: true }) @IsOptional() @IsEnum(ReactionKind) kind?: ReactionKind;
}

/** Comments, reactions, follows and Discover on posts (thin: one service call each). */
@Resolver(() => PostModel)
export class PostEngagementResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly engagement: EngagementService,
  ) {}

  @ResolveField('comments', () => CommentConnection, { description: 'Top-level comments, oldest first.' })
  commentPage(@CurrentActor() actor: Actor, @Parent() post: PostModel, @Args() args: PageArgs) {
    return this.comments.page(actor, { postId: post.id, parentId: null }, args);
  }

  @ResolveField(() => ReactorConnection, { description: 'Who reacted, by name.' })
  reactors(@CurrentActor() actor: Actor, @Parent() post: PostModel, @Args() args: ReactorArgs) {
    return this.engagement.reactors(actor, post, args);
  }

  @Mutation(() => CommentPayload)
  async createComment(@CurrentActor() actor: Actor, @Args('input') input: CreateCommentInput): Promise<CommentPayload> {
    return { comment: await this.comments.createComment(actor, input) };
  }

  @Mutation(() => DeletePostPayload, { description: 'Soft delete by the author, a lead of the team or an admin.' })
  async deleteComment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<DeletePostPayload> {
    await this.comments.deleteComment(actor, id);
    return { id };
  }

  @Mutation(() => PostPayload, { description: 'Sets (or with kind null removes) the viewer’s one reaction.' })
  async react(@CurrentActor() actor: Actor, @Args('input') input: ReactInput): Promise<PostPayload> {
    return { post: presentPost(await this.engagement.react(actor, input)) };
  }

  @Mutation(() => FollowPayload)
  follow(@CurrentActor() actor: Actor, @Args('input') input: FollowInput): Promise<FollowPayload> {
    return this.engagement.follow(actor, input, true);
  }

  @Mutation(() => FollowPayload)
  unfollow(@CurrentActor() actor: Actor, @Args('input') input: FollowInput): Promise<FollowPayload> {
    return this.engagement.follow(actor, input, false);
  }

  @Query(() => DiscoverModel, { description: 'Open teams with recent activity and active topics, to break silos.' })
  discover(@CurrentActor() actor: Actor): Promise<DiscoverModel> {
    return this.engagement.discover(actor);
  }
}

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly people: PeopleDirectory,
  ) {}

  @Query(() => CommentModel, { description: 'One comment of a post the viewer can read (its replies page past the thread\'s first ones).' })
  comment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<CommentModel> {
    return this.comments.comment(actor, id);
  }

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() c: CommentModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(c.authorId);
  }

  @ResolveField(() => CommentConnection, { description: 'Replies, oldest first (one level).' })
  replies(@CurrentActor() actor: Actor, @Parent() c: CommentModel, @Args() args: PageArgs) {
    return this.comments.page(actor, { postId: c.postId, parentId: c.id }, args);
  }
}
