import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';
import { APP_CONFIG, AppConfig } from '../config';

const connect = (url: string) => createClient({ url });
type Client = ReturnType<typeof connect>;

/** One shared Redis connection when REDIS_URL is set; `client` is null otherwise. */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private connecting: Promise<Client | null> | null = null;
  private client: Client | null = null;
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !!this.config.redisUrl;
  }

  async get(): Promise<Client | null> {
    if (!this.config.redisUrl) return null;
    this.connecting ??= (async () => {
      const client = connect(this.config.redisUrl as string);
      client.on('error', (e: Error) => this.logger.error(e.message));
      await client.connect();
      this.client = client;
      return client;
    })();
    return this.connecting;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => undefined);
  }
}
