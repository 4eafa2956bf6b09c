export { AdminImportPage } from './admin-import-page';
export { AdminPeoplePage } from './admin-people-page';
export { AdminTeamsPage } from './admin-teams-page';
export { AdminUserPage } from './admin-user-page';
export { adminLocales } from './admin.locales';
