// The directory's public surface. Entities, column lists and SQL helpers stay inside: other
// domains use the module, the narrow services, the models and the events below.
export * from './directory.domain';
export * from './directory.module';
export * from './directory.events';
export * from './directory.errors';
export * from './auth/auth.errors';
export * from './auth/password';
export * from './auth/session-purge.job';
export { PeopleDirectory } from './people/people.directory';
export { AccountTokens, accountTokenTtlSeconds } from './auth/account-tokens';
export type { AccountTokenPurpose, IssuedAccountToken } from './auth/account-tokens';
export type { PeopleCriteria, PeopleFacts, PeopleSelection } from './people/people-selection.sql';
export { UserModel } from './users/user.model';
export { SetupService } from './setup/setup.service';
export * from './setup/setup.errors';
export { csvCell } from './import/directory-import.rejected';
