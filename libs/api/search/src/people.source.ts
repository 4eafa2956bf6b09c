import { Injectable, OnModuleInit } from '@nestjs/common';
import { PeopleDirectory } from '@pillars/api/directory';
import { SearchKind } from './search-kind';
import { SearchRegistry } from './search.registry';

/** People, as the directory lets anyone in the organisation find them (active people). */
@Injectable()
export class PeopleSearchSource implements OnModuleInit {
  constructor(
    private readonly registry: SearchRegistry,
    private readonly people: PeopleDirectory,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      kind: SearchKind.PERSON,
      rowsSql: (ctx) => this.people.searchRowsSql(ctx.actor, ctx.p, { words: ctx.words, prefilter: ctx.mode !== 'suggest' }),
    });
  }
}
