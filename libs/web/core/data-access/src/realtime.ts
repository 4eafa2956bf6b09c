import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { InvalidationEvent } from '@pillars/shared/types';
import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';

export interface RealtimeOptions {
  debounceMs?: number;
  /** Injected in tests; defaults to a same-origin socket.io connection carrying the session cookie. */
  connect?: () => Socket;
}

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
 * Listens for `invalidate` events ({ type, id, version }, never content) and refetches the active
 * queries, debounced so a burst of events costs one round of requests. A reconnect refetches too,
 * since events may have been missed while offline.
 */
export function connectRealtime(client: ApolloClient, { debounceMs = 300, connect }: RealtimeOptions = {}): () => void {
  const socket = connect ? connect() : io({ path: '/socket.io', withCredentials: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let connectedBefore = false;
  const refetchSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Failures land in each query's own error state, where the page shows them.
      client.refetchQueries({ include: 'active' }).catch(() => undefined);
    }, debounceMs);
  };
  socket.on('invalidate', (event: InvalidationEvent) => {
    refetchSoon();
    notifyInvalidation(client, event);
  });
  socket.on('connect', () => {
    if (connectedBefore) refetchSoon();
    connectedBefore = true;
  });
  // The server drops the socket when the session is revoked: refetching `me` signs the tab out.
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') refetchSoon();
  });
  return () => {
    clearTimeout(timer);
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
 * while mounted. The refetch of active queries happens as before; this only lets a page follow along.
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
