import type { INestApplication } from '@nestjs/common';
import { Db, EventsService } from '@pillars/api/core';
import { all, buildOrganization, closeTestDb, createTestApp } from '@pillars/api/testing';
import { DOMAIN_MODULES } from '../app/app.module';

let app: INestApplication;
let events: EventsService;
let db: Db;
const seen: string[] = [];

beforeAll(async () => {
  app = await createTestApp(DOMAIN_MODULES);
  events = app.get(EventsService);
  db = app.get(Db);
  events.on('test.recorder', ['test.happened'], async (event) => {
    seen.push(String(event.payload['marker']));
  });
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

describe('outbox', () => {
  it('delivers an event after commit, once, even when it is claimed again after a crash', async () => {
    const org = await buildOrganization();
    const marker = `m-${org.id}`;
    await db.transaction((tx) => events.append(tx, { organizationId: org.id, type: 'test.happened', payload: { marker } }));
    await events.kick();
    expect(seen.filter((m) => m === marker)).toHaveLength(1);

    // Simulate a process that crashed after running the handler but before marking the event done.
    const rows = await all<{ id: string }>(`UPDATE domain_events SET dispatched_at = NULL, claimed_until = NULL WHERE organization_id = $1 RETURNING id`, [org.id]);
    expect(rows).toHaveLength(1);
    await events.retry(rows.map((r) => r.id));
    expect(await all(`SELECT 1 FROM domain_events WHERE organization_id = $1 AND dispatched_at IS NOT NULL`, [org.id])).toHaveLength(1);
    expect(seen.filter((m) => m === marker)).toHaveLength(1);
    expect(await all(`SELECT handler FROM processed_events p JOIN domain_events e ON e.id = p.event_id WHERE e.organization_id = $1`, [org.id])).toEqual([{ handler: 'test.recorder' }]);
  });

  it('never delivers the event of a rolled-back command', async () => {
    const org = await buildOrganization();
    const marker = `rolled-back-${org.id}`;
    await expect(
      db.transaction(async (tx) => {
        await events.append(tx, { organizationId: org.id, type: 'test.happened', payload: { marker } });
        throw new Error('validation failed after the append');
      }),
    ).rejects.toThrow('validation failed');
    await events.kick();
    expect(seen).not.toContain(marker);
    expect(await all(`SELECT 1 FROM domain_events WHERE organization_id = $1`, [org.id])).toHaveLength(0);
  });
});
