import { ORGANIZATION_PLACEHOLDER, type RefetchMap } from '@pillars/web/core/data-access';

/** Viewers of one person: their profile or org chart, or a list row showing them. */
export const personRoom = (userId: string) => `person:${userId}`;
/** Viewers of one team: its page. */
export const teamRoom = (teamId: string) => `team:${teamId}`;
/** Viewers of directory lists (search, org chart): bulk changes arrive here as one `Directory` event. */
export const DIRECTORY_ROOM = `directory:${ORGANIZATION_PLACEHOLDER}`;

/**
 * `User:<id>` and `Team:<id>` events refetch the queries that hold that person or team; these
 * are the events whose effect a query result cannot show beforehand.
 */
export const directoryRefetchMap: RefetchMap = {
  // An import or a team move may have changed anything the directory shows.
  Directory: ['PeopleSearch', 'DirectorySearch', 'PeopleSuggestions', 'PeopleExport', 'UserProfile', 'MyProfile', 'OrgChart', 'OrgChartRoots', 'OrgBranch', 'TeamPage', 'TeamChildren', 'TeamTreeRoots', 'TeamTreeBranch', 'TeamOptions', 'TeamOption', 'Departments', 'Locations', 'AdminUser'],
  // A team created or renamed appears in every team picker.
  Team: ['TeamOptions', 'TeamOption', 'Departments'],
};
