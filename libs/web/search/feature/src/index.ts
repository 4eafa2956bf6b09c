export { searchFeature } from './search.feature';
export { searchLocales } from './search.locales';
export { GlobalSearch, SearchPanel } from './global-search';
export { AlreadyDone } from './already-done';
export { SearchSnippet } from './search-snippet';
