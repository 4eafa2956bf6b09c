import { describe, expect, it } from 'vitest';
import { browserLocale, directionOf, readSavedLocale } from './locale';

describe('locale choice', () => {
  it('takes the first supported browser language', () => {
    expect(browserLocale(['fr-FR', 'he-IL', 'en'])).toBe('he');
    expect(browserLocale(['iw'])).toBe('he');
    expect(browserLocale(['de'])).toBeNull();
  });

  it('ignores a saved value that is not a supported locale', () => {
    expect(readSavedLocale({ getItem: () => 'ar' })).toBe('ar');
    expect(readSavedLocale({ getItem: () => 'xx' })).toBeNull();
  });

  it('reads Arabic and Hebrew right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('it')).toBe('ltr');
  });
});
