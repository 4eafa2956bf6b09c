import { Injectable, Logger } from '@nestjs/common';
import type { InvalidationEvent } from '@pillars/shared/types';
import type { Server } from 'socket.io';
import type { Actor } from '../auth/actor';

export type RoomAuthorizer = (actor: Actor, id: string) => Promise<boolean> | boolean;
// A strict UUID: anything else never reaches an authorizer (whose SQL would reject it as an error).
const ROOM = /^([a-z]+):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Rooms and emits. A socket joins a room only if the authorizer registered for its prefix says
 * the actor may read it, the same rule a query applies. Payloads are invalidations, never content.
 */
@Injectable()
export class RealtimeService {
  private readonly logger = new Logger('Realtime');
  private server: Server | null = null;
  private readonly authorizers = new Map<string, RoomAuthorizer>([
    ['user', (actor, id) => actor.userId === id],
    ['org', (actor, id) => actor.organizationId === id],
  ]);

  attach(server: Server): void {
    this.server = server;
  }

  registerRoom(prefix: string, authorizer: RoomAuthorizer): void {
    this.authorizers.set(prefix, authorizer);
  }

  async mayJoin(actor: Actor, room: string): Promise<boolean> {
    const match = ROOM.exec(room);
    if (!match) return false;
    const authorizer = this.authorizers.get(match[1]);
    return authorizer ? (await authorizer(actor, match[2])) === true : false;
  }

  /**
   * Best effort by design: a lost invalidation costs a stale screen until the client's next
   * refetch (every reconnect refetches), so a failed emit is logged and never fails the handler.
   */
  emit(rooms: string | string[], event: InvalidationEvent): void {
    try {
      this.server?.to(rooms).emit('invalidate', { type: event.type, id: event.id, version: event.version });
    } catch (e) {
      this.logger.warn(`emit ${event.type} ${event.id} failed: ${(e as Error).message}`);
    }
  }

  /** Disconnects every socket of a session (sign-out, suspension, password change). */
  disconnectSessions(sessionIds: string[]): void {
    if (!this.server || sessionIds.length === 0) return;
    this.server.in(sessionIds.map((id) => `session:${id}`)).disconnectSockets(true);
  }
}
