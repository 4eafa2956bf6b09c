import { describe, expect, it } from 'vitest';
import { flattenTranslations, type LocaleBundle, mergeLocaleBundles } from './locale-bundles';

const bundle = (tree: LocaleBundle['en']): LocaleBundle => ({ en: tree, ar: tree, he: tree, it: tree });

describe('locale bundles', () => {
  it('merges the trees of several libs into one', () => {
    const merged = mergeLocaleBundles([bundle({ errors: { FORBIDDEN: 'No' }, common: { retry: 'Retry' } }), bundle({ errors: { AUDIENCE_INVALID: 'Bad' } })]);
    expect([...flattenTranslations(merged.en).keys()].sort()).toEqual(['common.retry', 'errors.AUDIENCE_INVALID', 'errors.FORBIDDEN']);
  });

  it('refuses two libs defining the same key', () => {
    expect(() => mergeLocaleBundles([bundle({ errors: { FORBIDDEN: 'No' } }), bundle({ errors: { FORBIDDEN: 'Nope' } })])).toThrow(/errors\.FORBIDDEN/);
    expect(() => mergeLocaleBundles([bundle({ nav: 'x' }), bundle({ nav: { a: 'y' } })])).toThrow(/"nav"/);
  });
});
