export * from './wiki.documents';
export { WIKI_PAGE_QUERIES, WIKI_TREE_QUERIES, wikiRefetchMap, wikiTypePolicies } from './wiki.type-policies';
