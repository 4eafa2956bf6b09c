import type { InvalidationEvent } from '@pillars/shared/types';

/**
 * Socket event type → operation names to refetch (when active) whatever they hold, for events
 * about things a query cannot be seen to hold: a coarse `Directory` event after an import, a
 * team that lists may now include. Each data-access lib owns the map for its own events.
 */
export type RefetchMap = Readonly<Record<string, readonly string[]>>;

/**
 * Event type → lists (operation names) that must not refetch whole because they hold one such
 * entity; the client refetches the entity alone instead (`EntityRefetch`) and the normalised cache
 * updates every list showing it. Lists still refetch on events the refetch map names for them.
 */
export type NarrowRefetchLists = Readonly<Record<string, readonly string[]>>;

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
  /** Events held only by narrowed lists: refetch the entity alone, not the lists. */
  entities: InvalidationEvent[];
  /** Events no active query holds: their cached entities are evicted so a later view fetches them. */
  unheld: InvalidationEvent[];
}

/**
 * The refetch rules, in one place: a change to the signed-in user refetches every active query
 * (roles and status change abilities everywhere); otherwise only the queries holding the changed
 * entity, and those the refetch map names for the event's type. Nothing else is touched.
 */
export function planRefetch<Q extends ActiveQuery>(
  queries: Iterable<Q>,
  events: InvalidationEvent[],
  options: { refetchMap?: RefetchMap; sessionUserId?: string | null; narrow?: NarrowRefetchLists } = {},
): RefetchPlan<Q> {
  const { refetchMap = {}, sessionUserId, narrow = {} } = options;
  const list = [...queries];
  const refetch = new Set<Q>();
  const unheld: InvalidationEvent[] = [];
  const entities: InvalidationEvent[] = [];
  const aboutMe = sessionUserId ? events.some((e) => e.type === 'User' && e.id === sessionUserId) : false;
  for (const event of events) {
    const named = new Set(refetchMap[event.type] ?? []);
    const narrowed = new Set(narrow[event.type] ?? []);
    let held = false;
    let heldByNarrowed = false;
    for (const query of list) {
      const holds = holdsEntity(query.data, event.type, event.id);
      held ||= holds;
      const isNamed = query.queryName !== undefined && named.has(query.queryName);
      if (holds && !aboutMe && !isNamed && query.queryName !== undefined && narrowed.has(query.queryName)) {
        heldByNarrowed = true;
        continue;
      }
      if (aboutMe || holds || isNamed) refetch.add(query);
    }
    if (!held) unheld.push(event);
    else if (heldByNarrowed) entities.push(event);
  }
  return { refetch, unheld, entities };
}
