import type { InvalidationEvent } from '@pillars/shared/types';

/**
 * Socket event type → operation names to refetch (when active) whatever they hold, for events
 * about things a query cannot be seen to hold: a coarse `Directory` event after an import, a
 * team that lists may now include. Each data-access lib owns the map for its own events.
 */
export type RefetchMap = Readonly<Record<string, readonly string[]>>;

export const mergeRefetchMaps = (...maps: RefetchMap[]): RefetchMap => {
  const merged: Record<string, string[]> = {};
  for (const map of maps) for (const [type, names] of Object.entries(map)) merged[type] = [...new Set([...(merged[type] ?? []), ...names])];
  return merged;
};

/** Whether a query result holds the entity (`__typename` and `id`), at any depth. */
export function holdsEntity(data: unknown, type: string, id: string): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record['__typename'] === type && record['id'] === id) return true;
      stack.push(...Object.values(record));
    }
  }
  return false;
}

export interface ActiveQuery {
  readonly queryName?: string;
  /** The query's current result data. */
  readonly data: unknown;
}

export interface RefetchPlan<Q> {
  refetch: Set<Q>;
  /** Events no active query holds: their cached entities are evicted so a later view fetches them. */
  unheld: InvalidationEvent[];
}

/**
 * The refetch rules, in one place: a change to the signed-in user refetches every active query
 * (roles and status change abilities everywhere); otherwise only the queries holding the changed
 * entity, and those the refetch map names for the event's type. Nothing else is touched.
 */
export function planRefetch<Q extends ActiveQuery>(queries: Iterable<Q>, events: InvalidationEvent[], options: { refetchMap?: RefetchMap; sessionUserId?: string | null } = {}): RefetchPlan<Q> {
  const { refetchMap = {}, sessionUserId } = options;
  const list = [...queries];
  const refetch = new Set<Q>();
  const unheld: InvalidationEvent[] = [];
  const aboutMe = sessionUserId ? events.some((e) => e.type === 'User' && e.id === sessionUserId) : false;
  for (const event of events) {
    const named = new Set(refetchMap[event.type] ?? []);
    let held = false;
    for (const query of list) {
      const holds = holdsEntity(query.data, event.type, event.id);
      held ||= holds;
      if (aboutMe || holds || (query.queryName !== undefined && named.has(query.queryName))) refetch.add(query);
    }
    if (!held) unheld.push(event);
  }
  return { refetch, unheld };
}
