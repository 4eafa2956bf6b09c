import { Global, Module, OnModuleInit } from '@nestjs/common';
import { ACTOR_LOADER, can, Db, RealtimeService } from '@pillars/api/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DIRECTORY_ENTITIES } from './directory.entities';
// auth.service.ts still throws AUTH_* as literals; this registers their enum with the error mapper.
import './auth/auth.errors';
import { AuthService } from './auth/auth.service';
import { AuthResolver } from './auth/auth.resolver';
import { AccountTokens } from './auth/account-tokens';
import { AccountService } from './auth/account.service';
import { AccountResolver } from './auth/account.resolver';
import { UsersService } from './users/users.service';
import { UsersResolver } from './users/users.resolver';
import { TeamsService } from './teams/teams.service';
import { TeamsResolver } from './teams/teams.resolver';
import { DirectoryLoaders } from './directory.loaders';
import { DirectoryRealtimeHandler } from './directory-realtime.handler';
import { SessionPurgeJob } from './auth/session-purge.job';
import { DirectoryImportService } from './import/directory-import.service';
import { DirectoryImportResolver } from './import/directory-import.resolver';
import { SetupService } from './setup/setup.service';
import { SetupResolver } from './setup/setup.resolver';
import { teamPolicy } from './teams/team.policy';
import { userPolicy } from './users/user.policy';
import { PeopleDirectory } from './people/people.directory';
import { PeopleSearchService } from './people/people-search.service';
import { PeopleSearchResolver } from './people/people-search.resolver';
import { DirectoryAbilitiesResolver } from './viewer-abilities.resolver';
import { ProfileService } from './profile/profile.service';
import { ProfileResolver } from './profile/profile.resolver';

/** People: organisations, users, teams, sessions. Provides the ActorLoader core/auth asks for. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(DIRECTORY_ENTITIES)],
  providers: [DirectoryRealtimeHandler, SessionPurgeJob, AuthService, AuthResolver, AccountTokens, AccountService, AccountResolver, UsersService, UsersResolver, PeopleSearchService, PeopleSearchResolver, TeamsService, TeamsResolver, DirectoryImportService, DirectoryImportResolver, SetupService, SetupResolver, DirectoryAbilitiesResolver, ProfileService, ProfileResolver, DirectoryLoaders, PeopleDirectory, { provide: ACTOR_LOADER, useExisting: AuthService }],
  exports: [ACTOR_LOADER, PeopleDirectory, AccountTokens],
})
export class DirectoryModule implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly db: Db,
    private readonly profile: ProfileService,
  ) {}

  onModuleInit(): void {
    this.profile.registerPhotoReader();
    // Each room is joined after the read check the matching query makes (same organisation today).
    this.realtime.registerRoom('team', async (actor, id) => {
      const [team] = await this.db.query<{ id: string; organizationId: string }>(`SELECT id, organization_id AS "organizationId" FROM teams WHERE id = $1 AND organization_id = $2`, [id, actor.organizationId]);
      return !!team && can(teamPolicy, actor, 'read', team);
    });
    this.realtime.registerRoom('person', async (actor, id) => {
      const [user] = await this.db.query<{ id: string; organizationId: string }>(`SELECT id, organization_id AS "organizationId" FROM users WHERE id = $1 AND organization_id = $2`, [id, actor.organizationId]);
      return !!user && can(userPolicy, actor, 'read', user);
    });
    // The list viewers' room (search, org chart): bulk changes reach them, not every socket.
    this.realtime.registerRoom('directory', (actor, id) => can(userPolicy, actor, 'read', { id: '', organizationId: id }));
  }
}
