import { LOCALES } from '@pillars/shared/types';
import { directionOf, initialLocale } from '@pillars/web/core/data-access';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import he from './locales/he.json';
import it from './locales/it.json';

export const resources = {
  en: { translation: en },
  ar: { translation: ar },
  he: { translation: he },
  it: { translation: it },
} as const;

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
