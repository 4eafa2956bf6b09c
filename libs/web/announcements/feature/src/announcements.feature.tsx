import { RequireAbility } from '@pillars/web/auth/feature';
import type { LocaleBundle, WebFeature } from '@pillars/web/core/data-access';
import { announcementsRefetchMap, announcementsTypePolicies } from '@pillars/web/feeds/data-access';
import { IconSpeakerphone } from '@tabler/icons-react';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';

// Both pages are for few people (HR, admins, leads): they load on demand, with the audience picker.
const load = {
  announce: () => import('./announce-page'),
  reach: () => import('./announcement-reach-page'),
};
const AnnouncePage = lazy(() => load.announce().then((m) => ({ default: m.AnnouncePage })));
const AnnouncementReachPage = lazy(() => load.reach().then((m) => ({ default: m.AnnouncementReachPage })));

/** `announcements.*`: kept apart from the feeds' own files. */
export const announcementsLocales: LocaleBundle = { en, ar, he, it };

/** Publishing (HR, admins, team leads) and reach (the author, HR, admins; the API answers NOT_FOUND to others). */
export const announcementsRoutes: RouteObject[] = [
  { element: <RequireAbility ability="canAnnounce" />, children: [{ path: 'announcements/new', element: <AnnouncePage /> }] },
  { path: 'announcements/:id/reach', element: <AnnouncementReachPage /> },
];

export const announcementsFeature: WebFeature = {
  name: 'announcements',
  routes: announcementsRoutes,
  preload: () => Promise.all(Object.values(load).map((page) => page())),
  nav: [{ section: 'people', to: '/announcements/new', label: 'announcements.announce', icon: IconSpeakerphone, ability: 'canAnnounce' }],
  locales: announcementsLocales,
  typePolicies: announcementsTypePolicies,
  refetchMap: announcementsRefetchMap,
};
