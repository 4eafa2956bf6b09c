export { usePageTitle } from './page-title';
export { useSearchParamInput, useSearchParamValue } from './use-search-param';
export { downloadCsv } from './download-csv';
