import type { RouteObject } from 'react-router-dom';
import { OrgChartPage } from './org-chart-page';
import { PeopleSearchPage } from './people-search-page';
import { ProfilePage } from './profile-page';
import { TeamPage } from './team-page';

/** Signed-in routes of the directory; the app mounts them under its frame. */
export const directoryRoutes: RouteObject[] = [
  { path: 'people', element: <PeopleSearchPage /> },
  { path: 'people/:id', element: <ProfilePage /> },
  { path: 'teams/:id', element: <TeamPage /> },
  { path: 'org-chart', element: <OrgChartPage /> },
  { path: 'org-chart/:id', element: <OrgChartPage /> },
];
