import { act, fireEvent, screen } from '@testing-library/react';
import { notifyInvalidation } from '@pillars/web/core/data-access';
import { ApplyDirectoryImportDocument, PreviewDirectoryImportDocument } from '@pillars/web/directory/data-access';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meMock, type Mock, renderApp, signedInUser } from '../testing/render-app';

const admin = { ...signedInUser, roles: ['ADMIN' as const] };
const CSV = 'email,name\nnoa@pillars.demo,Noa Levi\n';
const IMPORT_ID = '11111111-2222-4333-8444-555555555555';

const counts = { total: 4, toCreate: 3, toUpdate: 1, unchanged: 0, teamsToCreate: 1 };
const preview = (errors: { line: number; column: string | null; code: string; message: string }[]): Mock => ({
  request: { query: PreviewDirectoryImportDocument, variables: { input: { csv: CSV } } },
  result: {
    data: {
      previewDirectoryImport: {
        __typename: 'PreviewDirectoryImportPayload',
        ...counts,
        errorCount: errors.length,
        errors: errors.map((e) => ({ __typename: 'DirectoryImportRowError', ...e })),
      },
    },
  },
});

const chooseFile = async (container: HTMLElement) => {
  await screen.findByRole('heading', { level: 1, name: 'Import people' });
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([`\uFEFF${CSV}`], 'people.csv', { type: 'text/csv' })] } });
};

describe('directory import', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the dry run counts and translated row errors, and refuses to apply', async () => {
    const { container } = renderApp({
      route: '/admin/import',
      mocks: [
        meMock(admin),
        preview([
          { line: 3, column: 'manager email', code: 'UNKNOWN_MANAGER', message: 'No person with email x@y.z' },
          { line: 4, column: null, code: 'DUPLICATE_EMAIL', message: 'Duplicate of line 2' },
        ]),
      ],
    });
    await chooseFile(container);
    expect(await screen.findByText('Fix 2 errors before importing')).toBeTruthy();
    expect(screen.getByText('People to add').nextElementSibling?.textContent).toBe('3');
    expect(screen.getByText('No one in the directory or the file has this manager email.')).toBeTruthy();
    expect(screen.getByText('This email appears on more than one row.')).toBeTruthy();
    expect(screen.getByText('No person with email x@y.z').closest('bdi')?.getAttribute('dir')).toBe('ltr');
    expect((screen.getByRole('button', { name: 'Import 4 people' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('applies with an import id, follows progress events, then shows the result', async () => {
    vi.spyOn(crypto, 'randomUUID').mockReturnValue(IMPORT_ID);
    const apply: Mock = {
      request: { query: ApplyDirectoryImportDocument, variables: { input: { csv: CSV, importId: IMPORT_ID } } },
      result: { data: { applyDirectoryImport: { __typename: 'ApplyDirectoryImportPayload', importId: IMPORT_ID, ...counts } } },
      delay: 300,
    };
    const { container, client } = renderApp({ route: '/admin/import', mocks: [meMock(admin), preview([]), apply] });
    await chooseFile(container);
    expect(await screen.findByText('The file has no errors and is ready to import.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import 4 people' }));
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
      request: { query: ApplyDirectoryImportDocument, variables: { input: { csv: CSV, importId: IMPORT_ID } } },
      result: {
        errors: [
          new GraphQLError('The file has 1 error(s)', {
            extensions: { code: 'DIRECTORY_IMPORT_INVALID', errorCount: 1, errors: [{ line: 2, column: 'email', code: 'DUPLICATE_EMAIL', message: 'Taken' }] },
          }),
        ],
      },
    };
    const { container } = renderApp({ route: '/admin/import', mocks: [meMock(admin), preview([]), invalid] });
    await chooseFile(container);
    fireEvent.click(await screen.findByRole('button', { name: 'Import 4 people' }));
    expect(await screen.findByText(/The directory changed since the check/)).toBeTruthy();
    expect(screen.getByText('This email appears on more than one row.')).toBeTruthy();
  });
});
