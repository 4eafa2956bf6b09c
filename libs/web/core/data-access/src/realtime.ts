import type { ApolloClient, DocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { InvalidationEvent } from '@pillars/shared/types';
import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import { liveRoomsOf } from './live-rooms';
import { hasErrorCode } from './app-errors';
import { planRefetch, type RefetchMap } from './refetch-rules';

export interface RealtimeOptions {
  debounceMs?: number;
  /** Injected in tests; defaults to a same-origin socket.io connection carrying the session cookie. */
  connect?: () => Socket;
  /** What to refetch for event types no query visibly holds (see `RefetchMap`); merge the libs' maps. */
  refetchMap?: RefetchMap;
  /** Entity types refetched alone (`post(id)`) instead of the lists that hold them; merge the libs'. */
  entityRefetch?: EntityRefetchMap;
}

/**
 * How to refetch one entity of a type alone, and which lists it spares: the lists' cards are
 * normalised, so the entity's fresh fields reach them. NOT_FOUND evicts the entity (a deleted post
 * leaves every list).
 */
export interface EntityRefetch {
  query: DocumentNode;
  variables: (id: string) => Record<string, unknown>;
  lists: readonly string[];
}
export type EntityRefetchMap = Readonly<Record<string, EntityRefetch>>;

export const mergeEntityRefetchMaps = (...maps: (EntityRefetchMap | undefined)[]): EntityRefetchMap => {
  const merged: Record<string, EntityRefetch> = {};
  for (const map of maps) {
    for (const [type, entry] of Object.entries(map ?? {})) {
      if (type in merged) throw new Error(`Entity refetch for ${type} is defined by two libs`);
      merged[type] = entry;
    }
  }
  return merged;
};

type InvalidationListener = (event: InvalidationEvent) => void;

/** Per-client listeners, so a page can follow events (import progress) on the app's one socket. */
const listeners = new WeakMap<ApolloClient, Set<InvalidationListener>>();

const listenersOf = (client: ApolloClient): Set<InvalidationListener> => {
  let set = listeners.get(client);
  if (!set) listeners.set(client, (set = new Set()));
  return set;
};

/** Calls `listener` for every `invalidate` event the client's socket receives; returns the unsubscribe. */
export function onInvalidation(client: ApolloClient, listener: InvalidationListener): () => void {
  const set = listenersOf(client);
  set.add(listener);
  return () => set.delete(listener);
}

/** Hands an event to the client's page listeners (the socket does this; tests may too). */
export function notifyInvalidation(client: ApolloClient, event: InvalidationEvent): void {
  for (const listener of [...listenersOf(client)]) listener(event);
}

/**
 * Listens for `invalidate` events ({ type, id, version }, never content) and refetches only the
 * active queries that depend on them (`planRefetch`), batched so a burst costs one round of
 * requests (the window opens at the first event); cached entities no active query shows are
 * evicted. Joins the rooms components follow (`useLiveRooms`) on every `ready`. A reconnect
 * refetches every active query once, since events may have been missed while offline.
 */
export function connectRealtime(client: ApolloClient, { debounceMs = 300, connect, refetchMap = {}, entityRefetch = {} }: RealtimeOptions = {}): () => void {
  const narrow = Object.fromEntries(Object.entries(entityRefetch).map(([type, e]) => [type, e.lists]));
  const socket = connect ? connect() : io({ path: '/socket.io', withCredentials: true });
  const rooms = liveRoomsOf(client);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let connectedBefore = false;
  let everything = false;
  let sessionUserId: string | null = null;
  const pending: InvalidationEvent[] = [];
  // Failures land in each query's own error state, where the page shows them.
  const flush = () => {
    const events = pending.splice(0);
    if (everything) {
      everything = false;
      client.refetchQueries({ include: 'active' }).catch(() => undefined);
      return;
    }
    const active = [...client.getObservableQueries('active')].map((query) => ({ query, queryName: query.queryName, data: query.getCurrentResult().data }));
    const plan = planRefetch(active, events, { refetchMap, sessionUserId, narrow });
    const evict = (events: InvalidationEvent[]) => {
      let evicted = false;
      for (const event of events) {
        const id = client.cache.identify({ __typename: event.type, id: event.id });
        if (id) evicted = client.cache.evict({ id }) || evicted;
      }
      if (evicted) client.cache.gc();
    };
    // Evict first: a refetch answered at once may bring the same entity (a new post) into a list.
    evict(plan.unheld);
    const chosen = new Set([...plan.refetch].map((a) => a.query));
    if (chosen.size > 0) client.refetchQueries({ include: 'active', onQueryUpdated: (query) => chosen.has(query) }).catch(() => undefined);
    const seen = new Set<string>();
    for (const event of plan.entities) {
      const entry = entityRefetch[event.type];
      if (!entry || seen.has(`${event.type}:${event.id}`)) continue;
      seen.add(`${event.type}:${event.id}`);
      client.query({ query: entry.query, variables: entry.variables(event.id), fetchPolicy: 'network-only' }).catch((err: unknown) => {
        if (hasErrorCode(err, 'NOT_FOUND')) evict([event]);
      });
    }
  };
  // Not reset by later events: a steady stream (import progress) must not starve a refetch.
  const soon = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      flush();
    }, debounceMs);
  };
  const refetchEverything = () => {
    everything = true;
    soon();
  };
  socket.on('invalidate', (event: InvalidationEvent) => {
    pending.push(event);
    soon();
    notifyInvalidation(client, event);
  });
  socket.on('ready', (session: { userId?: string; organizationId?: string } = {}) => {
    sessionUserId = session.userId ?? null;
    rooms.ready(socket, session);
  });
  socket.on('connect', () => {
    if (connectedBefore) refetchEverything();
    connectedBefore = true;
  });
  socket.on('disconnect', (reason) => {
    rooms.offline();
    // The server drops the socket when the session is revoked: refetching `me` signs the tab out.
    if (reason === 'io server disconnect') refetchEverything();
  });
  return () => {
    clearTimeout(timer);
    timer = undefined;
    rooms.offline();
    socket.disconnect();
  };
}

/** Keeps a socket open while `enabled` (signed in). */
export function useRealtime(enabled: boolean, options?: RealtimeOptions) {
  const client = useApolloClient();
  useEffect(() => (enabled ? connectRealtime(client, options) : undefined), [client, enabled, options]);
}

/**
 * Calls `callback` for each invalidation event matching `filter` (e.g. `{ type: 'DirectoryImport', id }`)
 * while mounted, beside the refetch rules: it lets a page follow events no query holds.
 */
export function useInvalidations(filter: Partial<Pick<InvalidationEvent, 'type' | 'id'>> | null, callback: (event: InvalidationEvent) => void) {
  const client = useApolloClient();
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  const type = filter?.type;
  const id = filter?.id;
  const enabled = filter !== null;
  useEffect(() => {
    if (!enabled) return undefined;
    return onInvalidation(client, (event) => {
      if ((type === undefined || event.type === type) && (id === undefined || event.id === id)) latest.current(event);
    });
  }, [client, enabled, type, id]);
}
