import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FONT_PACKAGES } from './font-packages';
import { PDF_FONT_FILES } from './pdf-writer';

const packageOf = (file: string) => file.split('/').slice(0, 2).join('/');

describe('PDF font packages', () => {
  const used = [...new Set(Object.values(PDF_FONT_FILES).flatMap((w) => Object.values(w)).map(packageOf))].sort();

  it('names every package a PDF font comes from, so the bundle manifest lists it', () => {
    expect(Object.keys(FONT_PACKAGES).sort()).toEqual(used);
  });

  it('resolves each package and finds each font file in it', () => {
    for (const file of Object.values(PDF_FONT_FILES).flatMap((w) => Object.values(w))) {
      const root = dirname(FONT_PACKAGES[packageOf(file)]());
      expect(existsSync(join(root, ...file.split('/').slice(2)))).toBe(true);
    }
  });
});
