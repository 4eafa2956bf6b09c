import { LOCALES } from '@pillars/shared/types';
import { coreLocales, directionOf, initialLocale, type LocaleBundle, mergeLocaleBundles } from '@pillars/web/core/data-access';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FEATURES } from './app/features';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';

/** The shell's own strings (frame, navigation sections, not-found page). */
export const appLocales: LocaleBundle = { en, ar, he, it };

/** Every lib's translations; the locale test checks each bundle on its own too. */
export const LOCALE_BUNDLES: readonly LocaleBundle[] = [appLocales, coreLocales, ...FEATURES.map((f) => f.locales)];

const merged = mergeLocaleBundles(LOCALE_BUNDLES);
export const resources = Object.fromEntries(LOCALES.map((lng) => [lng, { translation: merged[lng] }]));

/** `<html lang dir>` follows the language, so the browser, CSS and screen readers agree. */
export function syncDocumentLanguage(lng: string) {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
}

export function createI18n(lng: string = initialLocale()): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', syncDocumentLanguage);
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  syncDocumentLanguage(instance.language);
  return instance;
}
