import { CreateExtensions1767225600000 } from './1767225600000-create-extensions';
import { CreateCoreTables1767225600001 } from './1767225600001-create-core-tables';
import { AddDirectoryIndexes1767225600002 } from './1767225600002-add-directory-indexes';
import { AddTypoMatchFunction1797860000000 } from './1797860000000-add-typo-match-function';

/**
 * Core's migrations: the baseline (extensions, the first tables of every domain, their first
 * indexes: merged history, never edited) and later changes to core's own tables. A domain's
 * migrations live in its lib (`libs/api/<domain>/src/migrations`) and its descriptor lists them;
 * `orderedMigrations` runs them all in timestamp order.
 */
export const CORE_MIGRATIONS = [CreateExtensions1767225600000, CreateCoreTables1767225600001, AddDirectoryIndexes1767225600002, AddTypoMatchFunction1797860000000];
