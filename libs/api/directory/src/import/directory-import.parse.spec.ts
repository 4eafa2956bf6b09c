import { parseImportCsv, PARSE_CHUNK_BYTES } from './directory-import.parse';
import { csvCell, rejectedRowsCsv } from './directory-import.rejected';

const linesOf = async (text: string) => (await parseImportCsv(text)).rows.map((r) => [r.line, r.cells.email]);

describe('parseImportCsv', () => {
  it('reads semicolon files with a BOM, aliased headers and mixed line endings, skipping blank rows', async () => {
    const parsed = await parseImportCsv('\uFEFFE-Mail;Name;Team_Path\r\na@x.test;Ann;A/B\n;;\n\r\nb@x.test;"Bo\nb";\n');
    expect(parsed.errors).toEqual([expect.objectContaining({ code: 'UNKNOWN_COLUMN', column: 'E-Mail' }), expect.objectContaining({ code: 'MISSING_COLUMN', column: 'email' })]);
    const ok = await parseImportCsv('\uFEFFEmail;Name;Team_Path\r\na@x.test;Ann;A/B\n;;\n\r\nb@x.test;"Bo\nb";\nc@x.test;C;\n');
    expect(ok.errors).toEqual([]);
    expect(ok.rows).toEqual([
      { line: 2, cells: { email: 'a@x.test', name: 'Ann', teamPath: 'A/B' } },
      { line: 5, cells: { email: 'b@x.test', name: 'Bo\nb', teamPath: '' } },
      { line: 7, cells: { email: 'c@x.test', name: 'C', teamPath: '' } },
    ]);
  });

  it('counts a CRLF inside quotes as one line, in CRLF and LF files, with or without a BOM', async () => {
    // Same records; line 2-3 hold a quoted two-line title, line 4-6 a three-line one.
    const rows = ['email,name,title', 'a@x.test,Ann,"Head of', 'Platform"', 'b@x.test,Bo,"One', '', 'Three"', 'c@x.test,Cy,', 'd@x.test,Di,"x"'];
    const expected = [[2, 'a@x.test'], [4, 'b@x.test'], [7, 'c@x.test'], [8, 'd@x.test']];
    for (const eol of ['\r\n', '\n', '\r']) {
      for (const bom of ['', '\uFEFF']) {
        expect(await linesOf(bom + rows.join(eol) + eol)).toEqual(expected);
        expect(await linesOf(bom + rows.join(eol))).toEqual(expected);
      }
    }
    // The old count drifted by one per CRLF inside quotes: three of them, three lines off.
    const drift = ['email,name', 'a@x.test,"1\r\n2\r\n3\r\n4"', 'b@x.test,B'].join('\r\n');
    expect(await linesOf(drift)).toEqual([[2, 'a@x.test'], [6, 'b@x.test']]);
  });

  it('keeps exact lines across parser chunks and multi-byte names', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => `p${i}@x.test,"ليلى\r\nحداد ${i}"`);
    const text = ['email,name', ...many].join('\r\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(PARSE_CHUNK_BYTES * 4);
    const rows = (await parseImportCsv(text)).rows;
    expect(rows).toHaveLength(5000);
    expect(rows.every((r, i) => r.line === 2 + 2 * i)).toBe(true);
    expect(rows[4999].cells.name).toBe('ليلى\r\nحداد 4999');
  });

  it('trims every cell the same way, quoted or not', async () => {
    const parsed = await parseImportCsv('email,name,manager email\r\n" ann@x.test ","  Ann  ","\tboss@x.test\u00a0"\r\n  bo@x.test , Bo ,  \r\n');
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      { email: 'ann@x.test', name: 'Ann', managerEmail: 'boss@x.test' },
      { email: 'bo@x.test', name: 'Bo', managerEmail: '' },
    ]);
    // A row of quoted blanks is padding, like ",,".
    expect((await parseImportCsv('email,name\r\n" "," "\r\n')).rows).toEqual([]);
  });

  it('turns broken quoting into a BAD_CSV error on the line where the record starts', async () => {
    expect((await parseImportCsv('email,name\na@x.test,"Ann\n')).errors).toEqual([expect.objectContaining({ code: 'BAD_CSV', line: 2 })]);
    const afterCrlf = await parseImportCsv('email,name\r\na@x.test,"A\r\nB"\r\nb@x.test,"Bo"b"\r\n');
    expect(afterCrlf.errors).toEqual([expect.objectContaining({ code: 'BAD_CSV', line: 4 })]);
    expect(afterCrlf.errors[0].message).not.toMatch(/at line/);
  });

  it('ignores the line and errors columns of a rejected-rows file', async () => {
    const parsed = await parseImportCsv('"email","name","line","errors"\r\n"a@x.test","Ann","7","name: TOO_LONG"\r\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([{ line: 2, cells: { email: 'a@x.test', name: 'Ann' } }]);
  });
});

describe('rejectedRowsCsv', () => {
  it('lists the rejected rows with the file columns, their line and errors, formula-safe', async () => {
    const parsed = await parseImportCsv('Name,Email,Title\r\nx,y,z\r\n');
    const rows = [{ line: 3, cells: { name: '=HYPERLINK("http://evil")', email: '@sum', title: 'Say "hi"' } }, { line: 5, cells: { name: '-1+2', email: '+x', title: 'ok' } }];
    const csv = rejectedRowsCsv(parsed, rows, [
      { line: 3, column: 'email', code: 'BAD_EMAIL' as never, message: '"@sum" is not an email address' },
      { line: 3, column: 'name', code: 'TOO_LONG' as never, message: 'At most 200 characters' },
      { line: 5, column: null, code: 'DUPLICATE_EMAIL' as never, message: '=dup' },
    ]);
    expect(csv?.split('\r\n')).toEqual([
      '"Name","Email","Title","line","errors"',
      `"'=HYPERLINK(""http://evil"")","'@sum","Say ""hi""","3","email: BAD_EMAIL (""@sum"" is not an email address); name: TOO_LONG (At most 200 characters)"`,
      `"'-1+2","'+x","ok","5","row: DUPLICATE_EMAIL (=dup)"`,
      '',
    ]);
    // The file imports again as it is: the extra columns are ignored.
    const again = await parseImportCsv(csv ?? '');
    expect(again.errors).toEqual([]);
    expect(again.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('is null without rejected rows or when the header is wrong', async () => {
    expect(rejectedRowsCsv(await parseImportCsv('email,name\r\n'), [], [])).toBeNull();
    const bad = await parseImportCsv('mail,name\r\na,b\r\n');
    expect(rejectedRowsCsv(bad, [{ line: 2, cells: {} }], bad.errors)).toBeNull();
  });

  it('prefixes every formula start OWASP lists', () => {
    expect(['=1', '+1', '-1', '@1', '\t1', '\r1', '1=', "'1"].map(csvCell)).toEqual([`"'=1"`, `"'+1"`, `"'-1"`, `"'@1"`, `"'\t1"`, `"'\r1"`, '"1="', `"'1"`]);
  });
});
