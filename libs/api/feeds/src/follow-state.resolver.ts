import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, AppError, CurrentActor, Db, defineLoader, normalizeTopic, SingleLineText, type GqlContext, type LoaderDef } from '@pillars/api/core';
import { UserModel } from '@pillars/api/directory';
import { DiscoverTeamModel, DiscoverTopicModel, FollowKind } from './comment.model';
import { TeamFeedModel } from './post.model';

/** A topic feed's header: the normalised tag and whether the viewer follows it. */
@ObjectType('Topic')
export class TopicModel {
  @Field({ description: 'Normalised: lower case, without #.' }) topic!: string;
}

@ArgsType()
class TopicArgs {
  @Field({ description: 'A tag, with or without #.' }) @SingleLineText({ max: 51 }) topic!: string;
}

const followKey = (kind: FollowKind, target: string) => `${kind}:${target}`;

/** "Am I following?" for every team, person and topic a page shows: one statement per request. */
@Injectable()
export class FollowStateLoader {
  constructor(private readonly db: Db) {}

  readonly viewerFollows: LoaderDef<string, boolean> = defineLoader('feeds.viewerFollows', async (actor, keys) => {
    const pairs = keys.map((k) => k.split(/:(.*)/s));
    const rows = await this.db.query<{ key: string }>(
      `SELECT f.kind || ':' || f.target AS key FROM feed_follows f
        JOIN unnest($3::text[], $4::text[]) AS k(kind, target) ON k.kind = f.kind AND k.target = f.target
       WHERE f.organization_id = $1 AND f.user_id = $2`,
      [actor?.organizationId ?? null, actor?.userId ?? null, pairs.map((p) => p[0]), pairs.map((p) => p[1] ?? '')],
    );
    const followed = new Set(rows.map((r) => r.key));
    return keys.map((k) => followed.has(k));
  });

  load(ctx: GqlContext, kind: FollowKind, target: string): Promise<boolean> {
    return ctx.loaders.get(this.viewerFollows).load(followKey(kind, target));
  }
}

const viewerFollowsField = { description: 'Whether the viewer follows it.' };

@Resolver(() => DiscoverTeamModel)
export class DiscoverTeamFollowResolver {
  constructor(private readonly follows: FollowStateLoader) {}
  @ResolveField(() => Boolean, viewerFollowsField)
  viewerFollows(@Parent() team: DiscoverTeamModel, @Context() ctx: GqlContext) {
    return this.follows.load(ctx, FollowKind.TEAM, team.teamId);
  }
}

@Resolver(() => DiscoverTopicModel)
export class DiscoverTopicFollowResolver {
  constructor(private readonly follows: FollowStateLoader) {}
  @ResolveField(() => Boolean, viewerFollowsField)
  viewerFollows(@Parent() topic: DiscoverTopicModel, @Context() ctx: GqlContext) {
    return this.follows.load(ctx, FollowKind.TOPIC, topic.topic);
  }
}

@Resolver(() => TeamFeedModel)
export class TeamFeedFollowResolver {
  constructor(private readonly follows: FollowStateLoader) {}
  @ResolveField(() => Boolean, viewerFollowsField)
  viewerFollows(@Parent() feed: TeamFeedModel, @Context() ctx: GqlContext) {
    return this.follows.load(ctx, FollowKind.TEAM, feed.teamId);
  }
}

/** Feeds' field on the directory's person: whether the viewer follows their posts. */
@Resolver(() => UserModel)
export class UserFollowResolver {
  constructor(private readonly follows: FollowStateLoader) {}
  @ResolveField(() => Boolean, viewerFollowsField)
  viewerFollows(@Parent() user: UserModel, @Context() ctx: GqlContext) {
    return this.follows.load(ctx, FollowKind.USER, user.id);
  }
}

@Resolver(() => TopicModel)
export class TopicResolver {
  constructor(private readonly follows: FollowStateLoader) {}

  @Query(() => TopicModel, { description: 'A topic by tag (with or without #); any well-formed tag exists.' })
  topic(@CurrentActor() _actor: Actor, @Args() args: TopicArgs): TopicModel {
    const topic = normalizeTopic(args.topic);
    if (!topic) throw AppError.badInput([{ field: 'topic', rule: 'topic' }], 'Not a topic');
    return { topic };
  }

  @ResolveField(() => Boolean, viewerFollowsField)
  viewerFollows(@Parent() topic: TopicModel, @Context() ctx: GqlContext) {
    return this.follows.load(ctx, FollowKind.TOPIC, topic.topic);
  }
}

export const FOLLOW_STATE_PROVIDERS = [FollowStateLoader, DiscoverTeamFollowResolver, DiscoverTopicFollowResolver, TeamFeedFollowResolver, UserFollowResolver, TopicResolver];
