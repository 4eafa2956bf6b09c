import AxeBuilder from '@axe-core/playwright';
import { Browser, expect, Locator, Page, request } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
export const shots = join(root, 'docs/screenshots');
mkdirSync(shots, { recursive: true });

export const snap = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(shots, `${name}.png`), fullPage });

export const DEMO_PASSWORD = 'pillars-demo';
/** The same address playwright.config.ts serves on (a context made by hand does not inherit `use`). */
export const baseURL = `http://127.0.0.1:${Number(process.env['E2E_PORT'] ?? 3456)}`;

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page, what = page.url()) {
  // A popover or dialog fading in has a translucent text colour for a moment: axe would measure
  // its contrast mid-transition. Mantine mounts a dialog in its "out" style and starts the transition
  // a frame later, so one calm frame proves nothing: wait for five frames in a row with no finite
  // CSS transition or animation running.
  await page.evaluate(() => ((window as unknown as { __pillarsCalmFrames?: number }).__pillarsCalmFrames = 0));
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __pillarsCalmFrames?: number };
      const busy = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
      w.__pillarsCalmFrames = busy ? 0 : (w.__pillarsCalmFrames ?? 0) + 1;
      return w.__pillarsCalmFrames >= 5;
    },
    undefined,
    { polling: 'raf' },
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`), `axe on ${what}`).toEqual([]);
}

type Dict = Record<string, unknown>;
const merge = (into: Dict, from: Dict) => {
  for (const [k, v] of Object.entries(from)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) merge((into[k] ??= {}) as Dict, v as Dict);
    else into[k] = v;
  }
  return into;
};

/** The app's own strings (every feature's locales plus the shell's), so a test reads as the user does in any language. */
export function strings(lang: 'en' | 'ar' | 'he' | 'it') {
  const dirs = [join(root, 'apps/web/src/locales')];
  for (const lib of readdirSync(join(root, 'libs/web'))) {
    for (const part of ['feature', 'data-access', 'ui']) {
      const dir = join(root, 'libs/web', lib, part, 'src/locales');
      if (existsSync(dir)) dirs.push(dir);
    }
  }
  const dict: Dict = {};
  for (const dir of dirs) if (existsSync(join(dir, `${lang}.json`))) merge(dict, JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Dict);
  const plural = new Intl.PluralRules(lang);
  const get = (key: string): string | undefined => {
    let node: unknown = dict;
    for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Dict)[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  return (key: string, vars: Record<string, string | number> = {}): string => {
    const count = vars['count'];
    const text =
      (typeof count === 'number' ? (count === 0 ? get(`${key}_zero`) : undefined) ?? get(`${key}_${plural.select(count)}`) ?? get(`${key}_other`) : undefined) ?? get(key);
    if (text === undefined) throw new Error(`no ${lang} string ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}

export const en = strings('en');

export type Lang = 'en' | 'ar' | 'he' | 'it';

/**
 * Chooses the language on this device (it wins over the profile's, and changes nothing stored on
 * the server): a spec that reads text names its language instead of relying on what another spec
 * may have left in a demo person's profile. Takes effect on the next navigation.
 */
export async function useLanguage(page: Page, lang: Lang) {
  await page.evaluate((l) => localStorage.setItem('pillars.locale', l), lang);
}

/**
 * Signs in from the sign-in page (shown in English before anyone is known); with `lang`, then
 * shows the app in that language on this device (see `useLanguage`).
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, lang?: Lang) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation').first()).toBeVisible();
  if (lang) {
    await useLanguage(page, lang);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('navigation').first()).toBeVisible();
  }
}

/** A second person in their own browser context (own cookies, own socket), in `lang` when given. */
export async function signedInPage(browser: Browser, email: string, viewport = { width: 1280, height: 900 }, lang?: Lang) {
  const context = await browser.newContext({ baseURL, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD, lang);
  return page;
}

/**
 * Puts a demo person's saved language back over the API (their own session, outside any browser):
 * a spec that changes a profile setting restores it, pass or fail, so no spec depends on the order.
 */
export async function restoreProfileLocale(email: string, locale: Lang, password = DEMO_PASSWORD) {
  const api = await request.newContext({ baseURL });
  try {
    const send = async (query: string, variables: Record<string, unknown>) => {
      const res = await api.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
      const body = (await res.json()) as { errors?: { message: string }[] };
      expect(body.errors, query).toBeUndefined();
    };
    await send('mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: { email, password } });
    await send('mutation($input: UpdateMySettingsInput!) { updateMySettings(input: $input) { user { id locale } } }', { input: { locale } });
  } finally {
    await api.dispose();
  }
}


/** Escapes a string for a RegExp. */
export const literal = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/**
 * Types `@query` into a mention textarea and picks `name` from the autocomplete by keyboard only
 * (arrows to it, Enter). Leaves the listbox open before Enter when `beforePick` is given.
 */
export async function mentionByKeyboard(page: Page, textarea: Locator, listName: string, query: string, name: string, beforePick?: () => Promise<void>) {
  await textarea.pressSequentially(`@${query}`);
  const list = page.getByRole('listbox', { name: listName });
  await expect(list.getByRole('option', { name: literal(name) }).first()).toBeVisible();
  const options = await list.getByRole('option').allInnerTexts();
  const index = options.findIndex((o) => o.includes(name));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await textarea.press('ArrowDown');
  await expect(list.getByRole('option').nth(index)).toHaveAttribute('aria-selected', 'true');
  await expect(textarea).toHaveAttribute('aria-activedescendant', (await list.getByRole('option').nth(index).getAttribute('id')) ?? '');
  if (beforePick) await beforePick();
  await textarea.press('Enter');
  await expect(list).toHaveCount(0);
}

/** The header bell's unread count, read from its accessible name. */
export async function bellCount(page: Page) {
  const label = (await page.locator('a[href="/notifications"][aria-label]').first().getAttribute('aria-label')) ?? '';
  const n = /\d+/.exec(label);
  return n ? Number(n[0]) : 0;
}

/**
 * The text of a downloaded PDF as a reader extracts it (PDF.js, Firefox's reader, in a child
 * process: it ships as ES modules only), one string per page: proof that the file opens.
 */
export function pdfPageTexts(file: string): string[] {
  const script = `
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array((await import('node:fs')).readFileSync(process.argv[1])), verbosity: 0 }).promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => i.str).join(' '));
    process.stdout.write(JSON.stringify(pages));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { cwd: root, encoding: 'utf8' })) as string[];
}

/** Nothing wider than the viewport (a phone scrolls up and down, never sideways); names what sticks out when something does. */
export async function expectNoSidewaysScroll(page: Page) {
  // The app shell animates its padding (200 ms) when the viewport crosses its breakpoint: wait for it to settle.
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  if (await expect.poll(fits, { timeout: 5_000 }).toBe(true).then(() => true, () => false)) return;
  const { scroll, view, out } = await page.evaluate(() => {
    const view = window.innerWidth;
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        // Only what widens the page: an off-canvas drawer to the left scrolls nothing.
        return r.width > 0 && r.right > view + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > view + 1);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.textContent ?? '').slice(0, 40)}"`);
    return { scroll: document.documentElement.scrollWidth, view, out };
  });
  expect(scroll, `sticking out: ${out.join('; ')}`).toBeLessThanOrEqual(view);
}
