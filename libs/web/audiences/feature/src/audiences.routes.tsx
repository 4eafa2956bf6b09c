import { RequireAbility } from '@pillars/web/auth/feature';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';

const loadList = () => import('./saved-audiences-page');
const loadEditor = () => import('./audience-editor-page');
const SavedAudiencesPage = lazy(() => loadList().then((m) => ({ default: m.SavedAudiencesPage })));
const AudienceEditorPage = lazy(() => loadEditor().then((m) => ({ default: m.AudienceEditorPage })));

export const preloadAudiencesPage = () => Promise.all([loadList(), loadEditor()]);

/**
 * The list and a saved audience are open to whoever the API lets see them (the owner, HR,
 * admins; anyone else gets an empty list or "not found"); saving a new one is HR's and admins'.
 */
export const audiencesRoutes: RouteObject[] = [
  { path: 'admin/audiences', element: <SavedAudiencesPage /> },
  { element: <RequireAbility ability="canManageAudiences" />, children: [{ path: 'admin/audiences/new', element: <AudienceEditorPage /> }] },
  { path: 'admin/audiences/:id', element: <AudienceEditorPage /> },
];
