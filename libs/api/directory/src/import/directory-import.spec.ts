import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { all, appUrl, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, one, type TestOrg, type TestUser } from '@pillars/api/testing';
import { LIMITS } from '@pillars/shared/validation';
import { randomUUID } from 'node:crypto';
import { io } from 'socket.io-client';
import { DirectoryModule } from '../directory.module';

const PREVIEW = `mutation($input: PreviewDirectoryImportInput!) { previewDirectoryImport(input: $input) {
  total toCreate toUpdate unchanged teamsToCreate errorCount errors { line column code message } } }`;
const APPLY = `mutation($input: ApplyDirectoryImportInput!) { applyDirectoryImport(input: $input) { importId total toCreate toUpdate unchanged teamsToCreate } }`;
interface Counts { total: number; toCreate: number; toUpdate: number; unchanged: number; teamsToCreate: number }
interface RowError { line: number; column: string | null; code: string; message: string }
type Preview = Counts & { errorCount: number; errors: RowError[] };
type Applied = Counts & { importId: string };

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  // Let audience refreshes triggered by the imports finish before the database goes away.
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
});

const HEADER = 'email,name,title,team path,manager email,location,locale,start date';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';
const preview = async (user: TestUser, text: string) => gql(app).as(user).send<{ previewDirectoryImport: Preview }>(PREVIEW, { input: { csv: text } });
const apply = async (user: TestUser, text: string, importId?: string) =>
  gql(app).as(user).send<{ applyDirectoryImport: Applied }>(APPLY, { input: { csv: text, importId, mode: 'ALL_OR_NOTHING' } });
const usersOf = (org: TestOrg) =>
  all<{ email: string; name: string; title: string | null; location: string | null; locale: string; start_date: string | null; manager_email: string | null; updated_at: Date; password_hash: string | null }>(
    `SELECT u.email, u.name, u.title, u.location, u.locale, to_char(u.start_date, 'YYYY-MM-DD') AS start_date, m.email AS manager_email, u.updated_at, u.password_hash
       FROM users u LEFT JOIN users m ON m.id = u.manager_id WHERE u.organization_id = $1 ORDER BY u.email`,
    [org.id],
  );
const footprint = async (org: TestOrg) =>
  one<{ users: number; teams: number; memberships: number; events: number; touched: Date }>(
    `SELECT (SELECT count(*)::int FROM users WHERE organization_id = $1) AS users, (SELECT count(*)::int FROM teams WHERE organization_id = $1) AS teams,
            (SELECT count(*)::int FROM team_memberships WHERE organization_id = $1) AS memberships,
            (SELECT count(*)::int FROM domain_events WHERE organization_id = $1) AS events,
            (SELECT max(updated_at) FROM users WHERE organization_id = $1) AS touched`,
    [org.id],
  );

