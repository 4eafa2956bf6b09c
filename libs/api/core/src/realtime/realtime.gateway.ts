import { Inject, Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { randomUUID } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import { Actor, ACTOR_LOADER, type ActorLoader } from '../auth/actor';
import { readCookie, SESSION_COOKIE } from '../auth/session-token';
import { PRESENCE_ROOMS_PER_SOCKET, RealtimePresence } from './realtime-presence.service';
import { RealtimeService } from './realtime.service';

interface SocketData { actor?: Actor; presence?: Set<string> }

/** What every client event is answered with; failures carry a stable code, never a stack. */
export type SocketAck = { ok: true; room: string } | { ok: false; code: string; room?: string; reference?: string };

const EVENTS = new Set(['subscribe', 'unsubscribe', 'presence.enter', 'presence.leave']);
/** Room names are `<prefix>:<uuid>`; anything much longer is not a room. */
const MAX_ROOM_LENGTH = 80;

/** Exactly `{ room: string }`: any other shape (arrays, extra keys, numbers, null) is refused. */
const readRoom = (body: unknown): string | null => {
  if (typeof body !== 'object' || body === null || Object.getPrototypeOf(body) !== Object.prototype) return null;
  const keys = Object.keys(body);
  const room = (body as { room?: unknown }).room;
  if (keys.length !== 1 || keys[0] !== 'room' || typeof room !== 'string') return null;
  return room.length > 0 && room.length <= MAX_ROOM_LENGTH ? room : null;
};
const BAD_INPUT: SocketAck = { ok: false, code: 'BAD_USER_INPUT' };

/** socket.io at /socket.io: authenticates the session cookie, then joins rooms after a policy check. */
@WebSocketGateway({ cors: false, serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger('Realtime');
  constructor(
    private readonly realtime: RealtimeService,
    private readonly presence: RealtimePresence,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  afterInit(server: Server): void {
    this.realtime.attach(server);
  }

  async handleConnection(socket: Socket): Promise<void> {
    // Only our events are dispatched; any other name is answered here, so a client waiting for an
    // acknowledgement is never left hanging and a client event named `error` is never emitted as
    // the socket's own error event.
    socket.use(([event, ...args], next) => {
      if (typeof event === 'string' && EVENTS.has(event)) return next();
      const ack = args[args.length - 1];
      if (typeof ack === 'function') ack(BAD_INPUT);
    });
    socket.on('error', (e: unknown) => this.logger.warn(`socket ${socket.id}: ${e instanceof Error ? e.message : String(e)}`));
    try {
      const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
      const actor = token ? await this.actors.loadBySessionToken(token).catch(() => null) : null;
      if (!actor) {
        socket.emit('error', { code: 'UNAUTHENTICATED' });
        socket.disconnect(true);
        return;
      }
      (socket.data as SocketData).actor = actor;
      await socket.join([`user:${actor.userId}`, `org:${actor.organizationId}`, `session:${actor.sessionId}`]);
      socket.emit('ready', { userId: actor.userId, organizationId: actor.organizationId });
    } catch (e) {
      this.logger.warn(`connection refused: ${(e as Error).message}`);
      socket.disconnect(true);
    }
  }

  @SubscribeMessage('subscribe')
  subscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    return this.guarded('subscribe', body, async (room) => {
      const actor = (socket.data as SocketData).actor;
      if (!actor) return { ok: false, room, code: 'UNAUTHENTICATED' };
      if (!(await this.realtime.mayJoin(actor, room))) {
        this.logger.debug(`refused ${room} to ${actor.userId}`);
        return { ok: false, room, code: 'FORBIDDEN' };
      }
      await socket.join(room);
      return { ok: true, room };
    });
  }

  @SubscribeMessage('unsubscribe')
  unsubscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    return this.guarded('unsubscribe', body, async (room) => {
      if (!room.startsWith('session:')) await socket.leave(room);
      return { ok: true, room };
    });
  }

  /**
   * Presence (`RealtimePresence`): the first call and every heartbeat re-check the room's read
   * rule, so someone who lost access drops out within one heartbeat. A refused room is answered
   * FORBIDDEN whether it exists or not.
   */
  @SubscribeMessage('presence.enter')
  enterPresence(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    return this.guarded('presence.enter', body, async (room) => {
      const data = socket.data as SocketData;
      if (!data.actor) return { ok: false, room, code: 'UNAUTHENTICATED' };
      const held = (data.presence ??= new Set());
      if (!held.has(room) && held.size >= PRESENCE_ROOMS_PER_SOCKET) return { ok: false, room, code: 'BAD_USER_INPUT' };
      if (!this.presence.accepts(room) || !(await this.realtime.mayJoin(data.actor, room))) {
        if (held.delete(room)) await this.presence.leave(room, data.actor.userId, socket.id);
        return { ok: false, room, code: 'FORBIDDEN' };
      }
      held.add(room);
      await this.presence.enter(room, data.actor.userId, socket.id);
      return { ok: true, room };
    });
  }

  @SubscribeMessage('presence.leave')
  leavePresence(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<SocketAck> {
    return this.guarded('presence.leave', body, async (room) => {
      const data = socket.data as SocketData;
      if (data.actor && data.presence?.delete(room)) await this.presence.leave(room, data.actor.userId, socket.id);
      return { ok: true, room };
    });
  }

  /** A closed tab or a dropped connection (socket.io's own ping timeout) leaves every presence room at once. */
  async handleDisconnect(socket: Socket): Promise<void> {
    const data = socket.data as SocketData;
    const rooms = [...(data.presence ?? [])];
    data.presence?.clear();
    if (!data.actor || rooms.length === 0) return;
    const userId = data.actor.userId;
    await Promise.all(rooms.map((room) => this.presence.leave(room, userId, socket.id))).catch((e: unknown) => this.logger.warn(`presence cleanup for ${socket.id}: ${(e as Error).message}`));
  }

  /**
   * Every room event names one room: a body that does not is answered BAD_USER_INPUT before the
   * handler runs. A failing handler answers INTERNAL with a reference for the log line, and the
   * socket stays up.
   */
  private async guarded(event: string, body: unknown, work: (room: string) => Promise<SocketAck>): Promise<SocketAck> {
    try {
      const room = readRoom(body);
      return room === null ? BAD_INPUT : await work(room);
    } catch (e) {
      const reference = randomUUID();
      this.logger.error(`[${reference}] ${event}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return { ok: false, code: 'INTERNAL', reference };
    }
  }
}
