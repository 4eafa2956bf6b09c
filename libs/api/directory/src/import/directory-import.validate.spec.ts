import { parseImportCsv } from './directory-import.parse';
import { type DirectorySnapshot, planImport } from './directory-import.validate';

const empty: DirectorySnapshot = { users: [], teams: [], memberships: new Set() };
const existing = (id: string, email: string, managerId: string | null = null) =>
  ({ id, email, name: email, title: null, location: null, locale: 'en', managerId, startDate: null, roles: [] });

describe('parseImportCsv', () => {
  it('reads semicolon files with a BOM, aliased headers and mixed line endings, skipping blank rows', () => {
    const parsed = parseImportCsv('\uFEFFE-Mail;Name;Team_Path\r\na@x.test;Ann;A/B\n;;\n\r\nb@x.test;"Bo\nb";\n');
    expect(parsed.errors).toEqual([expect.objectContaining({ code: 'UNKNOWN_COLUMN', column: 'E-Mail' }), expect.objectContaining({ code: 'MISSING_COLUMN', column: 'email' })]);
    const ok = parseImportCsv('\uFEFFEmail;Name;Team_Path\r\na@x.test;Ann;A/B\n;;\n\r\nb@x.test;"Bo\nb";\nc@x.test;C;\n');
    expect(ok.errors).toEqual([]);
    expect(ok.rows).toEqual([
      { line: 2, cells: { email: 'a@x.test', name: 'Ann', teamPath: 'A/B' } },
      { line: 5, cells: { email: 'b@x.test', name: 'Bo\nb', teamPath: '' } },
      { line: 7, cells: { email: 'c@x.test', name: 'C', teamPath: '' } },
    ]);
  });

  it('turns broken quoting into a BAD_CSV error with its line instead of throwing', () => {
    expect(parseImportCsv('email,name\na@x.test,"Ann\n').errors).toEqual([expect.objectContaining({ code: 'BAD_CSV', line: 2 })]);
  });
});

describe('planImport', () => {
  it('finds a cycle through people who are not in the file', () => {
    // x -> y exist; the file makes y report to z and z to x: x -> y -> z -> x.
    const snapshot = { ...empty, users: [existing('x', 'x@t.test', 'y'), existing('y', 'y@t.test')] };
    const plan = planImport(parseImportCsv('email,name,manager email\ny@t.test,Y,z@t.test\nz@t.test,Z,x@t.test\n'), snapshot, 'admin');
    expect(plan.errors.map((e) => [e.line, e.code])).toEqual([[2, 'MANAGER_CYCLE'], [3, 'MANAGER_CYCLE']]);
  });

  it('leaves values of absent columns alone and clears values of empty cells', () => {
    const snapshot = { ...empty, users: [{ ...existing('a', 'a@t.test', null), name: 'A', title: 'Boss', location: 'Rome' }] };
    const plan = planImport(parseImportCsv('email,name,title\nA@T.test,A,\n'), snapshot, 'admin');
    expect(plan.counts).toMatchObject({ toUpdate: 1, unchanged: 0 });
    expect(plan.users[0]).toMatchObject({ id: 'a', title: null, location: 'Rome', fieldsChanged: true, managerChanged: false });
  });

  it('plans each missing team once, matching existing ones case-insensitively', () => {
    const snapshot = { ...empty, teams: [{ id: 't1', parentId: null, name: 'Engineering' }] };
    const plan = planImport(parseImportCsv('email,name,team path\na@t.test,A,engineering/Platform\nb@t.test,B,Engineering/PLATFORM\n'), snapshot, 'admin');
    expect(plan.newTeams).toEqual([{ id: expect.any(String), parentId: 't1', name: 'Platform' }]);
    expect(plan.users.map((u) => u.teamId)).toEqual([plan.newTeams[0].id, plan.newTeams[0].id]);
  });
});
