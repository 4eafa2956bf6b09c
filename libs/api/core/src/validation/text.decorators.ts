import { canonicalTimeZone, checkSecret, checkText, isCalendarDate, type TextOptions, type TextResult, type TextRule } from '@pillars/shared/validation';
import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';

const RULES: readonly TextRule[] = ['isString', 'surrogate', 'nul', 'control', 'bidi', 'empty', 'minLength', 'maxLength'];
const MESSAGES: Record<TextRule, string> = {
  isString: 'must be a string',
  surrogate: 'must not contain lone surrogates',
  nul: 'must not contain NUL',
  control: 'must not contain control characters',
  bidi: 'must not contain bidi control characters',
  empty: 'must not be empty',
  minLength: 'is too short',
  maxLength: 'is too long',
};

/**
 * Replaces the value with its clean form (so services store it) and reports the broken rule as
 * the constraint name, so `extensions.fields` reads `{ field: 'name', rule: 'bidi' }`. The
 * transform runs before validation; a broken value is left as it came, and the validators see it.
 */
function hygiene(check: (value: unknown) => TextResult): PropertyDecorator {
  // One check per value, however many rule validators ask (a CSV body is megabytes).
  let last: { value: unknown; result: TextResult } | null = null;
  const checked = (value: unknown): TextResult => {
    if (last && last.value === value) return last.result;
    last = { value, result: check(value) };
    return last.result;
  };
  return (target, property) => {
    Transform(({ value }) => {
      const result = checked(value);
      return result.ok ? result.value : value;
    })(target, property);
    for (const rule of RULES) {
      registerDecorator({
        name: rule,
        target: target.constructor,
        propertyName: String(property),
        validator: {
          validate: (value: unknown) => {
            const result = checked(value);
            return result.ok || result.rule !== rule;
          },
          defaultMessage: (args) => `${args?.property ?? 'value'} ${MESSAGES[rule]}`,
        },
      });
    }
  };
}

type TextFieldOptions = Omit<TextOptions, 'multiline'>;

/** A one-line text (name, title, search query, cursor): trimmed, NFC, no controls or bidi controls. */
export const SingleLineText = (options: TextFieldOptions = {}) => hygiene((value) => checkText(value, { ...options, multiline: false }));

/** Multi-line text (descriptions, bodies, CSV): tab and newline allowed, CRLF → LF, no bidi overrides. */
export const MultiLineText = (options: TextFieldOptions = {}) => hygiene((value) => checkText(value, { ...options, multiline: true }));

/** A password: no NUL, controls or lone surrogates; never trimmed or normalised (see docs/decisions.md). */
export const PasswordText = (options: { min?: number; max?: number } = {}) => hygiene((value) => checkSecret(value, options));

function single(name: string, message: string, validate: (value: unknown) => boolean, transform?: (value: unknown) => unknown): PropertyDecorator {
  return (target, property) => {
    if (transform) Transform(({ value }) => transform(value))(target, property);
    registerDecorator({ name, target: target.constructor, propertyName: String(property), validator: { validate, defaultMessage: (args) => `${args?.property ?? 'value'} ${message}` } });
  };
}

/** An IANA time zone name, stored in its canonical spelling (`US/Eastern` → `America/New_York`); rule `timeZone`. */
export const TimeZone = () =>
  single('timeZone', 'must be an IANA time zone', (value) => canonicalTimeZone(value) !== null, (value) => canonicalTimeZone(value) ?? value);

/** A strict `YYYY-MM-DD` real calendar day; rule `calendarDate`. */
export const CalendarDate = () => single('calendarDate', 'must be a real date as YYYY-MM-DD', isCalendarDate);
