import { adminFeature } from '@pillars/web/admin/feature';
import { announcementsFeature } from '@pillars/web/announcements/feature';
import { audiencesFeature } from '@pillars/web/audiences/feature';
import { authFeature } from '@pillars/web/auth/feature';
import { mergeEntityRefetchMaps, mergeNotificationLinks, mergeRefetchMaps, mergeTypePolicies, type RealtimeOptions, type WebFeature } from '@pillars/web/core/data-access';
import { directoryFeature } from '@pillars/web/directory/feature';
import { feedsFeature } from '@pillars/web/feeds/feature';
import { notificationsFeature } from '@pillars/web/notifications/feature';
import { policiesFeature } from '@pillars/web/policies/feature';
import { searchFeature } from '@pillars/web/search/feature';
import { trainingFeature } from '@pillars/web/training/feature';
import { wikiFeature } from '@pillars/web/wiki/feature';

/**
 * The one place a web domain registers. Routes, navigation, translations and Apollo cache
 * policies and socket-event refetch maps are composed from this list (app.tsx, nav.config.ts,
 * i18n.ts, main.tsx, the app frame).
 */
export const FEATURES: readonly WebFeature[] = [authFeature, feedsFeature, announcementsFeature, policiesFeature, trainingFeature, wikiFeature, directoryFeature, adminFeature, audiencesFeature, searchFeature, notificationsFeature];

export const typePolicies = mergeTypePolicies(FEATURES.map((f) => f.typePolicies));

/** Module-level: the socket reconnects if the options change. */
export const realtimeOptions: RealtimeOptions = {
  refetchMap: mergeRefetchMaps(...FEATURES.map((f) => f.refetchMap ?? {})),
  entityRefetch: mergeEntityRefetchMaps(...FEATURES.map((f) => f.entityRefetch)),
};

/** Header controls the features contribute, in feature order. */
export const headerItems = FEATURES.flatMap((f) => f.headerItems ?? []);

/** Notification target type → page, from the features that own the targets. */
export const notificationLinks = mergeNotificationLinks(FEATURES.map((f) => f.notificationLinks));
