import { Injectable } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { RedisService } from './redis.service';

/**
 * Fixed-window counters: in Redis when REDIS_URL is set (shared by every API process), in memory
 * otherwise. `hit` counts an attempt and throws RATE_LIMITED once the window's limit is passed.
 */
@Injectable()
export class RateLimiter {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();
  constructor(private readonly redis: RedisService) {}

  async count(key: string, windowSeconds: number): Promise<{ count: number; retryAfter: number }> {
    const client = await this.redis.get();
    if (client) {
      const full = `pillars:rl:${key}`;
      const [count, ttl] = (await client.multi().incr(full).expire(full, windowSeconds, 'NX').ttl(full).exec()) as unknown as [number, number, number];
      return { count: Number(count), retryAfter: Math.max(1, Number(ttl)) };
    }
    const now = Date.now();
    let slot = this.memory.get(key);
    if (!slot || slot.resetAt <= now) {
      slot = { count: 0, resetAt: now + windowSeconds * 1000 };
      this.memory.set(key, slot);
      if (this.memory.size > 100_000) this.sweep(now);
    }
    slot.count += 1;
    return { count: slot.count, retryAfter: Math.ceil((slot.resetAt - now) / 1000) };
  }

  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const { count, retryAfter } = await this.count(key, windowSeconds);
    if (count > limit) throw new AppError('RATE_LIMITED', { retryAfter }, 'Too many attempts');
  }

  async reset(key: string): Promise<void> {
    const client = await this.redis.get();
    if (client) await client.del(`pillars:rl:${key}`);
    this.memory.delete(key);
  }

  private sweep(now: number): void {
    for (const [k, v] of this.memory) if (v.resetAt <= now) this.memory.delete(k);
  }
}
