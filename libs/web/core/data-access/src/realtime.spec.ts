import type { ApolloClient } from '@apollo/client';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectRealtime, onInvalidation } from './realtime';

type Handler = (...args: unknown[]) => void;

function fakeSocket() {
  const handlers = new Map<string, Handler[]>();
  const socket = {
    on: (event: string, handler: Handler) => handlers.set(event, [...(handlers.get(event) ?? []), handler]),
    disconnect: vi.fn(),
  };
  const emit = (event: string, ...args: unknown[]) => handlers.get(event)?.forEach((h) => h(...args));
  return { socket: socket as unknown as Socket, emit, disconnect: socket.disconnect };
}

describe('connectRealtime', () => {
  afterEach(() => vi.useRealTimers());

  it('refetches active queries once per burst of invalidations, and after a reconnect', async () => {
    vi.useFakeTimers();
    const refetchQueries = vi.fn().mockResolvedValue([]);
    const client = { refetchQueries } as unknown as ApolloClient;
    const { socket, emit, disconnect } = fakeSocket();
    const stop = connectRealtime(client, { connect: () => socket, debounceMs: 100 });

    emit('connect');
    emit('invalidate', { type: 'user', id: 'a', version: 1 });
    emit('invalidate', { type: 'team', id: 'b', version: 2 });
    await vi.advanceTimersByTimeAsync(150);
    expect(refetchQueries).toHaveBeenCalledTimes(1);
    expect(refetchQueries).toHaveBeenCalledWith({ include: 'active' });

    emit('connect');
    await vi.advanceTimersByTimeAsync(150);
    expect(refetchQueries).toHaveBeenCalledTimes(2);

    stop();
    expect(disconnect).toHaveBeenCalled();
  });

  it('hands every event to page listeners as well as refetching', async () => {
    vi.useFakeTimers();
    const refetchQueries = vi.fn().mockResolvedValue([]);
    const client = { refetchQueries } as unknown as ApolloClient;
    const { socket, emit } = fakeSocket();
    const stop = connectRealtime(client, { connect: () => socket, debounceMs: 100 });
    const seen: unknown[] = [];
    const unsubscribe = onInvalidation(client, (event) => seen.push(event));

    emit('invalidate', { type: 'DirectoryImport', id: 'i1', version: 5 });
    unsubscribe();
    emit('invalidate', { type: 'DirectoryImport', id: 'i1', version: 10 });
    await vi.advanceTimersByTimeAsync(150);

    expect(seen).toEqual([{ type: 'DirectoryImport', id: 'i1', version: 5 }]);
    expect(refetchQueries).toHaveBeenCalledTimes(1);
    stop();
  });
});
