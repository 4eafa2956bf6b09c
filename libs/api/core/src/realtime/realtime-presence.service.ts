import { Injectable, Logger } from '@nestjs/common';
import { PRESENCE, PRESENCE_EVENT_TYPE } from '@pillars/shared/types';
import { RedisService } from '../http/redis.service';
import { RealtimeService } from './realtime.service';

/** Who is present in a room: one entry per (person, socket), each expiring `ttlMs` after its last heartbeat. */
interface PresenceStore {
  /** Records or refreshes an entry; true when it is new (or had expired). */
  touch(room: string, member: string, now: number): Promise<boolean>;
  /** Forgets an entry; true when there was a live one. */
  remove(room: string, member: string, now: number): Promise<boolean>;
  /** The live entries' members. */
  members(room: string, now: number): Promise<string[]>;
}

/** One process (no REDIS_URL): a map of rooms to members and their expiry. */
class MemoryPresenceStore implements PresenceStore {
  private readonly rooms = new Map<string, Map<string, number>>();

  async touch(room: string, member: string, now: number): Promise<boolean> {
    const entries = this.live(room, now) ?? new Map<string, number>();
    this.rooms.set(room, entries);
    const fresh = !entries.has(member);
    entries.set(member, now + PRESENCE.ttlMs);
    return fresh;
  }

  async remove(room: string, member: string, now: number): Promise<boolean> {
    const entries = this.live(room, now);
    const had = entries?.delete(member) ?? false;
    if (entries?.size === 0) this.rooms.delete(room);
    return had;
  }

  async members(room: string, now: number): Promise<string[]> {
    return [...(this.live(room, now)?.keys() ?? [])];
  }

  private live(room: string, now: number): Map<string, number> | undefined {
    const entries = this.rooms.get(room);
    if (!entries) return undefined;
    for (const [member, expires] of entries) if (expires <= now) entries.delete(member);
    if (entries.size === 0) this.rooms.delete(room);
    return entries.size ? entries : undefined;
  }
}

type RedisClient = NonNullable<Awaited<ReturnType<RedisService['get']>>>;
const redisKey = (room: string) => `pillars:presence:${room}`;

/**
 * Shared by every API process (REDIS_URL): a sorted set per room, scored by expiry. Expired
 * members are dropped before each read or write, and the key itself expires with its last member,
 * so a process that crashes leaves nothing behind for longer than the TTL.
 */
class RedisPresenceStore implements PresenceStore {
  constructor(private readonly client: () => Promise<RedisClient>) {}

  async touch(room: string, member: string, now: number): Promise<boolean> {
    const key = redisKey(room);
    const replies = await (await this.client()).multi().zRemRangeByScore(key, '-inf', now).zAdd(key, { score: now + PRESENCE.ttlMs, value: member }).pExpire(key, PRESENCE.ttlMs).exec();
    return Number(replies[1]) > 0;
  }

  async remove(room: string, member: string, now: number): Promise<boolean> {
    const key = redisKey(room);
    const replies = await (await this.client()).multi().zRemRangeByScore(key, '-inf', now).zRem(key, member).exec();
    return Number(replies[1]) > 0;
  }

  async members(room: string, now: number): Promise<string[]> {
    return (await this.client()).zRangeByScore(redisKey(room), `(${now}`, '+inf');
  }
}

/** Presence rooms a socket may hold at once (a tab has a page or two open, never dozens). */
export const PRESENCE_ROOMS_PER_SOCKET = 20;

/**
 * "Ana is editing this page": a signed-in socket announces itself in a room whose prefix a domain
 * registered for presence, after the same read check as joining it (`RealtimeService.mayJoin`).
 * Each change (someone new, someone leaving, a socket dropping) reaches the room as an
 * invalidation `{ type: 'Presence', id: <room> }`; who is present is read through the domain's
 * query (`presentUserIds`), so the socket never carries a name and one read rule applies.
 */
@Injectable()
export class RealtimePresence {
  private readonly logger = new Logger('Presence');
  private readonly prefixes = new Set<string>();
  private readonly store: PresenceStore;

  constructor(
    private readonly realtime: RealtimeService,
    redis: RedisService,
  ) {
    this.store = redis.enabled ? new RedisPresenceStore(async () => (await redis.get()) as RedisClient) : new MemoryPresenceStore();
  }

  /** Allows presence in the rooms `<prefix>:<id>` (joining them still takes the prefix's authorizer). */
  registerPrefix(prefix: string): void {
    this.prefixes.add(prefix);
  }

  accepts(room: string): boolean {
    return this.prefixes.has(room.split(':', 1)[0]);
  }

  /** A heartbeat: records the socket in the room and tells the room when it is new there. */
  async enter(room: string, userId: string, socketId: string, now = Date.now()): Promise<void> {
    if (await this.store.touch(room, `${userId}|${socketId}`, now)) this.changed(room);
  }

  async leave(room: string, userId: string, socketId: string, now = Date.now()): Promise<void> {
    if (await this.store.remove(room, `${userId}|${socketId}`, now)) this.changed(room);
  }

  /** The people present in the room now (each once, however many tabs they have there). */
  async presentUserIds(room: string, now = Date.now()): Promise<string[]> {
    return [...new Set((await this.store.members(room, now)).map((m) => m.split('|', 1)[0]))];
  }

  private changed(room: string): void {
    this.logger.debug(`presence changed in ${room}`);
    this.realtime.emit(room, { type: PRESENCE_EVENT_TYPE, id: room, version: Date.now() });
  }
}
