import { allErrorCodes, registeredErrorCodes } from '@pillars/api/core';
import { LOCALES } from '@pillars/shared/types';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import '../app/app.module';
import { DOMAINS } from '../app/domains';

const root = join(__dirname, '../../../..');
type Tree = { [key: string]: string | Tree };

/** Every `<locale>.json` under the web app and the web libs, wherever a feature keeps its strings. */
const localeFiles = (dir: string, lng: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(path).isDirectory()) return localeFiles(path, lng);
    return name === `${lng}.json` ? [path] : [];
  });
const errorKeys = (lng: string): Set<string> =>
  new Set(
    [join(root, 'apps/web/src'), join(root, 'libs/web')].flatMap((dir) => localeFiles(dir, lng)).flatMap((file) => {
      const errors = (JSON.parse(readFileSync(file, 'utf8')) as Tree)['errors'];
      return typeof errors === 'object' ? Object.keys(errors) : [];
    }),
  );

describe('error codes', () => {
  const codes = allErrorCodes(DOMAINS);

  it('collects the common codes and every domain enum listed in apps/api/src/app/domains.ts', () => {
    expect(codes).toEqual(expect.arrayContaining(['UNAUTHENTICATED', 'INTERNAL', 'DIRECTORY_EMAIL_TAKEN', 'AUTH_INVALID_CREDENTIALS', 'AUDIENCE_INVALID']));
    // An enum registered with the error mapper but missing from its domain's descriptor (or the
    // other way round) would escape the checks below.
    expect(registeredErrorCodes()).toEqual(codes);
  });

  it('documents every code in docs/errors.md', () => {
    const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');
    expect(codes.filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });

  it.each([...LOCALES])('translates every code in %s (errors.<CODE>)', (lng) => {
    const keys = errorKeys(lng);
    expect(codes.filter((code) => !keys.has(code))).toEqual([]);
  });
});
