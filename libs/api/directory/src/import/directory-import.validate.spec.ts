import { parseImportCsv } from './directory-import.parse';
import { type DirectorySnapshot, planImport } from './directory-import.validate';

const empty: DirectorySnapshot = { users: [], teams: [], memberships: new Set() };
const existing = (id: string, email: string, managerId: string | null = null) =>
  ({ id, email, name: email, title: null, location: null, locale: 'en', managerId, startDate: null, roles: [] });
const plan = async (csv: string, snapshot = empty) => planImport(await parseImportCsv(csv), snapshot, { userId: 'admin', editsAdmins: true });
const codes = (p: Awaited<ReturnType<typeof plan>>) => p.errors.map((e) => [e.line, e.code]);

describe('planImport', () => {
  it('finds a cycle through people who are not in the file', async () => {
    // x -> y exist; the file makes y report to z and z to x: x -> y -> z -> x.
    const snapshot = { ...empty, users: [existing('x', 'x@t.test', 'y'), existing('y', 'y@t.test')] };
    const p = await plan('email,name,manager email\ny@t.test,Y,z@t.test\nz@t.test,Z,x@t.test\n', snapshot);
    expect(codes(p)).toEqual([[2, 'MANAGER_CYCLE'], [3, 'MANAGER_CYCLE']]);
  });

  it('leaves values of absent columns alone and clears values of empty cells', async () => {
    const snapshot = { ...empty, users: [{ ...existing('a', 'a@t.test', null), name: 'A', title: 'Boss', location: 'Rome' }] };
    const p = await plan('email,name,title\nA@T.test,A,\n', snapshot);
    expect(p.counts).toMatchObject({ toUpdate: 1, unchanged: 0 });
    expect(p.users[0]).toMatchObject({ id: 'a', title: null, location: 'Rome', fieldsChanged: true, managerChanged: false });
  });

  it('plans each missing team once, matching existing ones case-insensitively, with its path', async () => {
    const snapshot = { ...empty, teams: [{ id: 't1', parentId: null, name: 'Engineering' }] };
    const p = await plan('email,name,team path\na@t.test,A,engineering/Platform\nb@t.test,B,Engineering/PLATFORM\nc@t.test,C, Sales / EMEA \n', snapshot);
    expect(p.newTeams).toEqual([{ id: expect.any(String), parentId: 't1', name: 'Platform' }, expect.objectContaining({ parentId: null, name: 'Sales' }), expect.objectContaining({ name: 'EMEA' })]);
    expect(p.newTeamPaths).toEqual(['Engineering/Platform', 'Sales', 'Sales/EMEA']);
    expect(p.users.map((u) => u.teamId)).toEqual([p.newTeams[0].id, p.newTeams[0].id, p.newTeams[2].id]);
  });

  it('accepts quoted emails and manager emails with spaces around them', async () => {
    const p = await plan('email,name,manager email\r\n" boss@t.test ",Boss,\r\n"ann@t.test  ",Ann," BOSS@t.test"\r\n');
    expect(p.errors).toEqual([]);
    expect(p.users.map((u) => u.email)).toEqual(['boss@t.test', 'ann@t.test']);
    expect(p.users[1].managerId).toBe(p.users[0].id);
  });

  it('rejects, transitively, the rows whose manager is a new person with a rejected row', async () => {
    const snapshot = { ...empty, users: [existing('old', 'old@t.test')] };
    const p = await plan(
      [
        'email,name,manager email,locale',
        'boss@t.test,Boss,,xx', //          2: bad locale, new: rejected
        'mid@t.test,Mid,boss@t.test,', //   3: reports to a rejected new person
        'low@t.test,Low,mid@t.test,', //    4: ... and so on down the line
        'old@t.test,Old,,xx', //            5: an existing person with a bad row
        'fine@t.test,Fine,old@t.test,', //  6: reports to someone who exists: valid
        'solo@t.test,Solo,,', //            7
      ].join('\n'),
      snapshot,
    );
    expect(codes(p)).toEqual([[2, 'BAD_LOCALE'], [3, 'MANAGER_REJECTED'], [4, 'MANAGER_REJECTED'], [5, 'BAD_LOCALE']]);
    expect(p.errors[1].message).toContain('line 2');
    expect(p.users.map((u) => u.email).sort()).toEqual(['fine@t.test', 'solo@t.test']);
    expect(p.users.find((u) => u.email === 'fine@t.test')?.managerId).toBe('old');
    expect(p.counts).toMatchObject({ total: 6, toCreate: 2, rejected: 4 });
    expect(p.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it('checks cycles against the managers rejected rows keep, not the ones they asked for', async () => {
    // x reports to y today. Row x would move x under nobody but is rejected (bad locale), so x
    // keeps y; row y asks to report to x: with x rejected that closes x -> y -> x.
    const snapshot = { ...empty, users: [existing('x', 'x@t.test', 'y'), existing('y', 'y@t.test')] };
    const p = await plan('email,name,manager email,locale\nx@t.test,X,,xx\ny@t.test,Y,x@t.test,\n', snapshot);
    expect(codes(p)).toEqual([[2, 'BAD_LOCALE'], [3, 'MANAGER_CYCLE']]);
    expect(p.users).toEqual([]);
  });

  it('creates no team for rejected rows only', async () => {
    const p = await plan('email,name,team path,locale\na@t.test,A,Ghost/Town,xx\nb@t.test,B,Real,\n');
    expect(p.newTeamPaths).toEqual(['Real']);
    expect(p.counts.teamsToCreate).toBe(1);
  });

  it('reports rows checked as it goes', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `p${i}@t.test,P${i}`);
    const seen: number[] = [];
    await planImport(await parseImportCsv(['email,name', ...rows].join('\n')), empty, { userId: 'admin', editsAdmins: true }, (n) => seen.push(n));
    expect(seen).toEqual([0, 500, 1000, 1200]);
  });
});
