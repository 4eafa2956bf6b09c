import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Db } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { Injectable } from '@nestjs/common';
import { TeamFeedVisibility } from './post.model';
import { TeamFeedsService } from './team-feeds.service';
import { MentionQueryArgs } from './post.inputs';

@ObjectType('MentionTeam')
export class MentionTeamModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('MentionSuggestions')
export class MentionSuggestionsModel {
  @Field(() => [UserModel]) people!: UserModel[];
  @Field(() => [MentionTeamModel]) teams!: MentionTeamModel[];
}

const SUGGESTIONS = 8;

/** Who the actor may mention where they write: in a private team's feed only its members and the team. */
@Injectable()
export class MentionsService {
  constructor(
    private readonly db: Db,
    private readonly people: PeopleDirectory,
    private readonly teamFeeds: TeamFeedsService,
  ) {}

  async suggestions(actor: Actor, query: string, teamId: string | null): Promise<MentionSuggestionsModel> {
    const feed = teamId ? await this.teamFeeds.readable(this.db.manager, actor, teamId) : null;
    const within = feed?.visibility === TeamFeedVisibility.PRIVATE ? feed.teamId : null;
    const found = await this.people.nameMatches(this.db.manager, actor.organizationId, query, { withinTeamId: within, limit: SUGGESTIONS });
    return { people: found.users, teams: found.teams };
  }
}

@Resolver()
export class MentionsResolver {
  constructor(private readonly mentions: MentionsService) {}

  @Query(() => MentionSuggestionsModel, { description: 'People and teams whose name starts with the query, that the viewer may mention in the given feed (teamId) or the company feed.' })
  mentionSuggestions(@CurrentActor() actor: Actor, @Args() args: MentionQueryArgs): Promise<MentionSuggestionsModel> {
    return this.mentions.suggestions(actor, args.query, args.teamId ?? null);
  }
}
