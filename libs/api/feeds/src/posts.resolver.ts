import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PageArgs, ParseIdPipe, SingleLineText, type GqlContext } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { ArgsType, Field } from '@nestjs/graphql';
import { FeedLoaders } from './feed.loaders';
import { FeedQueriesService } from './feed-queries.service';
import { CreatePostInput, ModeratePostInput, TeamFeedSettingsInput, UpdatePostInput } from './post.inputs';
import { DeletePostPayload, PostAbilitiesModel, PostConnection, PostModel, PostPayload, PostVersionModel, ReactionCountModel, ReactionKind, TeamFeedModel } from './post.model';
import { presentPost, type PostRow } from './post.presenter';
import { PostVersionsService } from './post-versions.service';
import { PostsService } from './posts.service';
import { TeamFeedsService } from './team-feeds.service';
import type { Connection } from '@pillars/api/core';

@ArgsType()
class TopicFeedArgs extends PageArgs {
  @Field() @SingleLineText({ max: 51 }) topic!: string;
}

const presentPage = (c: Connection<PostRow>) => ({ ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: presentPost(e.node) })) });

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly queries: FeedQueriesService,
    private readonly versions: PostVersionsService,
    private readonly teamFeeds: TeamFeedsService,
    private readonly people: PeopleDirectory,
    private readonly loaders: FeedLoaders,
  ) {}

  @Query(() => PostModel, { description: 'A post the viewer may read; anything else is NOT_FOUND.' })
  async post(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<PostModel> {
    return presentPost(await this.posts.getPost(actor, id));
  }

  @Query(() => PostConnection, { description: 'Company-wide posts, newest first.' })
  async companyFeed(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    return presentPage(await this.queries.companyFeed(actor, args));
  }

  @Query(() => PostConnection, { description: "A team's published posts; a private team's only for its members." })
  async teamFeedPosts(@CurrentActor() actor: Actor, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string, @Args() args: PageArgs) {
    return presentPage(await this.queries.teamFeed(actor, teamId, args));
  }

  @Query(() => PostConnection, { description: "Posts waiting for approval in a moderated team's feed (its leads see all; authors their own)." })
  async pendingPosts(@CurrentActor() actor: Actor, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string, @Args() args: PageArgs) {
    return presentPage(await this.queries.pendingPosts(actor, teamId, args));
  }

  @Query(() => PostConnection, { description: 'Posts tagged #topic (case-insensitive), newest first.' })
  async topicFeed(@CurrentActor() actor: Actor, @Args() args: TopicFeedArgs) {
    return presentPage(await this.queries.topicFeed(actor, args.topic, args));
  }

  @Query(() => PostConnection, { description: 'Company feed, my teams and what I follow; pinned announcements first.' })
  async homeFeed(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    return presentPage(await this.queries.homeFeed(actor, args));
  }

  @Query(() => TeamFeedModel)
  teamFeed(@CurrentActor() actor: Actor, @Args('teamId', { type: () => ID }, ParseIdPipe) teamId: string): Promise<TeamFeedModel> {
    return this.teamFeeds.teamFeed(actor, teamId);
  }

  @Mutation(() => TeamFeedModel, { description: "A team lead's or an admin's feed settings." })
  configureTeamFeed(@CurrentActor() actor: Actor, @Args('input') input: TeamFeedSettingsInput): Promise<TeamFeedModel> {
    return this.teamFeeds.configure(actor, input);
  }

  @Mutation(() => PostPayload)
  async createPost(@CurrentActor() actor: Actor, @Args('input') input: CreatePostInput): Promise<PostPayload> {
    return { post: presentPost(await this.posts.createPost(actor, input)) };
  }

  @Mutation(() => PostPayload, { description: 'The author edits; the earlier body is kept as a version.' })
  async updatePost(@CurrentActor() actor: Actor, @Args('input') input: UpdatePostInput): Promise<PostPayload> {
    return { post: presentPost(await this.posts.updatePost(actor, input)) };
  }

  @Mutation(() => DeletePostPayload, { description: 'Soft delete by the author, a lead of the team or an admin.' })
  async deletePost(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<DeletePostPayload> {
    await this.posts.deletePost(actor, id);
    return { id };
  }

  @Mutation(() => PostPayload, { description: 'Approve or reject a queued post (team leads, admins).' })
  async moderatePost(@CurrentActor() actor: Actor, @Args('input') input: ModeratePostInput): Promise<PostPayload> {
    return { post: presentPost(await this.posts.moderatePost(actor, input)) };
  }

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() post: PostModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(post.authorId);
  }

  @ResolveField(() => PostAbilitiesModel)
  abilities(@CurrentActor() actor: Actor, @Parent() post: PostModel): PostAbilitiesModel {
    return this.posts.abilities(actor, post);
  }

  @ResolveField(() => [ReactionCountModel], { description: 'Counts per kind (kinds without reactions left out).' })
  reactionCounts(@Parent() post: PostModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.loaders.reactionCounts).load(post.id);
  }

  @ResolveField(() => ReactionKind, { nullable: true, description: "The viewer's reaction." })
  myReaction(@Parent() post: PostModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.loaders.myReaction).load(post.id);
  }

  @ResolveField(() => Int)
  commentCount(@Parent() post: PostModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.loaders.commentCount).load(post.id);
  }

  @ResolveField(() => [PostVersionModel], { description: 'Earlier bodies, newest first (empty if never edited).' })
  earlierVersions(@CurrentActor() actor: Actor, @Parent() post: PostModel): Promise<PostVersionModel[]> {
    return this.versions.earlierVersions(actor, post);
  }
}
