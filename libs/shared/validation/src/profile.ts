/** What a person may write on their own profile (issue 14): one set of bounds for web and API. */
export const PROFILE_LIMITS = {
  about: 2000,
  pronouns: 40,
  phone: 32,
  languages: 20,
  skills: 30,
  skill: 50,
} as const;

/**
 * A phone number as people write it: an optional leading `+`, then digits with spaces, dots,
 * dashes, parentheses or slashes between them, 4 to 20 digits in all, optionally an extension
 * (`x12`, `ext. 12`). Not a numbering-plan check: colleagues dial it, nothing sends SMS to it.
 */
const PHONE_SHAPE = /^\+?[0-9(][0-9 ().\-/]*[0-9)](?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i;
export function isPhoneNumber(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > PROFILE_LIMITS.phone || !PHONE_SHAPE.test(value)) return false;
  const digits = value.replace(/(?:x|ext\.?)\s*[0-9]+$/i, '').replace(/[^0-9]/g, '').length;
  return digits >= 4 && digits <= 20;
}

/** `HH:MM`, 00:00 to 23:59 (24:00 is allowed as the end of a day). */
export const isClockTime = (value: unknown): value is string => typeof value === 'string' && /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/.test(value);

/** The ISO 639-1 two-letter language codes (ISO 639-1:2002 with its later additions). */
export const LANGUAGE_CODES = [
  'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn', 'bo', 'br', 'bs',
  'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa',
  'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz',
  'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk', 'kl', 'km', 'kn', 'ko',
  'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml', 'mn',
  'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc', 'oj', 'om', 'or', 'os', 'pa',
  'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se', 'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so',
  'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty',
  'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo', 'za', 'zh', 'zu',
] as const;
const LANGUAGE_SET: ReadonlySet<string> = new Set(LANGUAGE_CODES);
export const isLanguageCode = (value: unknown): value is string => typeof value === 'string' && LANGUAGE_SET.has(value);

/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
