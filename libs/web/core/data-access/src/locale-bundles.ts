import { LOCALES, type Locale } from '@pillars/shared/types';

/** A lib's translations: one JSON tree per language, with the same keys in each. */
export type TranslationTree = { [key: string]: string | TranslationTree };
export type LocaleBundle = Record<Locale, TranslationTree>;

/** Leaf paths of a tree, `directory.team.title` style. */
export function flattenTranslations(tree: TranslationTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenTranslations(value, path)) out.set(k, v);
  }
  return out;
}

function mergeInto(target: TranslationTree, source: TranslationTree, path: string) {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    const current = target[key];
    if (current === undefined) target[key] = typeof value === 'string' ? value : mergeInto({}, value, at);
    else if (typeof current === 'string' || typeof value === 'string') throw new Error(`Translation key "${at}" is defined by two libs`);
    else mergeInto(current, value, at);
  }
  return target;
}

/**
 * Every lib's bundle in one i18next namespace, so `t('errors.CODE')` and `t('common.retry')` work from
 * any lib. Two libs defining the same key is a mistake, not an override: it throws.
 */
export function mergeLocaleBundles(bundles: readonly LocaleBundle[]): LocaleBundle {
  const merged = Object.fromEntries(LOCALES.map((lng) => [lng, {}])) as LocaleBundle;
  for (const bundle of bundles) for (const lng of LOCALES) mergeInto(merged[lng], bundle[lng], '');
  return merged;
}
