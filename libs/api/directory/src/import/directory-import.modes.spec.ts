import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { all, buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, one, type TestOrg, type TestUser } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';
import { parseImportCsv } from './directory-import.parse';

const REPORT = 'total toCreate toUpdate unchanged teamsToCreate newTeamPaths rejectedRows errorCount errors { line column code message } rejectedCsv';
const PREVIEW = `mutation($input: PreviewDirectoryImportInput!) { previewDirectoryImport(input: $input) { ${REPORT} maxNewTeams } }`;
const APPLY = `mutation($input: ApplyDirectoryImportInput!) { applyDirectoryImport(input: $input) { ${REPORT} mode importId } }`;
interface RowError { line: number; column: string | null; code: string; message: string }
interface Report { total: number; toCreate: number; toUpdate: number; unchanged: number; teamsToCreate: number; newTeamPaths: string[]; rejectedRows: number; errorCount: number; errors: RowError[]; rejectedCsv: string | null }
type Mode = 'ALL_OR_NOTHING' | 'SKIP_REJECTED';

// A small cap, so the cap test needs a handful of teams; every other test here stays under it.
const MAX_NEW_TEAMS = 3;
let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule], { importMaxNewTeams: MAX_NEW_TEAMS });
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
});

const preview = (user: TestUser, csv: string) => gql(app).as(user).send<{ previewDirectoryImport: Report & { maxNewTeams: number } }>(PREVIEW, { input: { csv } });
const apply = (user: TestUser, csv: string, mode: Mode) => gql(app).as(user).send<{ applyDirectoryImport: Report & { mode: Mode } }>(APPLY, { input: { csv, mode } });
const people = (org: TestOrg) =>
  all<{ email: string; name: string; title: string | null; locale: string; manager: string | null }>(
    `SELECT u.email, u.name, u.title, u.locale, m.email AS manager FROM users u LEFT JOIN users m ON m.id = u.manager_id WHERE u.organization_id = $1 ORDER BY u.email`,
    [org.id],
  );
const teamNames = async (org: TestOrg) => (await all<{ name: string }>(`SELECT name FROM teams WHERE organization_id = $1 ORDER BY name`, [org.id])).map((t) => t.name);
const setup = async () => {
  const org = await buildOrganization();
  const admin = await buildUser(org, { roles: ['ADMIN'], email: `admin@${org.slug}.test` });
  return { org, admin, d: `@${org.slug}.test` };
};

describe('line numbers and cells over HTTP', () => {
  it('reports the right line after quoted fields holding CRLF, and imports quoted emails with spaces around them', async () => {
    const { org, admin, d } = await setup();
    const text = '\uFEFF' + [
      'email,name,title,manager email',
      `" boss${d} ",Boss,"Chief`, //                    line 2-4: a title over three lines
      `Executive`,
      `Officer",`,
      `"ann${d}  ",Ann,"Two\r\nlines","  boss${d}"`, //   line 5-6 (the CRLF sits inside the quotes)
      `bad-email,Bad,,`, //                              line 7
      `cy${d},Cy,,"nobody${d} "`, //                     line 8
    ].join('\r\n') + '\r\n';
    const dry = await preview(admin, text);
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.previewDirectoryImport.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [7, 'email', 'BAD_EMAIL'],
      [8, 'manager email', 'UNKNOWN_MANAGER'],
    ]);
    const res = await apply(admin, text, 'SKIP_REJECTED');
    expect(res.errors).toBeUndefined();
    expect((await people(org)).filter((p) => p.email !== admin.email)).toEqual([
      // Every column is single-line: line breaks inside a quoted cell become one space.
      { email: `ann${d}`, name: 'Ann', title: 'Two lines', locale: 'en', manager: `boss${d}` },
      { email: `boss${d}`, name: 'Boss', title: 'Chief Executive Officer', locale: 'en', manager: null },
    ]);
  });
});

