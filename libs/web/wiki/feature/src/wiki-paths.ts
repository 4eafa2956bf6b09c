export const WIKI_PATH = '/wiki';
export const wikiSpacePath = (spaceKey: string) => `/wiki/${encodeURIComponent(spaceKey)}`;
export const wikiPagePath = (spaceKey: string, slug: string) => `${wikiSpacePath(spaceKey)}/${encodeURIComponent(slug)}`;
export const wikiEditPath = (spaceKey: string, slug: string) => `${wikiPagePath(spaceKey, slug)}/edit`;
export const wikiHistoryPath = (spaceKey: string, slug: string) => `${wikiPagePath(spaceKey, slug)}/history`;
/** A page by its stable id (what `[[page]]` links are stored as): resolves to its current slug. */
export const wikiPageIdPath = (id: string) => `/wiki/page/${encodeURIComponent(id)}`;
