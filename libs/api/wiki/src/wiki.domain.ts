import { defineDomain } from '@pillars/api/core';
import { WIKI_MIGRATIONS } from './migrations';
import { WIKI_ENTITIES } from './wiki.entities';
import { WikiErrorCode } from './wiki.errors';
import { WikiModule } from './wiki.module';

/** The wiki of the Technology pillar: spaces, pages, revisions, links, templates, drafts (DESIGN §4). */
export const wikiDomain = defineDomain({
  name: 'wiki',
  module: WikiModule,
  entities: WIKI_ENTITIES,
  migrations: WIKI_MIGRATIONS,
  errorCodes: [WikiErrorCode],
});