describe('applyDirectoryImport modes', () => {
  const file = (d: string, existing: string) =>
    [
      'email,name,team path,manager email,locale',
      `lead${d},Lead,Sales,,xx`, //                  2: new, bad locale: rejected
      `rep${d},Rep,Sales/EMEA,lead${d},`, //          3: reports to a rejected new person: rejected
      `${existing},Renamed,Support,,xx`, //           4: exists, bad locale: rejected, left as is
      `fan${d},Fan,Support,${existing},`, //           5: reports to someone who exists: imported
      `=cmd,"=HYPERLINK(""x"")",,,`, //                6: bad email, formula-looking cells
      `ok${d},Ok,,,it`, //                            7
    ].join('\n') + '\n';

  it('SKIP_REJECTED writes the valid rows only, nothing that depends on a rejected one, and lists the rejected rows as CSV', async () => {
    const { org, admin, d } = await setup();
    const old = await buildUser(org, { name: 'Old Name', email: `old${d}` });
    const text = file(d, old.email);

    const dry = await preview(admin, text);
    expect(dry.errors).toBeUndefined();
    const report = dry.data?.previewDirectoryImport;
    expect(report).toMatchObject({ total: 6, toCreate: 2, toUpdate: 0, unchanged: 0, teamsToCreate: 1, newTeamPaths: ['Support'], rejectedRows: 4, errorCount: 4, maxNewTeams: MAX_NEW_TEAMS });
    expect(report?.errors.map((e) => [e.line, e.code])).toEqual([[2, 'BAD_LOCALE'], [3, 'MANAGER_REJECTED'], [4, 'BAD_LOCALE'], [6, 'BAD_EMAIL']]);

    const res = await apply(admin, text, 'SKIP_REJECTED');
    expect(res.errors).toBeUndefined();
    const applied = res.data?.applyDirectoryImport;
    expect(applied).toMatchObject({ mode: 'SKIP_REJECTED', total: 6, toCreate: 2, teamsToCreate: 1, rejectedRows: 4, errorCount: 4 });
    expect(applied?.rejectedCsv).toBe(report?.rejectedCsv);
    expect(await people(org)).toEqual([
      { email: admin.email, name: expect.any(String), title: null, locale: 'en', manager: null },
      { email: `fan${d}`, name: 'Fan', title: null, locale: 'en', manager: old.email },
      { email: `ok${d}`, name: 'Ok', title: null, locale: 'it', manager: null },
      { email: old.email, name: 'Old Name', title: null, locale: 'en', manager: null },
    ]);
    // No team for rejected rows only (Sales, Sales/EMEA), and no membership for the rejected person.
    expect(await teamNames(org)).toEqual(['Support']);
    expect(await one(`SELECT count(*)::int AS n FROM team_memberships WHERE user_id = $1`, [old.id])).toEqual({ n: 0 });

    const csv = applied?.rejectedCsv ?? '';
    expect(csv.split('\r\n')[0]).toBe('"email","name","team path","manager email","locale","line","errors"');
    expect(csv).toContain(`"rep${d}","Rep","Sales/EMEA","lead${d}","","3","manager email: MANAGER_REJECTED (The manager's row (line 2) is rejected`);
    expect(csv).toContain(`"'=cmd","'=HYPERLINK(""x"")","","","","6","email: BAD_EMAIL`);
    // Corrected, the rejected-rows file imports as it is.
    const fixed = csv.replace(/,"xx",/g, ',"en",').replace(`"'=cmd","'=HYPERLINK(""x"")"`, `"cmd${d}","Cmd"`);
    const again = await apply(admin, fixed, 'ALL_OR_NOTHING');
    expect(again.errors).toBeUndefined();
    expect(again.data?.applyDirectoryImport).toMatchObject({ toCreate: 3, toUpdate: 1, rejectedRows: 0, rejectedCsv: null });
    expect((await people(org)).find((p) => p.email === `rep${d}`)).toMatchObject({ manager: `lead${d}` });
  });

  it('ALL_OR_NOTHING writes nothing when any row is rejected', async () => {
    const { org, admin, d } = await setup();
    const old = await buildUser(org, { email: `old${d}` });
    const before = await people(org);
    const res = await apply(admin, file(d, old.email), 'ALL_OR_NOTHING');
    expect(codeOf(res)).toBe('DIRECTORY_IMPORT_INVALID');
    expect(res.errors?.[0].extensions?.['errorCount']).toBe(4);
    expect(await people(org)).toEqual(before);
    expect(await teamNames(org)).toEqual([]);
  });

  it('requires a mode, and refuses a file with a wrong header in either mode', async () => {
    const { org, admin, d } = await setup();
    const noMode = await gql(app).as(admin).send(APPLY, { input: { csv: `email,name\nx${d},X\n` } });
    expect(noMode.errors?.[0].message).toMatch(/mode/);
    for (const mode of ['SKIP_REJECTED', 'ALL_OR_NOTHING'] as const) {
      const res = await apply(admin, `email,nmae\nx${d},X\n`, mode);
      expect(codeOf(res)).toBe('DIRECTORY_IMPORT_INVALID');
    }
    expect((await people(org)).map((p) => p.email)).toEqual([admin.email]);
  });
});

describe('new teams', () => {
  it('previews the teams to create and refuses to apply more than IMPORT_MAX_NEW_TEAMS', async () => {
    const { org, admin, d } = await setup();
    const text = ['email,name,team path', `a${d},A,Ops/North`, `b${d},B,Ops/South`, `c${d},C,Ops/ South `, `e${d},E,Legal`].join('\n');
    const dry = await preview(admin, text);
    expect(dry.data?.previewDirectoryImport).toMatchObject({ teamsToCreate: 4, newTeamPaths: ['Ops', 'Ops/North', 'Ops/South', 'Legal'], maxNewTeams: MAX_NEW_TEAMS, errorCount: 0 });
    for (const mode of ['SKIP_REJECTED', 'ALL_OR_NOTHING'] as const) {
      const res = await apply(admin, text, mode);
      expect(codeOf(res)).toBe('DIRECTORY_IMPORT_TOO_MANY_TEAMS');
      expect(res.errors?.[0].extensions).toMatchObject({ teamsToCreate: 4, maxNewTeams: MAX_NEW_TEAMS, newTeamPaths: ['Ops', 'Ops/North', 'Ops/South', 'Legal'] });
    }
    expect(await teamNames(org)).toEqual([]);
    expect((await people(org)).map((p) => p.email)).toEqual([admin.email]);
    // At the cap it goes through.
    const three = await apply(admin, text.split('\n').slice(0, 4).join('\n'), 'ALL_OR_NOTHING');
    expect(three.data?.applyDirectoryImport).toMatchObject({ teamsToCreate: 3 });
  });

  it('keeps the preview\'s path list short while the count stays exact', async () => {
    const { admin, d } = await setup();
    const rows = Array.from({ length: 60 }, (_, i) => `p${i}${d},P,Team ${String(i).padStart(2, '0')}`);
    const res = await preview(admin, ['email,name,team path', ...rows].join('\n'));
    expect(res.data?.previewDirectoryImport.teamsToCreate).toBe(60);
    expect(res.data?.previewDirectoryImport.newTeamPaths).toHaveLength(50);
    expect((await parseImportCsv(rows.join('\n'))).rows).toHaveLength(59);
  });
});
