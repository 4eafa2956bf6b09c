import type { TypePolicies } from '@apollo/client';
import type { Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import type { LocaleBundle } from './locale-bundles';
import type { NotificationLinks } from './notification-links';
import type { EntityRefetchMap } from './realtime';
import type { RefetchMap } from './refetch-rules';
import type { ViewerAbility } from './use-session';

/** The shell's navigation sections: the three pillars, then administration. */
export type NavSectionId = 'people' | 'governance' | 'technology' | 'administration';

export interface NavEntry {
  section: NavSectionId;
  to: string;
  /** Translation key of the label. */
  label: string;
  icon: Icon;
  /** Shown only when the server grants this ability; to everyone signed in when absent. */
  ability?: ViewerAbility;
}

/**
 * What a web domain contributes to the app. Each feature lib exports one; `apps/web` lists them
 * in one place and composes routes, navigation, translations and cache policies from the list.
 */
export interface WebFeature {
  name: string;
  /** Signed-in pages, inside the app frame. Gate them with `RequireAbility`. */
  routes?: RouteObject[];
  /** Fetches the pages the routes load on demand, ahead of time (tests; prefetching). */
  preload?: () => Promise<unknown>;
  /** Pages outside the frame that need no session (sign-in, first-run setup). */
  publicRoutes?: RouteObject[];
  nav?: NavEntry[];
  /** Small controls the shell shows in the header to signed-in people (the notification bell). */
  headerItems?: ComponentType[];
  locales: LocaleBundle;
  /** Cache policies exported by the feature's data-access lib. */
  typePolicies?: TypePolicies;
  /** Socket event type → queries to refetch, exported by the feature's data-access lib. */
  refetchMap?: RefetchMap;
  /** Entity types refetched alone instead of the lists holding them (see `EntityRefetch`). */
  entityRefetch?: EntityRefetchMap;
  /** Links from notifications to the targets this feature owns, by target type (`post`). */
  notificationLinks?: NotificationLinks;
}

/**
 * One `TypePolicies` from every feature's: fields of one type (`Query.people`, `Query.posts`) come
 * from several libs. Two libs defining the same field, or key fields of the same type, is a mistake.
 */
export function mergeTypePolicies(list: readonly (TypePolicies | undefined)[]): TypePolicies {
  const merged: TypePolicies = {};
  for (const policies of list) {
    for (const [typename, policy] of Object.entries(policies ?? {})) {
      const current = merged[typename];
      if (!current) {
        merged[typename] = { ...policy, fields: { ...policy.fields } };
        continue;
      }
      const { fields, ...rest } = policy;
      for (const key of Object.keys(rest)) {
        if (key in current) throw new Error(`Type policy ${typename}.${key} is defined by two libs`);
      }
      for (const field of Object.keys(fields ?? {})) {
        if (current.fields && field in current.fields) throw new Error(`Type policy ${typename}.fields.${field} is defined by two libs`);
      }
      merged[typename] = { ...current, ...rest, fields: { ...current.fields, ...fields } };
    }
  }
  return merged;
}
