import { Global, Module, OnModuleInit } from '@nestjs/common';
import { ACTOR_LOADER, Db, RealtimeService } from '@pillars/api/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from './entities/organization.entity';
import { SessionEntity } from './entities/session.entity';
import { TeamEntity, TeamMembershipEntity } from './entities/team.entity';
import { UserEntity } from './entities/user.entity';
import { AuthService } from './auth/auth.service';
import { AuthResolver } from './auth/auth.resolver';
import { UsersService } from './users/users.service';
import { UsersResolver } from './users/users.resolver';
import { TeamsService } from './teams/teams.service';
import { TeamsResolver } from './teams/teams.resolver';
import { DirectoryLoaders } from './directory.loaders';
import { DirectoryRealtimeHandler } from './directory-realtime.handler';
import { SessionPurgeJob } from './auth/session-purge.job';
import { DirectoryImportService } from './import/directory-import.service';
import { DirectoryImportResolver } from './import/directory-import.resolver';

/** People: organisations, users, teams, sessions. Provides the ActorLoader core/auth asks for. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, UserEntity, TeamEntity, TeamMembershipEntity, SessionEntity])],
  providers: [DirectoryRealtimeHandler, SessionPurgeJob, AuthService, AuthResolver, UsersService, UsersResolver, TeamsService, TeamsResolver, DirectoryImportService, DirectoryImportResolver, DirectoryLoaders, { provide: ACTOR_LOADER, useExisting: AuthService }],
  exports: [ACTOR_LOADER, UsersService, TeamsService],
})
export class DirectoryModule implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly db: Db,
  ) {}

  onModuleInit(): void {
    // A team room is readable by anyone in the team's organisation, like the team page.
    this.realtime.registerRoom('team', async (actor, id) => {
      const [team] = await this.db.query(`SELECT 1 FROM teams WHERE id = $1 AND organization_id = $2`, [id, actor.organizationId]);
      return !!team;
    });
  }
}
