import { CreateExtensions1767225600000 } from './1767225600000-create-extensions';
import { CreateCoreTables1767225600001 } from './1767225600001-create-core-tables';
import { AddDirectoryIndexes1767225600002 } from './1767225600002-add-directory-indexes';
import { AddAudienceRulesIndex1795602730257 } from './1795602730257-add-audience-rules-index';
import { AddUserSearchFunction1795610000000 } from './1795610000000-add-user-search-function';

/** In order. Never edit a merged migration: add a new one. */
export const MIGRATIONS = [CreateExtensions1767225600000, CreateCoreTables1767225600001, AddDirectoryIndexes1767225600002, AddAudienceRulesIndex1795602730257, AddUserSearchFunction1795610000000];
