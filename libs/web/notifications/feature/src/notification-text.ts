import type { TFunction } from 'i18next';

export interface NotificationActors {
  kind: string;
  actorCount: number;
  actors: { name: string }[];
}

/**
 * The line shown for a notification, from its kind and actors only (the server sends ids, never
 * text): "Ana and 4 others reacted to your post". Kinds without a string use the generic line.
 */
export function notificationText(t: TFunction, n: NotificationActors): string {
  const actor = n.actors[0]?.name ?? t('notifications.someone');
  const others = n.actorCount > 1 ? t('notifications.others', { count: n.actorCount - 1 }) : '';
  return t(`notifications.kinds.${n.kind}`, { actor, others, defaultValue: t('notifications.kinds.generic', { actor, others }) });
}
