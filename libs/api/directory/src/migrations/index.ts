import { AddUserSearchFunction1795610000000 } from './1795610000000-add-user-search-function';
import { AddUserWriterFunctions1796600000000 } from './1796600000000-add-user-writer-functions';
import { CreateUserTokens1797500000000 } from './1797500000000-create-user-tokens';
import { AddSearchTerms1797860000001 } from './1797860000001-add-search-terms';
import { AddTeamContact1797860000002 } from './1797860000002-add-team-contact';
import { AddUserProfile1798000000000 } from './1798000000000-add-user-profile';
import { AddProfileToUserWriter1798000000001 } from './1798000000001-add-profile-to-user-writer';
import { AddUserSearchVectorIndex1798600000001 } from './1798600000001-add-user-search-vector-index';
import { CoverManagerIndex1798950000000 } from './1798950000000-cover-manager-index';

/** The directory's migrations (its tables' baseline is in core's first migrations). */
export const DIRECTORY_MIGRATIONS = [AddUserSearchFunction1795610000000, AddUserWriterFunctions1796600000000, CreateUserTokens1797500000000, AddSearchTerms1797860000001, AddTeamContact1797860000002, AddUserProfile1798000000000, AddProfileToUserWriter1798000000001, AddUserSearchVectorIndex1798600000001, CoverManagerIndex1798950000000];
