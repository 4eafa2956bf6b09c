import { adminFeature } from '@pillars/web/admin/feature';
import { audiencesFeature } from '@pillars/web/audiences/feature';
import { authFeature } from '@pillars/web/auth/feature';
import { mergeTypePolicies, type WebFeature } from '@pillars/web/core/data-access';
import { directoryFeature } from '@pillars/web/directory/feature';

/**
 * The one place a web domain registers. Routes, navigation, translations and Apollo cache
 * policies are composed from this list (app.tsx, nav.config.ts, i18n.ts, main.tsx).
 */
export const FEATURES: readonly WebFeature[] = [authFeature, directoryFeature, adminFeature, audiencesFeature];

export const typePolicies = mergeTypePolicies(FEATURES.map((f) => f.typePolicies));
