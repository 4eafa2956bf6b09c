import { act, configure, fireEvent, screen, within } from '@testing-library/react';
import { notifyInvalidation } from '@pillars/web/core/data-access';
import { ApplyDirectoryImportDocument, PreviewDirectoryImportDocument } from '@pillars/web/directory/data-access';
import { GraphQLError } from 'graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { meMock, type Mock, preloadPages, renderApp, signedInUser } from '../testing/render-app';

beforeAll(preloadPages);

const admin = { ...signedInUser, roles: ['ADMIN' as const] };
const CSV = 'email,name\nnoa@pillars.demo,Noa Levi\n';
const IMPORT_ID = '11111111-2222-4333-8444-555555555555';
const REJECTED_CSV = '"email","name","line","errors"\r\n"\'=bad","Bad","3","email: BAD_EMAIL (x)"\r\n';

type RowError = { line: number; column: string | null; code: string; message: string };
const counts = { total: 4, toCreate: 3, toUpdate: 1, unchanged: 0, teamsToCreate: 1, newTeamPaths: ['Design'], rejectedRows: 0 };
const report = (errors: RowError[], over: Partial<typeof counts> = {}) => ({
  ...counts,
  ...over,
  errorCount: errors.length,
  errors: errors.map((e) => ({ __typename: 'DirectoryImportRowError', ...e })),
  rejectedCsv: errors.length > 0 ? REJECTED_CSV : null,
});
const preview = (errors: RowError[], over: Partial<typeof counts> & { maxNewTeams?: number } = {}): Mock => ({
  request: { query: PreviewDirectoryImportDocument, variables: { input: { csv: CSV } } },
  result: { data: { previewDirectoryImport: { __typename: 'PreviewDirectoryImportPayload', maxNewTeams: 200, ...report(errors, over) } } },
});
const applied = (mode: string, errors: RowError[] = [], over: Partial<typeof counts> = {}, delay?: number): Mock => ({
  request: { query: ApplyDirectoryImportDocument, variables: { input: { csv: CSV, importId: IMPORT_ID, mode } } },
  result: { data: { applyDirectoryImport: { __typename: 'ApplyDirectoryImportPayload', importId: IMPORT_ID, mode, ...report(errors, over) } } },
  delay,
});
const BAD_EMAIL = { line: 3, column: 'email', code: 'BAD_EMAIL', message: '"=bad" is not an email address' };

const chooseFile = async (container: HTMLElement, heading = 'Import people') => {
  await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 10_000 });
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([`\uFEFF${CSV}`], 'people.csv', { type: 'text/csv' })] } });
};
const importButton = (name = 'Import 4 people') => screen.getByRole('button', { name }) as HTMLButtonElement;

// The first test pays for compiling the lazily loaded admin routes, and files are read
// asynchronously: wait for conditions longer than the default second on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });

