import { useMutation } from '@apollo/client/react';
import { isLocale, RTL_LOCALES, type Locale } from '@pillars/shared/types';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMySettingsDocument } from './session.documents';
import { useSession } from './use-session';

export const LOCALE_STORAGE_KEY = 'pillars.locale';
export const DEFAULT_LOCALE: Locale = 'en';

export const directionOf = (locale: string): 'rtl' | 'ltr' =>
  (RTL_LOCALES as readonly string[]).includes(locale) ? 'rtl' : 'ltr';

export function readSavedLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale | null {
  const saved = storage?.getItem(LOCALE_STORAGE_KEY);
  return isLocale(saved) ? saved : null;
}

/** First supported language among the browser's preferences ("he-IL" → "he"). */
export function browserLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): Locale | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
    if (base === 'iw') return 'he';
  }
  return null;
}

/** Before we know who is signed in: the saved choice, else the browser's language. */
export const initialLocale = (): Locale => readSavedLocale() ?? browserLocale() ?? DEFAULT_LOCALE;

/** Current locale and a setter that saves the choice (and, when signed in, the profile setting). */
export function useLocale() {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const [updateSettings] = useMutation(UpdateMySettingsDocument);
  const current = i18n.resolvedLanguage ?? i18n.language;
  const locale: Locale = isLocale(current) ? current : DEFAULT_LOCALE;
  const setLocale = useCallback(
    async (next: Locale) => {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
      await i18n.changeLanguage(next);
      if (me && me.locale !== next) await updateSettings({ variables: { input: { locale: next } } });
    },
    [i18n, me, updateSettings],
  );
  return { locale, dir: directionOf(locale), setLocale };
}

/** Applies the profile's locale once signed in, unless this browser has a saved choice. */
export function useProfileLocale() {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const profileLocale = me?.locale;
  useEffect(() => {
    if (readSavedLocale() || !isLocale(profileLocale) || i18n.language === profileLocale) return;
    void i18n.changeLanguage(profileLocale);
  }, [i18n, profileLocale]);
}