describe('applyDirectoryImport', () => {
  it('creates people, teams along the path, memberships and managers in any row order; names in any script round-trip', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'], email: `admin@${org.slug}.test` });
    const engineering = await buildTeam(org, { name: 'Engineering' });
    const d = `@${org.slug}.test`;
    // BOM, CRLF, shuffled header case, a report listed before their manager, a quoted comma.
    const text = '\uFEFF' + [
      'Name,EMAIL,Title,Team Path,Manager Email,Location,Locale,Start Date',
      `Giulia Bianchi,giulia${d},"Engineer, Platform",engineering/Platform,laila${d},Milano,it,2024-03-01`,
      `ليلى حداد,laila${d},Head of Platform,Engineering/Platform,admin${d},Dubai,ar,2023-01-15`,
      `נועה לוי,noa${d},Designer,Design/Brand,,Tel Aviv,he,`,
    ].join('\r\n') + '\r\n';

    const dry = await preview(admin, text);
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.previewDirectoryImport).toEqual({ total: 3, toCreate: 3, toUpdate: 0, unchanged: 0, teamsToCreate: 3, errorCount: 0, errors: [] });
    expect((await footprint(org))?.users).toBe(1);

    const res = await apply(admin, text);
    expect(res.errors).toBeUndefined();
    expect(res.data?.applyDirectoryImport).toMatchObject({ total: 3, toCreate: 3, toUpdate: 0, unchanged: 0, teamsToCreate: 3, importId: expect.any(String) });
    const users = await usersOf(org);
    expect(users.map(({ email, name, title, location, locale, start_date, manager_email }) => ({ email, name, title, location, locale, start_date, manager_email }))).toEqual([
      { email: `admin${d}`, name: expect.any(String), title: null, location: null, locale: 'en', start_date: null, manager_email: null },
      { email: `giulia${d}`, name: 'Giulia Bianchi', title: 'Engineer, Platform', location: 'Milano', locale: 'it', start_date: '2024-03-01', manager_email: `laila${d}` },
      { email: `laila${d}`, name: 'ليلى حداد', title: 'Head of Platform', location: 'Dubai', locale: 'ar', start_date: '2023-01-15', manager_email: `admin${d}` },
      { email: `noa${d}`, name: 'נועה לוי', title: 'Designer', location: 'Tel Aviv', locale: 'he', start_date: null, manager_email: null },
    ]);
    expect(users.find((u) => u.email === `noa${d}`)?.password_hash).toBeNull();
    // The existing department is reused (case-insensitively); Platform, Design and Brand are new.
    const teams = await all<{ path: string; members: string[] | null }>(
      `WITH RECURSIVE tree AS (SELECT id, name::text AS path FROM teams WHERE organization_id = $1 AND parent_id IS NULL
         UNION ALL SELECT t.id, tree.path || '/' || t.name FROM teams t JOIN tree ON t.parent_id = tree.id)
       SELECT tree.path, (SELECT array_agg(u.email ORDER BY u.email) FROM team_memberships m JOIN users u ON u.id = m.user_id WHERE m.team_id = tree.id) AS members
         FROM tree ORDER BY tree.path`,
      [org.id],
    );
    expect(teams).toEqual([
      { path: 'Design', members: null },
      { path: 'Design/Brand', members: [`noa${d}`] },
      { path: 'Engineering', members: null },
      { path: 'Engineering/Platform', members: [`giulia${d}`, `laila${d}`] },
    ]);
    expect(teams.filter((t) => t.path === 'Engineering')).toHaveLength(1);
    expect(await one(`SELECT 1 FROM teams WHERE id = $1`, [engineering.id])).toBeDefined();
    // Search text includes team names; one event tells audiences to refresh the organisation.
    expect((await one<{ search_text: string }>(`SELECT search_text FROM users WHERE email = $1`, [`giulia${d}`]))?.search_text).toContain('platform');
    const events = await all<{ payload: { userIds: string[]; wholeOrganization: boolean } }>(`SELECT payload FROM domain_events WHERE organization_id = $1 AND type = 'directory.imported'`, [org.id]);
    expect(events).toHaveLength(1);
    expect(events[0].payload.wholeOrganization).toBe(true);
    expect(events[0].payload.userIds).toHaveLength(3);
  });

  it('re-running the same file changes nothing: all unchanged, no updated_at bump, no event', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const d = `@${org.slug}.test`;
    const text = csv(`boss${d},Boss,CEO,Leadership,,Rome,it,2020-01-01`, `ann${d},Ann,CTO,Leadership/Tech,boss${d},Rome,en,2021-06-30`);
    expect((await apply(admin, text)).data?.applyDirectoryImport).toMatchObject({ toCreate: 2, teamsToCreate: 2 });
    const before = await footprint(org);
    const again = await apply(admin, text.replace(`ann${d}`, `ANN${d}`.toUpperCase()));
    expect(again.errors).toBeUndefined();
    expect(again.data?.applyDirectoryImport).toMatchObject({ total: 2, toCreate: 0, toUpdate: 0, unchanged: 2, teamsToCreate: 0 });
    expect(await footprint(org)).toEqual(before);
  });

  it('updates only the person whose title changed, and keeps their other memberships', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const d = `@${org.slug}.test`;
    const text = csv(`a${d},Alice,Engineer,Eng,,,,`, `b${d},Bob,Engineer,Eng,,,,`);
    await apply(admin, text);
    const side = await buildTeam(org, { name: 'Book club' });
    await all(`INSERT INTO team_memberships (team_id, user_id, organization_id) SELECT $1, id, organization_id FROM users WHERE email = $2`, [side.id, `b${d}`]);
    const before = await usersOf(org);
    const res = await apply(admin, csv(`a${d},Alice,Engineer,Eng,,,,`, `b${d},Bob,Staff Engineer,Eng,,,,`));
    expect(res.data?.applyDirectoryImport).toMatchObject({ toCreate: 0, toUpdate: 1, unchanged: 1 });
    const after = await usersOf(org);
    const pick = (rows: typeof before, email: string) => rows.find((u) => u.email === email);
    expect(pick(after, `b${d}`)?.title).toBe('Staff Engineer');
    expect(pick(after, `b${d}`)?.updated_at.getTime()).toBeGreaterThan(pick(before, `b${d}`)?.updated_at.getTime() ?? Infinity);
    expect(pick(after, `a${d}`)?.updated_at).toEqual(pick(before, `a${d}`)?.updated_at);
    expect(pick(after, admin.email)?.updated_at).toEqual(pick(before, admin.email)?.updated_at);
    const bobTeams = await all<{ name: string }>(`SELECT t.name FROM team_memberships m JOIN teams t ON t.id = m.team_id JOIN users u ON u.id = m.user_id WHERE u.email = $1 ORDER BY t.name`, [`b${d}`]);
    expect(bobTeams.map((t) => t.name)).toEqual(['Book club', 'Eng']);
  });

  it('reports bad rows with their file line, column and code, and writes nothing', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const d = `@${org.slug}.test`;
    const text = csv(
      `ok${d},Ok Person,,,,,,`, //                          line 2
      `ghost-report${d},Ghost,,,nobody${d},,,`, //         line 3: unknown manager
      `ok${d},Ok Again,,,,,,`, //                          line 4: duplicate email
      `fr${d},Frédéric,,,,,fr,`, //                        line 5: bad locale
      `x${d},"Multi`, //                                   line 6-7: one record over two lines (10 records in all)
      `line",,,,,,2024-02-30`, //                          bad date
      `c1${d},Cy One,,,c2${d},,,`, //                      line 8: cycle c1 -> c2 -> c1
      `c2${d},Cy Two,,,c1${d},,,`, //                      line 9
      `not-an-email,Nobody,,,,,,`, //                      line 10
      `noname${d},,,,,,,`, //                              line 11
      `long${d},${'x'.repeat(LIMITS.name + 1)},,,,,,`, //   line 12
    );
    const before = await footprint(org);
    const dry = await preview(admin, text);
    expect(dry.errors).toBeUndefined();
    const result = dry.data?.previewDirectoryImport;
    expect(result?.errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 3, column: 'manager email', code: 'UNKNOWN_MANAGER' },
      { line: 4, column: 'email', code: 'DUPLICATE_EMAIL' },
      { line: 5, column: 'locale', code: 'BAD_LOCALE' },
      { line: 6, column: 'start date', code: 'BAD_DATE' },
      { line: 8, column: 'manager email', code: 'MANAGER_CYCLE' },
      { line: 9, column: 'manager email', code: 'MANAGER_CYCLE' },
      { line: 10, column: 'email', code: 'BAD_EMAIL' },
      { line: 11, column: 'name', code: 'MISSING_NAME' },
      { line: 12, column: 'name', code: 'TOO_LONG' },
    ]);
    expect(result).toMatchObject({ total: 10, toCreate: 1, errorCount: 9 });

    const res = await apply(admin, text);
    expect(codeOf(res)).toBe('DIRECTORY_IMPORT_INVALID');
    expect(res.errors?.[0].extensions?.['errorCount']).toBe(9);
    expect(res.errors?.[0].extensions?.['errors']).toEqual(result?.errors);
    expect(await footprint(org)).toEqual(before);
  });

  it('holds cells to the text rule: isolates and embeddings in names are refused per cell, clean values are stored NFC', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const d = `@${org.slug}.test`;
    const text = csv(
      `iso${d},Ana \u2067Rossi\u2069,,,,,,`, //            line 2: isolate controls in a single-line field
      `emb${d},Ben,Chief \u202Bofficer,,,,,`, //            line 3: embedding in the title
      `nfc${d},Jose\u0301 Garci\u0301a,,,,,,`, //          line 4: decomposed accents, stored composed
    );
    const result = (await preview(admin, text)).data?.previewDirectoryImport;
    expect(result?.errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 2, column: 'name', code: 'BAD_TEXT' },
      { line: 3, column: 'title', code: 'BAD_TEXT' },
    ]);
    const res = await gql(app).as(admin).send(APPLY, { input: { csv: text, mode: 'SKIP_REJECTED' } });
    expect(res.errors).toBeUndefined();
    const stored = (await usersOf(org)).filter((u) => u.email !== admin.email);
    expect(stored.map((u) => u.name)).toEqual(['Jos\u00e9 Garc\u00eda']);
  });

  it('refuses a file that would close a manager cycle with people already in the directory', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const boss = await buildUser(org, { name: 'Boss' });
    const report = await buildUser(org, { name: 'Report', managerId: boss.id });
    const res = await apply(admin, csv(`${boss.email},Boss,,,${report.email},,,`));
    expect(codeOf(res)).toBe('DIRECTORY_IMPORT_INVALID');
    expect(res.errors?.[0].extensions?.['errors']).toEqual([expect.objectContaining({ line: 2, code: 'MANAGER_CYCLE' })]);
    expect(await one(`SELECT manager_id FROM users WHERE id = $1`, [boss.id])).toEqual({ manager_id: null });
  });

  it("does not resolve a manager email from another organisation", async () => {
    const org = await buildOrganization();
    const other = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const stranger = await buildUser(other);
    const dry = await preview(admin, csv(`new@${org.slug}.test,New,,,${stranger.email},,,`));
    expect(dry.data?.previewDirectoryImport.errors).toEqual([expect.objectContaining({ line: 2, column: 'manager email', code: 'UNKNOWN_MANAGER' })]);
    expect(codeOf(await apply(admin, csv(`new@${org.slug}.test,New,,,${stranger.email},,,`)))).toBe('DIRECTORY_IMPORT_INVALID');
  });

  it('refuses people other than HR and admins with FORBIDDEN and writes nothing', async () => {
    const org = await buildOrganization();
    const employee = await buildUser(org);
    const text = csv(`new@${org.slug}.test,New,,,,,,`);
    expect(codeOf(await preview(employee, text))).toBe('FORBIDDEN');
    expect(codeOf(await apply(employee, text))).toBe('FORBIDDEN');
    expect((await footprint(org))?.users).toBe(1);
  });

  it('refuses oversized files (bytes or rows) with BAD_USER_INPUT', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const big = csv(`a@${org.slug}.test,${'x'.repeat(LIMITS.importBytes)},,,,,,`);
    const tooBig = await apply(admin, big);
    expect(codeOf(tooBig)).toBe('BAD_USER_INPUT');
    expect(tooBig.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'csv', rule: 'maxBytes' })]);
    const rows = Array.from({ length: LIMITS.importRows + 1 }, (_, i) => `p${i}@${org.slug}.test,P`);
    const tooMany = await preview(admin, ['email,name', ...rows].join('\n'));
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'csv', rule: 'maxRows' })]);
    expect((await footprint(org))?.users).toBe(1);
  });

  it('imports 10,000 rows in one go and reports progress per chunk to the importing admin', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const d = `@${org.slug}.test`;
    // Ten departments of ten teams; everyone reports to the first person of their department.
    const lines = Array.from({ length: 10_000 }, (_, i) => {
      const dept = Math.floor(i / 1000);
      const manager = i % 1000 === 0 ? '' : `p${dept * 1000}${d}`;
      return `p${i}${d},Person ${i},Title ${i % 7},Dept ${dept}/Team ${Math.floor(i / 100) % 10},${manager},City ${i % 5},${['en', 'ar', 'he', 'it'][i % 4]},2024-01-0${(i % 9) + 1}`;
    });
    // Listed bottom-up, so every manager comes after their reports.
    const text = csv(...lines.reverse());
    const socket = io(appUrl(app), { transports: ['websocket'], extraHeaders: { cookie: `pillars_session=${admin.token}` }, reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => socket.once('ready', () => resolve()).once('connect_error', reject));
      expect(await socket.emitWithAck('subscribe', { room: `user:${admin.id}` })).toMatchObject({ ok: true });
      const versions: number[] = [];
      const importId = randomUUID();
      const done = new Promise<void>((resolve) =>
        socket.on('invalidate', (e: { type: string; id: string; version: number }) => {
          if (e.type !== 'DirectoryImport' || e.id !== importId) return;
          versions.push(e.version);
          if (e.version === 10_000) resolve();
        }),
      );
      const res = await apply(admin, text, importId);
      expect(res.errors).toBeUndefined();
      expect(res.data?.applyDirectoryImport).toEqual({ importId, total: 10_000, toCreate: 10_000, toUpdate: 0, unchanged: 0, teamsToCreate: 110 });
      await done;
      expect(versions).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
    } finally {
      socket.disconnect();
    }
    const counts = await one(
      `SELECT count(*)::int AS users, count(manager_id)::int AS managed, (SELECT count(*)::int FROM team_memberships WHERE organization_id = $1) AS memberships
         FROM users WHERE organization_id = $1`,
      [org.id],
    );
    expect(counts).toEqual({ users: 10_001, managed: 9_990, memberships: 10_000 });
  }, 180_000);
});