describe('directory import', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the dry run counts and translated row errors, and refuses to apply until a choice allows it', async () => {
    const { container } = renderApp({
      route: '/admin/import',
      mocks: [
        meMock(admin, { canImport: true }),
        preview(
          [
            { line: 3, column: 'manager email', code: 'UNKNOWN_MANAGER', message: 'No person with email x@y.z' },
            { line: 4, column: null, code: 'DUPLICATE_EMAIL', message: 'Duplicate of line 2' },
          ],
          { rejectedRows: 2, toCreate: 1, toUpdate: 1 },
        ),
      ],
    });
    await chooseFile(container);
    expect(await screen.findByText('Fix 2 errors before importing')).toBeTruthy();
    expect(screen.getByText('People to add').nextElementSibling?.textContent).toBe('1');
    expect(screen.getByText('Rows rejected').nextElementSibling?.textContent).toBe('2');
    expect(screen.getByText('No one in the directory or the file has this manager email.')).toBeTruthy();
    expect(screen.getByText('This email appears on more than one row.')).toBeTruthy();
    // The API's English detail never shows under the translated message.
    expect(screen.queryByText('No person with email x@y.z')).toBeNull();

    // Importing nothing is chosen at first, so the button stays off; skipping turns it on.
    const choice = screen.getByRole('radiogroup', { name: 'Rows with errors' });
    const nothing = within(choice).getByRole('radio', { name: 'Import nothing until the file is fixed' }) as HTMLInputElement;
    const skip = within(choice).getByRole('radio', { name: 'Import the 2 valid rows and skip the 2 rejected ones' }) as HTMLInputElement;
    expect(nothing.checked).toBe(true);
    expect(importButton('Import 2 people').disabled).toBe(true);
    fireEvent.click(skip);
    expect(skip.checked).toBe(true);
    expect(importButton('Import 2 people').disabled).toBe(false);
  });

  it('applies with an import id and the all-or-nothing mode, follows progress events, then shows the result', async () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue(IMPORT_ID);
    const { container, client } = renderApp({ route: '/admin/import', mocks: [meMock(admin, { canImport: true }), preview([]), applied('ALL_OR_NOTHING', [], {}, 300)] });
    await chooseFile(container);
    expect(await screen.findByText('The file has no errors and is ready to import.')).toBeTruthy();
    // Without rejected rows there is nothing to choose and nothing to download.
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download rejected rows (CSV)' })).toBeNull();

    fireEvent.click(importButton());
    expect(await screen.findByText('Importing… 0 of 4 rows')).toBeTruthy();
    act(() => notifyInvalidation(client, { type: 'DirectoryImport', id: IMPORT_ID, version: 2 }));
    act(() => notifyInvalidation(client, { type: 'DirectoryImport', id: 'another-import', version: 4 }));
    expect(screen.getByText('Importing… 2 of 4 rows')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Import progress' }).getAttribute('aria-valuenow')).toBe('50');

    expect(await screen.findByText('Import complete')).toBeTruthy();
    expect(screen.getByText('People added').nextElementSibling?.textContent).toBe('3');
    expect(screen.getByRole('link', { name: 'Open the directory' }).getAttribute('href')).toBe('/people');
  });

  it('shows the row errors when the file became invalid before applying', async () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue(IMPORT_ID);
    const invalid: Mock = {
      request: { query: ApplyDirectoryImportDocument, variables: { input: { csv: CSV, importId: IMPORT_ID, mode: 'ALL_OR_NOTHING' } } },
      result: {
        errors: [
          new GraphQLError('The file has 1 error(s)', {
            extensions: { code: 'DIRECTORY_IMPORT_INVALID', errorCount: 1, errors: [{ line: 2, column: 'email', code: 'DUPLICATE_EMAIL', message: 'Taken' }] },
          }),
        ],
      },
    };
    const { container } = renderApp({ route: '/admin/import', mocks: [meMock(admin, { canImport: true }), preview([]), invalid] });
    await chooseFile(container);
    fireEvent.click(await screen.findByRole('button', { name: 'Import 4 people' }));
    expect(await screen.findByText(/The directory changed since the check/)).toBeTruthy();
    expect(screen.getByText('This email appears on more than one row.')).toBeTruthy();
  });

  it('skips the rejected rows when chosen, reports them, and downloads them as CSV', async () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue(IMPORT_ID);
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:rejected';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const over = { rejectedRows: 1, toCreate: 2, toUpdate: 1 };
    const { container } = renderApp({ route: '/admin/import', mocks: [meMock(admin, { canImport: true }), preview([BAD_EMAIL], over), applied('SKIP_REJECTED', [BAD_EMAIL], over)] });
    await chooseFile(container);

    const download = await screen.findByRole('button', { name: 'Download rejected rows (CSV)' });
    fireEvent.click(download);
    expect(downloads).toEqual(['people-rejected-rows.csv blob:rejected']);
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0]);
    });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // A byte-order mark first (Excel then reads UTF-8), then the API's formula-safe CSV as it is.
    expect(text).toBe(`\uFEFF${REJECTED_CSV}`);

    fireEvent.click(screen.getByRole('radio', { name: 'Import the 3 valid rows and skip the 1 rejected ones' }));
    fireEvent.click(importButton('Import 3 people'));
    expect(await screen.findByText('Import complete')).toBeTruthy();
    expect(screen.getByText('1 row was skipped')).toBeTruthy();
    expect(screen.getByText('Rows skipped').nextElementSibling?.textContent).toBe('1');
    expect(screen.getByText('The email address is not valid.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download rejected rows (CSV)' })).toBeTruthy();
  });

  it('lists the teams to create and refuses a file over the cap', async () => {
    const { container } = renderApp({
      route: '/admin/import',
      mocks: [meMock(admin, { canImport: true }), preview([], { teamsToCreate: 4, newTeamPaths: ['Ops', 'Ops/North', 'Ops/South'], maxNewTeams: 3 } as Partial<typeof counts>)],
    });
    await chooseFile(container);
    expect(await screen.findByText('4 teams will be created:')).toBeTruthy();
    const list = screen.getByRole('list', { name: '4 teams will be created:' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ops', 'Ops/North', 'Ops/South']);
    expect(screen.getByText('and 1 more')).toBeTruthy();
    const refusal = screen.getAllByRole('alert').find((a) => a.textContent?.includes('one import may create at most 3'));
    expect(refusal?.textContent).toContain('The file would create more new teams than one import allows.');
    expect(importButton().disabled).toBe(true);
  });

  it('offers the choice in Arabic, right to left', async () => {
    const { container } = renderApp({ route: '/admin/import', lng: 'ar', mocks: [meMock({ ...admin, locale: 'ar' }, { canImport: true }), preview([BAD_EMAIL], { rejectedRows: 1 })] });
    await chooseFile(container, 'استيراد الأشخاص');
    const choice = await screen.findByRole('radiogroup', { name: 'الصفوف التي فيها أخطاء' });
    expect(within(choice).getByRole('radio', { name: 'لا تستورد شيئًا حتى يُصحَّح الملف' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'تنزيل الصفوف المرفوضة (CSV)' })).toBeTruthy();
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
  });
});
