// The search platform's public surface: the descriptor and module, the registry a domain plugs
// its rows into, the kinds, the hit model, and the SQL names of the text pipeline.
export * from './search.domain';
export * from './search.module';
export * from './search.errors';
export { SearchKind } from './search-kind';
export { SearchRegistry } from './search.registry';
export type { SearchSource, SearchSourceContext } from './search.registry';
export { SearchHitModel } from './search.models';
export { SEARCH_CANDIDATE_CAP } from './search.service';
