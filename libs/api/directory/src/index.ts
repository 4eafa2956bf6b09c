export * from './entities/organization.entity';
export * from './entities/user.entity';
export * from './entities/team.entity';
export * from './entities/session.entity';
export * from './directory.module';
export * from './directory.events';
export * from './auth/password';
export * from './auth/session-purge.job';
