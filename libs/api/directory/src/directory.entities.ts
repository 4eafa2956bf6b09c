import { OrganizationEntity } from './entities/organization.entity';
import { SessionEntity } from './entities/session.entity';
import { TeamEntity, TeamMembershipEntity } from './entities/team.entity';
import { UserEntity } from './entities/user.entity';
import { UserTokenEntity } from './entities/user-token.entity';
import { SearchTermEntity } from './entities/search-term.entity';

/** The tables the directory owns; only the directory reads or writes them. */
export const DIRECTORY_ENTITIES = [OrganizationEntity, UserEntity, TeamEntity, TeamMembershipEntity, SessionEntity, UserTokenEntity, SearchTermEntity];
