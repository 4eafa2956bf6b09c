import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, type GqlContext } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { SearchArgs, SearchHitModel, SearchResultConnection, SearchSuggestionArgs, SimilarArgs } from './search.models';
import { SearchService } from './search.service';

/** Search across every registered kind, and "already done?" for composers. */
@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(
    private readonly searches: SearchService,
    private readonly people: PeopleDirectory,
  ) {}

  @Query(() => SearchResultConnection, { name: 'search', description: 'Full-text search over everything the viewer may read, ranked, grouped counts per kind.' })
  search(@CurrentActor() actor: Actor, @Args() args: SearchArgs): Promise<SearchResultConnection> {
    return this.searches.search(actor, args);
  }

  @Query(() => String, {
    nullable: true,
    description: '"Did you mean": the query with words corrected from titles the viewer may read; null when none is close. Asked once a search found nothing.',
  })
  searchSuggestion(@CurrentActor() actor: Actor, @Args() args: SearchSuggestionArgs): Promise<string | null> {
    return this.searches.suggestion(actor, args);
  }

  @Query(() => [SearchHitModel], { description: '"Already done?": the readable rows most similar to a title or a first line being typed.' })
  similar(@CurrentActor() actor: Actor, @Args() args: SimilarArgs): Promise<SearchHitModel[]> {
    return this.searches.similar(actor, args);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who wrote it (for a person: the person).' })
  author(@Parent() hit: SearchHitModel, @Context() ctx: GqlContext): Promise<UserModel | null> | null {
    return hit.authorId ? ctx.loaders.get(this.people.userById).load(hit.authorId) : null;
  }
}

/** The connection's `didYouMean`, worked out only when a client asks for it (and nothing matched). */
@Resolver(() => SearchResultConnection)
export class SearchResultResolver {
  constructor(private readonly searches: SearchService) {}

  @ResolveField(() => String, { nullable: true, description: 'When nothing matched: the query with words corrected from titles the viewer may read (as searchSuggestion).' })
  didYouMean(@Parent() result: SearchResultConnection, @CurrentActor() actor: Actor): Promise<string | null> | null {
    return result.suggestFor ? this.searches.suggestion(actor, result.suggestFor) : null;
  }
}
