import type { RouteObject } from 'react-router-dom';
import { EditProfilePage } from './edit-profile-page';
import { OrgChartPage } from './org-chart-page';
import { OrgOverviewPage } from './org-overview-page';
import { PeopleSearchPage } from './people-search-page';
import { ProfilePage } from './profile-page';
import { TeamMembersPage } from './team-members-page';
import { TeamPage } from './team-page';

/** Signed-in routes of the directory; the app mounts them under its frame. */
export const directoryRoutes: RouteObject[] = [
  { path: 'people', element: <PeopleSearchPage /> },
  { path: 'people/:id', element: <ProfilePage /> },
  // One's own profile: the session says whose, so there is no id to get wrong.
  { path: 'account/profile', element: <EditProfilePage /> },
  { path: 'teams/:id', element: <TeamPage /> },
  // The page checks the team's own `canManageMembers`: leads manage their team, not the others.
  { path: 'teams/:id/members', element: <TeamMembersPage /> },
  { path: 'org-chart', element: <OrgChartPage /> },
  { path: 'org-chart/:id', element: <OrgChartPage /> },
  { path: 'organisation', element: <OrgOverviewPage /> },
];
