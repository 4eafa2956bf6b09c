import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { PRESENCE } from '@pillars/shared/types';
import { useEffect } from 'react';

/** Stands for the signed-in user's organisation in a room name (`directory:{organizationId}`). */
export const ORGANIZATION_PLACEHOLDER = '{organizationId}';

/** The part of a socket the room registry uses (a socket.io client socket fits). */
export interface RoomSocket {
  emit(event: 'subscribe' | 'unsubscribe' | 'presence.enter' | 'presence.leave', body: { room: string }): unknown;
}

/**
 * The rooms this tab follows, counted by how many mounted components want each, so two views of
 * one person never unsubscribe each other. The server forgets a socket's rooms when it drops, so
 * every `ready` (first connect and each reconnect) subscribes them all again.
 */
export class LiveRooms {
  private readonly counts = new Map<string, number>();
  private readonly leaving = new Set<string>();
  private readonly present = new Map<string, number>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private socket: RoomSocket | null = null;
  private organizationId: string | null = null;

  /** The rooms wanted now, as the server names them (for tests and debugging). */
  get rooms(): string[] {
    return [...this.counts.keys()].map((room) => this.resolve(room));
  }

  add(room: string): void {
    const count = this.counts.get(room) ?? 0;
    this.counts.set(room, count + 1);
    // Re-added before its leave went out (a list re-rendering its rows): still joined.
    if (count === 0 && !this.leaving.delete(room)) this.send('subscribe', room);
  }

  remove(room: string): void {
    const count = this.counts.get(room);
    if (!count) return;
    if (count > 1) {
      this.counts.set(room, count - 1);
      return;
    }
    this.counts.delete(room);
    // Leaves wait a microtask: React runs an effect's cleanup and its next run back to back, and a
    // room in both would otherwise be left and joined again on every render that changes the list.
    this.leaving.add(room);
    if (this.leaving.size === 1) queueMicrotask(() => this.flushLeaves());
  }

  private flushLeaves(): void {
    for (const room of this.leaving) this.send('unsubscribe', room);
    this.leaving.clear();
  }

  /**
   * Announces this tab in a room ("editing this page") while some component wants it: at once, on
   * every `ready`, and every heartbeat, since the server forgets a silent tab after `PRESENCE.ttlMs`.
   */
  announce(room: string): void {
    const count = this.present.get(room) ?? 0;
    this.present.set(room, count + 1);
    if (count === 0) this.send('presence.enter', room);
    this.beat();
  }

  withdraw(room: string): void {
    const count = this.present.get(room);
    if (!count) return;
    if (count > 1) {
      this.present.set(room, count - 1);
      return;
    }
    this.present.delete(room);
    this.send('presence.leave', room);
    this.beat();
  }

  /** The socket is authenticated (its `ready` event): (re)join every wanted room. */
  ready(socket: RoomSocket, session: { organizationId?: string }): void {
    this.socket = socket;
    this.organizationId = session.organizationId ?? null;
    for (const room of this.counts.keys()) this.send('subscribe', room);
    for (const room of this.present.keys()) this.send('presence.enter', room);
    this.beat();
  }

  /** Disconnected: rooms are remembered and joined again on the next `ready`. */
  offline(): void {
    this.socket = null;
    this.beat();
  }

  /** A heartbeat runs only while the tab is online and announced somewhere. */
  private beat(): void {
    const wanted = this.socket !== null && this.present.size > 0;
    if (wanted && this.heartbeat === undefined) {
      this.heartbeat = setInterval(() => {
        for (const room of this.present.keys()) this.send('presence.enter', room);
      }, PRESENCE.heartbeatMs);
    } else if (!wanted && this.heartbeat !== undefined) {
      clearInterval(this.heartbeat);
      this.heartbeat = undefined;
    }
  }

  private send(event: 'subscribe' | 'unsubscribe' | 'presence.enter' | 'presence.leave', room: string): void {
    const name = this.resolve(room);
    // A placeholder still unresolved means the socket is not ready; `ready` will send it.
    if (this.socket && !name.includes(ORGANIZATION_PLACEHOLDER)) this.socket.emit(event, { room: name });
  }

  private resolve(room: string): string {
    return this.organizationId ? room.replace(ORGANIZATION_PLACEHOLDER, this.organizationId) : room;
  }
}

const registries = new WeakMap<ApolloClient, LiveRooms>();

/** The room registry of a client's tab (one socket per client). */
export function liveRoomsOf(client: ApolloClient): LiveRooms {
  let rooms = registries.get(client);
  if (!rooms) registries.set(client, (rooms = new LiveRooms()));
  return rooms;
}

/**
 * Follows the socket rooms of what a component shows (`person:<id>`, `team:<id>`) while it is
 * mounted. Falsy entries are skipped, so a room can wait for its id. Joining is checked by the
 * server with the same rule as the query; a refused room simply delivers nothing.
 */
export function useLiveRooms(rooms: readonly (string | null | undefined | false)[]): void {
  const client = useApolloClient();
  const key = [...new Set(rooms.filter((r): r is string => Boolean(r)))].sort().join(' ');
  useEffect(() => {
    if (!key) return undefined;
    const registry = liveRoomsOf(client);
    const list = key.split(' ');
    for (const room of list) registry.add(room);
    return () => {
      for (const room of list) registry.remove(room);
    };
  }, [client, key]);
}

export function useLiveRoom(room: string | null | undefined | false): void {
  useLiveRooms([room]);
}

/** Announces this tab in a presence room (`wikipage:<id>` from the editor) while mounted. */
export function usePresence(room: string | null | undefined | false): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!room) return undefined;
    const registry = liveRoomsOf(client);
    registry.announce(room);
    return () => registry.withdraw(room);
  }, [client, room]);
}