describe('roles column', () => {
  it('sets roles from the file but never lets admins drop their own ADMIN role', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const text = ['email,name,roles', `hr@${org.slug}.test,Hannah,HR`, `${admin.email},${admin.name},`].join('\n');
    const res = await preview(admin, text);
    expect(res.data?.previewDirectoryImport.errors).toEqual([expect.objectContaining({ line: 3, column: 'roles', code: 'OWN_ADMIN_ROLE' })]);
    const ok = await apply(admin, ['email,name,roles', `hr@${org.slug}.test,Hannah,hr;employee`, `${admin.email},${admin.name},ADMIN`].join('\n'));
    expect(ok.data?.applyDirectoryImport).toMatchObject({ toCreate: 1, unchanged: 1 });
    expect(await one(`SELECT roles FROM users WHERE email = $1`, [`hr@${org.slug}.test`])).toEqual({ roles: ['HR'] });
  });

  it('reports unknown and missing columns on line 1', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const res = await preview(admin, 'emial,name,department\nx@y.test,X,Z\n');
    expect(res.data?.previewDirectoryImport.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, 'emial', 'UNKNOWN_COLUMN'],
      [1, 'department', 'UNKNOWN_COLUMN'],
      [1, 'email', 'MISSING_COLUMN'],
    ]);
  });
});

