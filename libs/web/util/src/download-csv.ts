/**
 * Saves CSV text as a file. The API already made the cells spreadsheet-safe; the byte-order mark
 * makes Excel read it as UTF-8, so Arabic and Hebrew names survive the round trip.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later rather than at once: some browsers start reading the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
