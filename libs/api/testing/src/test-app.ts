import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, configureApp, createApiModule, QueryCounter, readConfig } from '@pillars/api/core';

/** The API over real HTTP on a random port, with the given domain modules, on the test database. */
export async function createTestApp(domains: (Type | DynamicModule)[], overrides: Partial<AppConfig> = {}): Promise<INestApplication> {
  // Tests dispatch events by awaiting `EventsService.kick()`; each app then handles only its own.
  process.env['EVENTS_POLL'] ??= 'off';
  process.env['JOBS'] ??= 'off';
  process.env['COUNT_QUERIES'] ??= 'on';
  const config = { ...readConfig(), ...overrides };
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

/** How many SQL statements `work` caused in this process (see QueryCounter). */
export async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const before = QueryCounter.count;
  await work();
  return QueryCounter.count - before;
}
