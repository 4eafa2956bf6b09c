import { LOCALES } from '@pillars/shared/types';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
};

const keysOf = (lng: (typeof LOCALES)[number]) => flatten(resources[lng].translation as Tree);
/** Plural forms count as one key: languages need different forms of it. */
const baseKeys = (keys: Map<string, string>) => new Set([...keys.keys()].map((k) => k.replace(PLURAL, '')));
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const en = keysOf('en');
  const enBase = baseKeys(en);

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of en', (lng) => {
    const other = baseKeys(keysOf(lng));
    expect([...enBase].filter((k) => !other.has(k)), `missing in ${lng}`).toEqual([]);
    expect([...other].filter((k) => !enBase.has(k)), `only in ${lng}`).toEqual([]);
  });

  it.each([...LOCALES])('%s has every plural form its language needs, and no empty strings', (lng) => {
    const keys = keysOf(lng);
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const plurals = new Set([...keys.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const base of plurals) {
      expect(categories.filter((c) => !keys.has(`${base}_${c}`)), `${lng}: ${base}`).toEqual([]);
    }
    expect([...keys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s keeps the placeholders of en', (lng) => {
    const other = keysOf(lng);
    for (const [key, text] of en) {
      const base = key.replace(PLURAL, '');
      const counterpart = other.get(key) ?? other.get(`${base}_other`);
      if (counterpart === undefined) continue;
      // Singular forms may spell the number out ("one session"), so only compare the rest.
      const expected = placeholders(text).filter((p) => p !== 'count');
      expect(placeholders(counterpart).filter((p) => p !== 'count'), `${lng}: ${key}`).toEqual(expected);
    }
  });

  // Every API code is checked against these files by apps/api/src/integration/error-codes.spec.ts,
  // which reads the codes from the domains that register them.
  it('translates the client NETWORK code in every language', () => {
    for (const lng of LOCALES) {
      const keys = keysOf(lng);
      const missing = ['NETWORK'].filter((code) => !keys.has(`errors.${code}`));
      expect(missing, lng).toEqual([]);
    }
  });
});
