export { usePageTitle } from './page-title';
export { useUnsavedChanges, type UnsavedChanges } from './unsaved-changes';
export { useSearchParamInput, useSearchParamValue } from './use-search-param';
export { downloadCsv } from './download-csv';
