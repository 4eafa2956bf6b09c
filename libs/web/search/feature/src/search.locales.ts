import type { LocaleBundle } from '@pillars/web/core/data-access';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';

export const searchLocales: LocaleBundle = { en, ar, he, it };
