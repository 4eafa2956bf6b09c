import { registerEnumType } from '@nestjs/graphql';

/**
 * What a hit is. A domain that becomes searchable adds its kind here (one line, no import of the
 * domain) and registers a `SearchSource` for it (docs/adding-a-domain.md "Searchable rows").
 */
export enum SearchKind {
  PERSON = 'PERSON',
  POST = 'POST',
  PAGE = 'PAGE',
}
registerEnumType(SearchKind, { name: 'SearchKind' });