describe('HR and admin accounts', () => {
  it("lets HR import people records but refuses rows that would change an admin's record; admins may", async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'], name: 'Ada Admin', email: `ada@${org.slug}.test` });
    const d = `@${org.slug}.test`;
    const renamesAdmin = csv(`new${d},New Person,,,,,en,`, `${admin.email},Ada Renamed,Boss,,,,en,`);
    const previewed = await preview(hr, renamesAdmin);
    expect(previewed.data?.previewDirectoryImport.errors).toEqual([expect.objectContaining({ line: 3, column: 'name', code: 'ADMIN_RECORD' })]);
    const before = await footprint(org);
    expect(codeOf(await apply(hr, renamesAdmin))).toBe('DIRECTORY_IMPORT_INVALID');
    expect(await footprint(org)).toEqual(before);
    // A manager change is a change too; a row repeating the admin's record as it is passes (a re-imported export).
    const movesAdmin = ['email,name,manager email', `${admin.email},Ada Admin,${hr.email}`].join('\n');
    expect((await preview(hr, movesAdmin)).data?.previewDirectoryImport.errors).toEqual([expect.objectContaining({ line: 2, column: 'manager email', code: 'ADMIN_RECORD' })]);
    const ok = await apply(hr, ['email,name,title', `new${d},New Person,Analyst`, `${admin.email},Ada Admin,`].join('\n'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.applyDirectoryImport).toMatchObject({ toCreate: 1, unchanged: 1 });
    // Admins keep the right to edit an admin's record by import.
    const byAdmin = await apply(admin, csv(`${admin.email},Ada Renamed,Boss,,,,en,`));
    expect(byAdmin.errors).toBeUndefined();
    expect(await one(`SELECT name, title FROM users WHERE id = $1`, [admin.id])).toEqual({ name: 'Ada Renamed', title: 'Boss' });
  });
});
