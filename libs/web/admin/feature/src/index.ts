export { AdminPeoplePage } from './admin-people-page';
export { AdminTeamsPage } from './admin-teams-page';
export { AdminUserPage } from './admin-user-page';
