import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvButton } from './csv-button';

const renderButton = (load: () => Promise<string | undefined>) =>
  render(
    <MantineProvider env="test">
      <CsvButton label="Export CSV" fileName="people.csv" load={load} describeError={(e) => `Could not export: ${(e as Error).message}`} />
    </MantineProvider>,
  );

describe('CsvButton', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves what the load returns under the file name, with a byte-order mark', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:csv';
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderButton(async () => 'name\r\nAna\r\n');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(clicked).toEqual(['people.csv']));
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(created[0]);
    });
    expect([...new Uint8Array(bytes)]).toEqual([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name\r\nAna\r\n')]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a load failed next to the button, and saves nothing', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    renderButton(async () => {
      throw new Error('forbidden');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not export: forbidden');
    expect(create).not.toHaveBeenCalled();
  });
});
