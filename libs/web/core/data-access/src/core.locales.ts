import type { LocaleBundle } from './locale-bundles';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';

/** Strings every lib may use: app name, common actions, validation rules, the common error codes. */
export const coreLocales: LocaleBundle = { en, ar, he, it };
