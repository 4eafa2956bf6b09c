export const WIKI_PATH = '/wiki';
export const wikiSpacePath = (spaceKey: string) => `/wiki/${encodeURIComponent(spaceKey)}`;
export const wikiPagePath = (spaceKey: string, slug: string) => `${wikiSpacePath(spaceKey)}/${encodeURIComponent(slug)}`;
export const wikiEditPath = (spaceKey: string, slug: string) => `${wikiPagePath(spaceKey, slug)}/edit`;
export const wikiHistoryPath = (spaceKey: string, slug: string) => `${wikiPagePath(spaceKey, slug)}/history`;
/** A page by its stable id (what `[[page]]` links are stored as): resolves to its current slug. */
export const wikiPageIdPath = (id: string) => `/wiki/page/${encodeURIComponent(id)}`;

/* A slug never holds `_` (letters, digits and dashes only) nor does a space key: these paths never shadow a page or a space. */
export const SPACE_SETTINGS_SEGMENT = '_settings';
export const SPACE_REPORTS_SEGMENT = '_reports';
export const WIKI_TEMPLATES_SEGMENT = 'wiki/_templates';
export const wikiSettingsPath = (spaceKey: string) => `${wikiSpacePath(spaceKey)}/${SPACE_SETTINGS_SEGMENT}`;
export const wikiReportsPath = (spaceKey: string) => `${wikiSpacePath(spaceKey)}/${SPACE_REPORTS_SEGMENT}`;
export const WIKI_TEMPLATES_PATH = `/${WIKI_TEMPLATES_SEGMENT}`;
