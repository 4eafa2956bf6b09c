import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { InvalidationEvent } from '@pillars/shared/types';
import { useEffect } from 'react';
import { io, type Socket } from 'socket.io-client';

export interface RealtimeOptions {
  debounceMs?: number;
  /** Injected in tests; defaults to a same-origin socket.io connection carrying the session cookie. */
  connect?: () => Socket;
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
  socket.on('invalidate', (_event: InvalidationEvent) => refetchSoon());
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
