export { wikiFeature, wikiLocales, wikiRoutes } from './wiki.feature';
export { WIKI_PATH, wikiPageIdPath, wikiPagePath, wikiSpacePath } from './wiki-paths';
