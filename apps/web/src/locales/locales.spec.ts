import { LOCALES } from '@pillars/shared/types';
import { flattenTranslations, type LocaleBundle, type TranslationTree } from '@pillars/web/core/data-access';
import { describe, expect, it } from 'vitest';
import { LOCALE_BUNDLES, resources } from '../i18n';

const PLURAL = /_(zero|one|two|few|many|other)$/;

// Every locale file of the app and of every web lib, so a lib's file that is not registered fails below.
const FILES = import.meta.glob<TranslationTree>(['./*.json', '../../../../libs/web/**/src/locales/*.json'], { eager: true, import: 'default' });

/** Plural forms count as one key: languages need different forms of it. */
const baseKeys = (keys: Map<string, string>) => new Set([...keys.keys()].map((k) => k.replace(PLURAL, '')));
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const bundleName = (bundle: LocaleBundle) => Object.entries(FILES).find(([, tree]) => tree === bundle.en)?.[0] ?? 'an unlisted bundle';
const BUNDLES = LOCALE_BUNDLES.map((bundle) => [bundleName(bundle).replace(/\/en\.json$/, ''), bundle] as const);

describe('translations', () => {
  it('registers every locale file of the app and of the web libs', () => {
    const registered = new Set(LOCALE_BUNDLES.flatMap((b) => LOCALES.map((lng) => b[lng])));
    const files = Object.entries(FILES);
    expect(files.length).toBeGreaterThanOrEqual(LOCALES.length * 2);
    expect(files.filter(([, tree]) => !registered.has(tree)).map(([path]) => path)).toEqual([]);
    for (const [path] of files) expect(LOCALES.some((lng) => path.endsWith(`/${lng}.json`)), path).toBe(true);
  });

  describe.each(BUNDLES)('%s', (_name, bundle) => {
    const en = flattenTranslations(bundle.en);
    const enBase = baseKeys(en);

    it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of en', (lng) => {
      const other = baseKeys(flattenTranslations(bundle[lng]));
      expect([...enBase].filter((k) => !other.has(k)), `missing in ${lng}`).toEqual([]);
      expect([...other].filter((k) => !enBase.has(k)), `only in ${lng}`).toEqual([]);
    });

    it.each([...LOCALES])('%s has every plural form its language needs, and no empty strings', (lng) => {
      const keys = flattenTranslations(bundle[lng]);
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const plurals = new Set([...keys.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const base of plurals) {
        expect(categories.filter((c) => !keys.has(`${base}_${c}`)), `${lng}: ${base}`).toEqual([]);
      }
      expect([...keys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
    });

    it.each(LOCALES.filter((l) => l !== 'en'))('%s keeps the placeholders of en', (lng) => {
      const other = flattenTranslations(bundle[lng]);
      for (const [key, text] of en) {
        const base = key.replace(PLURAL, '');
        const counterpart = other.get(key) ?? other.get(`${base}_other`);
        if (counterpart === undefined) continue;
        // Singular forms may spell the number out ("one session"), so only compare the rest.
        const expected = placeholders(text).filter((p) => p !== 'count');
        expect(placeholders(counterpart).filter((p) => p !== 'count'), `${lng}: ${key}`).toEqual(expected);
      }
    });
  });

  // Every API code is checked against these files by apps/api/src/integration/error-codes.spec.ts,
  // which reads the codes from the domains that register them.
  it('translates the client NETWORK code in every language', () => {
    for (const lng of LOCALES) {
      const keys = flattenTranslations(resources[lng].translation);
      expect(keys.has('errors.NETWORK'), lng).toBe(true);
    }
  });
});
