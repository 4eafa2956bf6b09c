import { Injectable } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { RedisService } from './redis.service';

export interface Limit {
  key: string;
  limit: number;
}

// Decrements only a live, positive counter: a release after the window ended must not leave a
// key without expiry behind.
const RELEASE = `local n = tonumber(redis.call('GET', KEYS[1]) or '0') if n > 0 then return redis.call('DECR', KEYS[1]) end return 0`;

/**
 * Fixed-window counters: in Redis when REDIS_URL is set (shared by every API process), in memory
 * otherwise. A window opens with its first count and lasts `windowSeconds`.
 *
 * For failure-only limits (sign-in): `take` holds one attempt on each limit before the check and
 * refuses once a limit is used up; after a failure the attempts stay counted, after anything else
 * the caller `release`s them. Holding (rather than reading, then counting) keeps a burst of
 * parallel guesses from all passing the check before any of them is counted.
 */
@Injectable()
export class RateLimiter {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();
  constructor(private readonly redis: RedisService) {}

  /** Counts one attempt; `retryAfter` is the seconds left in the window. */
  async count(key: string, windowSeconds: number): Promise<{ count: number; retryAfter: number }> {
    const client = await this.redis.get();
    if (client) {
      const full = redisKey(key);
      // One reply per queued command, in order: INCR, EXPIRE, PTTL.
      const [count, , pttl] = (await client.multi().incr(full).expire(full, windowSeconds, 'NX').pTTL(full).exec()) as unknown as [number, number, number];
      return { count: Number(count), retryAfter: pttl > 0 ? Math.ceil(Number(pttl) / 1000) : windowSeconds };
    }
    const now = Date.now();
    let slot = this.live(key, now);
    if (!slot) {
      slot = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.memory.set(key, slot);
      if (this.memory.size > 100_000) this.sweep(now);
    }
    slot.count += 1;
    return { count: slot.count, retryAfter: Math.max(1, Math.ceil((slot.resetAt - now) / 1000)) };
  }

  /** Counts every attempt (writes, uploads): RATE_LIMITED with `retryAfter` once the limit is passed. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const { count, retryAfter } = await this.count(key, windowSeconds);
    if (count > limit) throw new AppError('RATE_LIMITED', { retryAfter }, 'Too many attempts');
  }

  /**
   * Holds one attempt on every limit, or none: when one is used up, the others are released and
   * RATE_LIMITED carries the longest remaining window in seconds.
   */
  async take(limits: Limit[], windowSeconds: number): Promise<void> {
    const counted = await Promise.all(limits.map(({ key }) => this.count(key, windowSeconds)));
    const over = counted.filter((c, i) => c.count > limits[i].limit);
    if (over.length === 0) return;
    await this.release(limits.map((l) => l.key));
    throw new AppError('RATE_LIMITED', { retryAfter: Math.max(...over.map((c) => c.retryAfter)) }, 'Too many attempts');
  }

  /** Gives back attempts held by `take` (the attempt succeeded, or never reached the check). */
  async release(keys: string[]): Promise<void> {
    const client = await this.redis.get();
    if (client) {
      await Promise.all(keys.map((key) => client.eval(RELEASE, { keys: [redisKey(key)] })));
      return;
    }
    const now = Date.now();
    for (const key of keys) {
      const slot = this.live(key, now);
      if (slot && slot.count > 0) slot.count -= 1;
    }
  }

  async reset(key: string): Promise<void> {
    const client = await this.redis.get();
    if (client) await client.del(redisKey(key));
    this.memory.delete(key);
  }

  private live(key: string, now: number) {
    const slot = this.memory.get(key);
    return slot && slot.resetAt > now ? slot : undefined;
  }

  private sweep(now: number): void {
    for (const [k, v] of this.memory) if (v.resetAt <= now) this.memory.delete(k);
  }
}

const redisKey = (key: string) => `pillars:rl:${key}`;
