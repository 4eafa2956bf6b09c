import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { addMember, appUrl, buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, one, testDb, type TestUser } from '@pillars/api/testing';
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { DirectoryModule } from '../directory.module';

const PREVIEW = `mutation($input: PreviewDirectoryImportInput!) { previewDirectoryImport(input: $input) { total toCreate errorCount } }`;
const APPLY = `mutation($input: ApplyDirectoryImportInput!) { applyDirectoryImport(input: $input) { toCreate toUpdate } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id title } } }`;
const ME = `{ me { id } }`;

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
});

/** Polls a condition (never a fixed sleep): the caller waits for a state, not for a time. */
const waitFor = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('a large preview does not hold the process', () => {
  it('answers a concurrent me while a 10,000-row preview is being checked', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const colleague = await buildUser(org);
    const d = `@${org.slug}.test`;
    const rows = Array.from({ length: 10_000 }, (_, i) => `p${i}${d},Person ${i},Dept ${i % 10}/Team ${i % 100},${i % 1000 === 0 ? '' : `p${i - (i % 1000)}${d}`}`);
    const csv = ['email,name,team path,manager email', ...rows].join('\n');
    const socket = io(appUrl(app), { transports: ['websocket'], extraHeaders: { cookie: `pillars_session=${admin.token}` }, reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => socket.once('ready', () => resolve()).once('connect_error', reject));
      expect(await socket.emitWithAck('subscribe', { room: `user:${admin.id}` })).toMatchObject({ ok: true });
      const importId = randomUUID();
      const checking = new Promise<void>((resolve) => socket.on('invalidate', (e: { type: string; id: string }) => e.type === 'DirectoryImport' && e.id === importId && resolve()));
      const finished: string[] = [];
      const previewing = gql(app).as(admin).send<{ previewDirectoryImport: { total: number; errorCount: number } }>(PREVIEW, { input: { csv, importId } }).then((res) => {
        finished.push('preview');
        return res;
      });
      // The first progress event says the rows are being checked: the preview is under way.
      await checking;
      const me = await gql(app).as(colleague).send<{ me: { id: string } }>(ME);
      finished.push('me');
      expect(me.data?.me?.id).toBe(colleague.id);
      const res = await previewing;
      expect(res.data?.previewDirectoryImport).toEqual({ total: 10_000, toCreate: 10_000, errorCount: 0 });
      expect(finished).toEqual(['me', 'preview']);
    } finally {
      socket.disconnect();
    }
  }, 120_000);
});

// PGlite runs one transaction at a time across all connections, so any concurrent edit waits
// for the import there whatever it locks: row locks can only be observed on PostgreSQL.
const onPostgres = process.env['PILLARS_TEST_DB'] !== 'embedded';
(onPostgres ? describe : describe.skip)('row locks of an apply (PostgreSQL only: PGlite serialises transactions)', () => {
  it('lets an unrelated edit through while the import holds its rows, and makes edits of the rows it depends on wait', async () => {
    const org = await buildOrganization();
    const [admin, editor] = [await buildUser(org, { roles: ['ADMIN'] }), await buildUser(org, { roles: ['ADMIN'] })];
    const boss = await buildUser(org, { name: 'Boss' });
    const inFile = await buildUser(org, { name: 'In File', managerId: boss.id });
    const bystander = await buildUser(org, { name: 'Bystander' });
    const team = await buildTeam(org, { name: 'Support' });
    await addMember(team, bystander.id);
    const d = `@${org.slug}.test`;
    const csv = ['email,name,title,team path,manager email', `${inFile.email},In File,Lead,Support,${boss.email}`, `new${d},New,,Support,${boss.email}`].join('\n');

    // Hold the team row so the import stops at its membership insert, with its user locks taken.
    const blocker = await testDb().connect();
    const edit = (user: TestUser, title: string) => gql(app).as(editor).send(UPDATE_USER, { input: { id: user.id, title } });
    const waitingOn = async (pid: number) =>
      (await one<{ pid: number; n: number }>(`SELECT min(pid) AS pid, count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid])) ?? { pid: 0, n: 0 };
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM teams WHERE id = $1 FOR UPDATE', [team.id]);
      const blockerPid = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const finished: string[] = [];
      const importing = gql(app).as(admin).send(APPLY, { input: { csv, mode: 'ALL_OR_NOTHING' } }).then((res) => {
        finished.push('import');
        return res;
      });
      let importPid = 0;
      await waitFor(async () => {
        importPid = (await waitingOn(blockerPid)).pid;
        return importPid > 0;
      });

      // Someone the file does not name, outside every manager line it reads: not blocked. Were it
      // blocked, it would wait on the import's backend, which the race below notices.
      const unrelated = edit(bystander, 'Still editable');
      const outcome = await Promise.race([unrelated.then(() => 'done'), waitFor(async () => (await waitingOn(importPid)).n > 0).then(() => 'blocked')]);
      expect(outcome).toBe('done');
      expect((await unrelated).errors).toBeUndefined();

      // A person in the file, and the manager whose line the cycle check read: both wait.
      const related = [edit(inFile, 'Changed meanwhile'), edit(boss, 'CEO')].map((p) =>
        p.then((res) => {
          finished.push('edit');
          return res;
        }),
      );
      await waitFor(async () => (await waitingOn(importPid)).n === 2);
      expect(finished).toEqual([]);
      await blocker.query('COMMIT');
      expect((await importing).errors).toBeUndefined();
      for (const res of await Promise.all(related)) expect(res.errors).toBeUndefined();
      expect(finished).toEqual(['import', 'edit', 'edit']);
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      blocker.release();
    }
    // The edit that waited ran after the import, on the imported row.
    expect(await one(`SELECT title, manager_id FROM users WHERE id = $1`, [inFile.id])).toEqual({ title: 'Changed meanwhile', manager_id: boss.id });
    expect(await one(`SELECT title FROM users WHERE id = $1`, [bystander.id])).toEqual({ title: 'Still editable' });
  });
});
