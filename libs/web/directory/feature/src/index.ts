export { directoryRoutes } from './directory.routes';
export { OrgChartPage } from './org-chart-page';
export { PeopleSearchPage } from './people-search-page';
export { PersonLink, profilePath, TeamLink, teamPath } from './person-link';
export { PersonPicker, type PersonPickerProps, type PickedPerson } from './person-picker';
export { ProfilePage } from './profile-page';
export { TeamMembersEditor } from './team-members-editor';
export { TeamPage } from './team-page';
export { TeamSelect, type TeamSelectProps } from './team-select';
