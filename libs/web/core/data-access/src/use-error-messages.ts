import { useTranslation } from 'react-i18next';
import { errorKeys, fieldRule } from './app-errors';

/** Translated messages for an error (one per code), never the server's raw text. */
export function useErrorMessages() {
  const { t } = useTranslation();
  return {
    messages: (error: unknown): string[] => errorKeys(error).map((key) => t(key)),
    /** The message for one form field's BAD_USER_INPUT rule, if the server reported one. */
    fieldMessage: (error: unknown, field: string): string | undefined => {
      const rule = fieldRule(error, field);
      return rule ? t(`validation.${rule}`, { defaultValue: t('validation.invalid') }) : undefined;
    },
  };
}
