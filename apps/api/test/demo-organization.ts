import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { seedDemoFeed, seedOrganization } from '@pillars/api/demo';
import { closeTestDb, createTestApp, inTestTransaction, signInByEmail, type TestUser } from '@pillars/api/testing';
import type { PoolClient } from 'pg';

export interface DemoOrganization {
  /** The API, once `beforeAll` has run. */
  app: INestApplication;
  orgId: string;
  login(email: string): Promise<TestUser>;
}

/**
 * One fresh organisation seeded as `npm start` seeds the demo (people, teams, the feed, then the
 * pillars `before` lists), and an API over `modules`. `seed` is the seeder under test: it must do
 * its work the first time (true) and find nothing to do the second (false), as on every restart.
 */
export function demoOrganization(o: {
  slug: string;
  modules: (Type | DynamicModule)[];
  seed: (client: PoolClient, organizationId: string) => Promise<boolean>;
  before?: ((client: PoolClient, organizationId: string) => Promise<unknown>)[];
  users?: number;
  teams?: number;
}): DemoOrganization {
  const demo: DemoOrganization = {
    app: undefined as unknown as INestApplication,
    orgId: '',
    login: (email) => signInByEmail(demo.orgId, email),
  };
  beforeAll(async () => {
    demo.app = await createTestApp(o.modules);
    demo.orgId = await inTestTransaction(async (client) => {
      const { organizationId } = await seedOrganization(client, {
        users: o.users ?? 40,
        teams: o.teams ?? 6,
        slug: `${o.slug}-${Date.now().toString(36)}`,
        name: `Pillars Demo (${o.slug})`,
        seed: Date.now() % 1_000_000,
      });
      await seedDemoFeed(client, organizationId);
      for (const step of o.before ?? []) await step(client, organizationId);
      expect(await o.seed(client, organizationId)).toBe(true);
      expect(await o.seed(client, organizationId)).toBe(false);
      return organizationId;
    });
  }, 120_000);
  afterAll(async () => {
    await demo.app?.close();
    await closeTestDb();
  });
  return demo;
}
