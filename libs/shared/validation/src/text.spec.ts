import { canonicalTimeZone, checkSecret, checkText, codePointLength, hasForbiddenCharacter, isCalendarDate, isTimeZone } from './index';

const rule = (value: unknown, options = {}) => {
  const result = checkText(value, options);
  return result.ok ? null : result.rule;
};

describe('checkText', () => {
  it('returns the NFC-normalised, trimmed value', () => {
    expect(checkText('  Jose\u0301  ')).toEqual({ ok: true, value: 'José' });
    expect(checkText('\u200BAna\uFEFF')).toEqual({ ok: true, value: 'Ana' });
    expect(checkText('مريم \u200Fالعلي')).toEqual({ ok: true, value: 'مريم \u200Fالعلي' });
  });

  it('refuses NUL, controls and lone surrogates in single-line text', () => {
    expect(rule('a\u0000b')).toBe('nul');
    expect(rule('a\tb')).toBe('control');
    expect(rule('a\nb')).toBe('control');
    expect(rule('a\u007Fb')).toBe('control');
    expect(rule('a\u0085b')).toBe('control');
    expect(rule('a\u2028b')).toBe('control');
    expect(rule('a\uD800b')).toBe('surrogate');
    expect(rule('a\uDC00')).toBe('surrogate');
    expect(rule('\uD800')).toBe('surrogate');
    expect(rule('ok 😀')).toBeNull();
  });

  it('refuses every bidi embedding, override and isolate control in single-line text', () => {
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) expect(rule(`evil${c}gpj.exe`)).toBe('bidi');
  });

  it('allows tab, newline, embeddings and isolates in multi-line text but never overrides', () => {
    expect(checkText('a\tb\r\nc\rd\n', { multiline: true })).toEqual({ ok: true, value: 'a\tb\nc\nd\n' });
    expect(rule('\u2067שלום\u2069 world', { multiline: true })).toBeNull();
    expect(rule('a\u202Eb', { multiline: true })).toBe('bidi');
    expect(rule('a\u202Db', { multiline: true })).toBe('bidi');
    expect(rule('a\u0000b', { multiline: true })).toBe('nul');
    expect(rule('a\u0007b', { multiline: true })).toBe('control');
  });

  it('keeps multi-line indentation but judges emptiness on the trimmed value', () => {
    expect(checkText('    code\n', { multiline: true })).toEqual({ ok: true, value: '    code\n' });
    expect(rule(' \n\t\u200B\n', { multiline: true })).toBe('empty');
  });

  it('refuses values empty after trimming, zero-width-only included, unless allowed', () => {
    for (const value of ['', '   ', '\u00A0\u3000', '\u200B', '\u200C\u200D', '\u2060', '\uFEFF']) expect(rule(value)).toBe('empty');
    expect(checkText('\u200B ', { allowEmpty: true })).toEqual({ ok: true, value: '' });
  });

  it('counts lengths in code points on the clean value', () => {
    expect(codePointLength('😀😀')).toBe(2);
    expect(rule('😀😀', { max: 2 })).toBeNull();
    expect(rule('abc', { max: 2 })).toBe('maxLength');
    expect(rule('  ab  ', { max: 2 })).toBeNull();
    expect(rule('ab', { min: 3 })).toBe('minLength');
    expect(rule(42)).toBe('isString');
  });

  it('is idempotent: checking a clean value returns it unchanged', () => {
    for (const value of ['  Jose\u0301 ', '\u200B x', 'Ωhm']) {
      const once = checkText(value);
      expect(once.ok && checkText(once.value)).toEqual(once);
    }
  });
});

describe('checkSecret', () => {
  it('refuses NUL, controls and lone surrogates but neither trims nor normalises', () => {
    expect(checkSecret(' pa\u0301ss \u202E ')).toEqual({ ok: true, value: ' pa\u0301ss \u202E ' });
    expect(checkSecret('a\u0000b')).toEqual({ ok: false, rule: 'nul' });
    expect(checkSecret('a\tb')).toEqual({ ok: false, rule: 'control' });
    expect(checkSecret('a\uD800')).toEqual({ ok: false, rule: 'surrogate' });
    expect(checkSecret('short', { min: 10 })).toEqual({ ok: false, rule: 'minLength' });
  });
});

describe('hasForbiddenCharacter', () => {
  it('finds NUL and lone surrogates, and nothing else', () => {
    expect(hasForbiddenCharacter('a\tb\u202E')).toBeNull();
    expect(hasForbiddenCharacter('a\u202E\u0000')).toBe('nul');
    expect(hasForbiddenCharacter('\uDFFF')).toBe('surrogate');
  });
});

describe('canonicalTimeZone and isCalendarDate', () => {
  it('accepts IANA names and aliases, returning the canonical name', () => {
    expect(canonicalTimeZone('Europe/Rome')).toBe('Europe/Rome');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York');
    expect(canonicalTimeZone('Etc/GMT+5')).toBe('Etc/GMT+5');
    expect(canonicalTimeZone('europe/rome')).toBe('Europe/Rome');
    // ICU picks the canonical spelling of a three-part alias; it is still a zone.
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
  });

  it('refuses names that only look like zones, offsets and non-strings', () => {
    for (const value of ['Mars/Olympus_Mons', 'Europe/Rome\u0000', '+01:00', 'GMT+1:00', '', 'a'.repeat(65), 3]) expect(canonicalTimeZone(value)).toBeNull();
  });

  it('accepts only strict YYYY-MM-DD real calendar days', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const value of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '2026-01-01T00:00:00Z', '0000-01-01', ' 2026-01-01', 20260101]) {
      expect(isCalendarDate(value)).toBe(false);
    }
  });
});
