import { createContext, createElement, useContext, type ReactNode } from 'react';

/** What a notification says about its target (ids only, as the API sends them). */
export interface NotificationTargetRef {
  targetType?: string | null;
  targetId?: string | null;
  /** The notification's `data` (`[{ key, id }]`), e.g. `postId`, `commentId`. */
  data?: readonly { key: string; id: string }[] | null;
}

/** Builds the in-app path of one target type's page, or null when it has none. */
export type NotificationLinkBuilder = (target: { id: string; data: Readonly<Record<string, string>> }) => string | null;
/** Target type (as the API domains register them: `post`, `comment`) → link builder. */
export type NotificationLinks = Readonly<Record<string, NotificationLinkBuilder>>;

/**
 * One registry from every feature's: the notification centre links to targets without importing
 * the features that own them. Two libs claiming one target type is a mistake.
 */
export function mergeNotificationLinks(list: readonly (NotificationLinks | undefined)[]): NotificationLinks {
  const merged: Record<string, NotificationLinkBuilder> = {};
  for (const links of list) {
    for (const [type, build] of Object.entries(links ?? {})) {
      if (type in merged) throw new Error(`Notification target ${type} is linked by two libs`);
      merged[type] = build;
    }
  }
  return merged;
}

/** The path for a notification's target, or null (unknown type, unavailable target). */
export function notificationHref(links: NotificationLinks, n: NotificationTargetRef): string | null {
  if (!n.targetType || !n.targetId) return null;
  const build = links[n.targetType];
  if (!build) return null;
  return build({ id: n.targetId, data: Object.fromEntries((n.data ?? []).map((d) => [d.key, d.id])) });
}

const NotificationLinksContext = createContext<NotificationLinks>({});

export function NotificationLinksProvider({ links, children }: { links: NotificationLinks; children: ReactNode }) {
  return createElement(NotificationLinksContext.Provider, { value: links }, children);
}

/** The link for a notification's target, from the registry the app provides. */
export function useNotificationHref(): (n: NotificationTargetRef) => string | null {
  const links = useContext(NotificationLinksContext);
  return (n) => notificationHref(links, n);
}
