import { Inject, Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { Actor, ACTOR_LOADER, type ActorLoader } from '../auth/actor';
import { readCookie, SESSION_COOKIE } from '../auth/session-token';
import { RealtimeService } from './realtime.service';

interface SocketData { actor?: Actor }

/** socket.io at /socket.io: authenticates the session cookie, then joins rooms after a policy check. */
@WebSocketGateway({ cors: false, serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('Realtime');
  constructor(
    private readonly realtime: RealtimeService,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  afterInit(server: Server): void {
    this.realtime.attach(server);
  }

  async handleConnection(socket: Socket): Promise<void> {
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
  }

  @SubscribeMessage('subscribe')
  async subscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<{ ok: boolean; room: string; code?: string }> {
    const actor = (socket.data as SocketData).actor;
    const room = typeof body === 'object' && body && typeof (body as { room?: unknown }).room === 'string' ? (body as { room: string }).room : '';
    if (!actor) return { ok: false, room, code: 'UNAUTHENTICATED' };
    if (!(await this.realtime.mayJoin(actor, room))) {
      this.logger.debug(`refused ${room} to ${actor.userId}`);
      return { ok: false, room, code: 'FORBIDDEN' };
    }
    await socket.join(room);
    return { ok: true, room };
  }

  @SubscribeMessage('unsubscribe')
  async unsubscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: { room?: string }): Promise<{ ok: boolean }> {
    if (body?.room && !body.room.startsWith('session:')) await socket.leave(body.room);
    return { ok: true };
  }
}
