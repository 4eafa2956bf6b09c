import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import { readConfig } from '../config';
import { AppError } from '../errors/app-error';
import { RateLimiter } from './rate-limiter.service';
import { RedisService } from './redis.service';

const redisUrl = process.env['REDIS_URL'] ?? null;
const variants: [string, string | null][] = [['in memory', null], ...(redisUrl ? [['in Redis', redisUrl] as [string, string]] : [])];
const key = () => `test:${randomBytes(6).toString('hex')}`;
const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe.each(variants)('RateLimiter %s', (_, url) => {
  let redis: RedisService;
  let limiter: RateLimiter;
  beforeAll(() => {
    redis = new RedisService({ ...readConfig({ DATABASE_URL: 'postgres://unused' }), redisUrl: url });
    limiter = new RateLimiter(redis);
  });
  afterAll(async () => {
    await redis.onApplicationShutdown();
  });

  it('holds attempts up to the limit, then refuses with the seconds left and without counting the refusal', async () => {
    const k = key();
    for (let i = 0; i < 3; i++) await limiter.take([{ key: k, limit: 3 }], 600);
    const refused = await refusal(limiter.take([{ key: k, limit: 3 }], 600));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.details['retryAfter']).toBeGreaterThan(540);
    expect(refused.details['retryAfter']).toBeLessThanOrEqual(600);
    // One attempt given back makes room for exactly one more.
    await limiter.release([k]);
    await limiter.take([{ key: k, limit: 3 }], 600);
    await refusal(limiter.take([{ key: k, limit: 3 }], 600));
  });

  it('takes from every limit or from none', async () => {
    const [free, full] = [key(), key()];
    await limiter.take([{ key: full, limit: 1 }], 600);
    await refusal(limiter.take([{ key: free, limit: 1 }, { key: full, limit: 1 }], 600));
    await limiter.take([{ key: free, limit: 1 }], 600);
  });
});

(redisUrl ? describe : describe.skip)('RateLimiter in Redis, key lifetime', () => {
  let redis: RedisService;
  let limiter: RateLimiter;
  let raw: ReturnType<typeof createClient>;
  beforeAll(async () => {
    redis = new RedisService({ ...readConfig({ DATABASE_URL: 'postgres://unused' }), redisUrl });
    limiter = new RateLimiter(redis);
    raw = createClient({ url: redisUrl as string });
    await raw.connect();
  });
  afterAll(async () => {
    await raw.quit();
    await redis.onApplicationShutdown();
  });

  it('never leaves a counter without expiry behind, even when released after its window ended', async () => {
    const k = key();
    await limiter.take([{ key: k, limit: 5 }], 600);
    expect(await raw.pTTL(`pillars:rl:${k}`)).toBeGreaterThan(0);
    await raw.del(`pillars:rl:${k}`);
    await limiter.release([k]);
    expect(await raw.exists(`pillars:rl:${k}`)).toBe(0);
  });
});
