import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@pillars/api/core';
import { UserConnection } from '../users/user.model';
import { PeopleArgs, PeopleExportModel, PeopleFilterArgs, PeopleSuggestionModel } from './people-search.inputs';
import { type PeopleSearchConnection, PeopleSearchService, type PeopleSuggestion } from './people-search.service';

/** The people directory: search (with its total and "did you mean") and the HR export. */
@Resolver(() => UserConnection)
export class PeopleSearchResolver {
  constructor(private readonly search: PeopleSearchService) {}

  @Query(() => UserConnection, { description: 'The people directory.' })
  people(@CurrentActor() actor: Actor, @Args() args: PeopleArgs): Promise<PeopleSearchConnection> {
    return this.search.search(actor, args);
  }

  @Query(() => PeopleExportModel, { description: 'The filtered directory as CSV: HR and admins (FORBIDDEN otherwise).' })
  peopleExport(@CurrentActor() actor: Actor, @Args() args: PeopleFilterArgs): Promise<PeopleExportModel> {
    return this.search.exportCsv(actor, args);
  }

  @ResolveField(() => Int, { description: 'How many people match the filter (all pages); counted only when asked.' })
  totalCount(@Parent() page: PeopleSearchConnection): Promise<number> | number {
    return page.search ? this.search.count(page.search.filter) : page.edges.length;
  }

  @ResolveField(() => PeopleSuggestionModel, { nullable: true, description: 'When the first page is empty: a corrected query or location that finds someone.' })
  didYouMean(@Parent() page: PeopleSearchConnection): Promise<PeopleSuggestion | null> | null {
    return page.search?.firstPageEmpty ? this.search.suggest(page.search.filter) : null;
  }
}
