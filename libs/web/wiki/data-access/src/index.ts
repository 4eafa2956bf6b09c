export * from './wiki.documents';
export { WIKI_PAGE_QUERIES, WIKI_TREE_QUERIES, wikiPageRoom, wikiRefetchMap, wikiSpaceRoom, wikiTypePolicies } from './wiki.type-policies';
export * from './wiki-live.documents';
