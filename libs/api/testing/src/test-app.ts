import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { configureApp, createApiModule, readConfig, AppConfig } from '@pillars/api/core';

/** The API over real HTTP on a random port, with the given domain modules, on the test database. */
export async function createTestApp(domains: (Type | DynamicModule)[], overrides: Partial<AppConfig> = {}): Promise<INestApplication> {
  process.env['JOBS'] ??= 'off';
  const config = { ...readConfig({ ...process.env, EVENTS_POLL: 'off' }), ...overrides };
  const moduleRef = await Test.createTestingModule({ imports: [createApiModule(config, domains, true)] }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  await configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  return app;
}

export const appUrl = (app: INestApplication): string => {
  const address = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
};
