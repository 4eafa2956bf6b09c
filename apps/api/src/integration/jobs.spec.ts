import type { INestApplication } from '@nestjs/common';
import { JobsService } from '@pillars/api/core';
import { buildOrganization, buildUser, closeTestDb, createTestApp, one, testDb } from '@pillars/api/testing';
import { DOMAIN_MODULES } from '../app/app.module';
import { SESSION_PURGE_QUEUE, SessionPurgeJob as SessionPurgeRunner } from '@pillars/api/directory';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp(DOMAIN_MODULES);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

describe('jobs (pg-boss on the same database)', () => {
  it('runs the session purge through a queue: old revoked sessions go, live ones stay', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    await testDb().query(
      `INSERT INTO sessions (organization_id, user_id, token_hash, expires_at, revoked_at) VALUES ($1, $2, $3, now() + interval '1 day', now() - interval '40 days')`,
      [org.id, user.id, `old-${org.id}`],
    );
    const jobs = app.get(JobsService);
    const done = new Promise<void>((resolve) => {
      void jobs.work(`${SESSION_PURGE_QUEUE}.test`, async () => {
        await app.get(SessionPurgeRunner).run();
        resolve();
      });
    });
    await jobs.send(`${SESSION_PURGE_QUEUE}.test`, { reason: 'test' });
    await done;
    expect(await one(`SELECT 1 FROM sessions WHERE token_hash = $1`, [`old-${org.id}`])).toBeUndefined();
    expect(await one(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id])).toEqual({ n: 1 });
  });
});
