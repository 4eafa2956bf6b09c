import { notifications } from '@mantine/notifications';
import { isLocale, LOCALES } from '@pillars/shared/types';
import { errorKeys, useLocale } from '@pillars/web/core/data-access';
import { LanguageMenu } from '@pillars/web/ui';
import { useTranslation } from 'react-i18next';

/** Each language named in itself, so anyone can find their own. */
export const LANGUAGE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  ar: 'العربية',
  he: 'עברית',
  it: 'Italiano',
};

export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  const options = LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));
  const change = (value: string) => {
    if (!isLocale(value)) return;
    setLocale(value).catch((error: unknown) =>
      notifications.show({ color: 'red', title: t('settings.saveFailed'), message: errorKeys(error).map((k) => t(k)).join(' ') }),
    );
  };
  return (
    <LanguageMenu
      value={locale}
      options={options}
      onChange={change}
      compact={compact}
      label={t('settings.languageLabel', { language: LANGUAGE_NAMES[locale] })}
    />
  );
}
