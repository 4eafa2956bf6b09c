/**
 * The one text hygiene rule, shared by the API (decorators in @pillars/api/core) and web forms.
 *
 * `checkText(value, options)` returns `{ ok: true, value }` with the clean value to store, or
 * `{ ok: false, rule }` naming the first rule the input breaks:
 *
 * - `isString`  not a string at all.
 * - `surrogate` a lone UTF-16 surrogate (arrives as a `\ud800` JSON escape; PostgreSQL would get U+FFFD).
 * - `nul`       U+0000 anywhere (PostgreSQL refuses it in text: it must never get that far).
 * - `control`   C0/C1 controls, DEL, U+2028/U+2029; multi-line text allows tab and newline.
 * - `bidi`      bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) in
 *               single-line text; multi-line text allows embeddings and isolates (mixed-direction
 *               prose needs them) but never the overrides U+202D/U+202E, which make text render
 *               in an order other than the one stored.
 * - `empty`     nothing left after trimming white space and zero-width characters
 *               (U+200B–U+200D, U+2060, U+FEFF), unless `allowEmpty`.
 * - `minLength` / `maxLength` on the clean value, counted in code points (an emoji is one).
 *
 * The clean value is NFC-normalised; single-line text is trimmed (white space and zero-width
 * characters at both ends); multi-line text has CRLF and lone CR turned into LF and is not trimmed
 * (leading indentation can matter), though emptiness is still judged on its trimmed form.
 * LRM/RLM/ALM marks (U+200E, U+200F, U+061C) are allowed: they order nothing, and names in
 * Arabic and Hebrew legitimately carry them.
 */
export type TextRule = 'isString' | 'surrogate' | 'nul' | 'control' | 'bidi' | 'empty' | 'minLength' | 'maxLength';

export interface TextOptions {
  /** Allows tab and newline (and bidi embeddings/isolates); CRLF becomes LF. Default false. */
  multiline?: boolean;
  /** Most code points in the clean value. */
  max?: number;
  /** Fewest code points in the clean value (emptiness is checked separately). */
  min?: number;
  /** Trim the stored value. Default: true for single-line, false for multi-line. */
  trim?: boolean;
  /** Accept a value that is empty after trimming (it is stored as ''). Default false. */
  allowEmpty?: boolean;
}

export type TextResult = { ok: true; value: string } | { ok: false; rule: TextRule };

const EDGE = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

const isControl = (c: number, multiline: boolean) =>
  ((c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) && !(multiline && (c === 0x09 || c === 0x0a)));
const isOverride = (c: number) => c === 0x202d || c === 0x202e;
const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/** The first rule `value` breaks among the character-level ones, scanning once; null when clean. */
function scan(value: string, multiline: boolean): TextRule | null {
  let bidi = false;
  let control = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else return 'surrogate';
    } else if (c === 0) return 'nul';
    else if (c === 0x0d && multiline) continue;
    else if (isControl(c, multiline)) control = true;
    else if (multiline ? isOverride(c) : isBidiControl(c)) bidi = true;
  }
  return control ? 'control' : bidi ? 'bidi' : null;
}

/** Code points, not UTF-16 units: what a person counts as characters. */
export const codePointLength = (value: string): number => {
  let n = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
};

export function checkText(value: unknown, options: TextOptions = {}): TextResult {
  if (typeof value !== 'string') return { ok: false, rule: 'isString' };
  const multiline = options.multiline ?? false;
  const broken = scan(value, multiline);
  if (broken) return { ok: false, rule: broken };
  let clean = value.normalize('NFC');
  if (multiline) clean = clean.replace(/\r\n?/g, '\n');
  if (options.trim ?? !multiline) clean = clean.replace(EDGE, '');
  if (clean.replace(INVISIBLE, '') === '') {
    if (!options.allowEmpty) return { ok: false, rule: 'empty' };
    return { ok: true, value: '' };
  }
  const length = codePointLength(clean);
  if (options.min !== undefined && length < options.min) return { ok: false, rule: 'minLength' };
  if (options.max !== undefined && length > options.max) return { ok: false, rule: 'maxLength' };
  return { ok: true, value: clean };
}

/** For secrets that are never displayed: no NUL, controls or lone surrogates; not trimmed or normalised, so existing hashes keep matching. */
export function checkSecret(value: unknown, options: { min?: number; max?: number } = {}): TextResult {
  if (typeof value !== 'string') return { ok: false, rule: 'isString' };
  const broken = scan(value, false);
  if (broken && broken !== 'bidi') return { ok: false, rule: broken };
  const length = codePointLength(value);
  if (options.min !== undefined && length < options.min) return { ok: false, rule: 'minLength' };
  if (options.max !== undefined && length > options.max) return { ok: false, rule: 'maxLength' };
  return { ok: true, value };
}

/** Characters no string may carry anywhere (used as a last line of defence for unvalidated args). */
export const hasForbiddenCharacter = (value: string): 'nul' | 'surrogate' | null => {
  const rule = scan(value, true);
  return rule === 'nul' || rule === 'surrogate' ? rule : null;
};
