import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, signIn, snap, strings, useLanguage } from './support';

// Keyboard-only paths (skip link, phone menu, account menu, dialogs) at 375 px, and axe on every
// page with its menus and dialogs open, in English and Arabic.

const LANGS = ['en', 'ar'] as const;

/** The page has loaded: a heading in main and no skeleton left. */
async function loaded(page: Page) {
  await expect(page.locator('main :is(h1, h2)').first()).toBeVisible();
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

test('keyboard only at 375 px: skip link, phone menu, account menu and a dialog', async ({ page }) => {
  const t = strings('en');
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'admin@pillars.demo');
  await useLanguage(page, 'en');
  await page.goto('/people');
  await loaded(page);
  const url = page.url();

  // The skip link is the first stop; Enter moves focus to main and stays on the page.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('shell.skipToContent') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await snap(page, 'skip-link-375-en', false);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(page.url()).toBe(url);

  // The phone menu: Tab reaches the button, Enter opens it, Escape closes it and focus returns.
  await page.goto('/people');
  await loaded(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const burger = page.getByRole('button', { name: t('shell.openNav') });
  await expect(burger).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: t('shell.closeNav') })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: t('nav.directory') })).toBeInViewport();
  await expectAccessible(page, 'phone menu open');
  await snap(page, 'phone-menu-375-en', false);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: t('shell.openNav') })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: t('shell.openNav') })).toBeFocused();

  // The account menu, opened and walked by keyboard, passes axe; its last item opens a dialog.
  const account = page.getByRole('button', { name: /^Account menu for / });
  await account.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await expectAccessible(page, 'account menu open');
  await snap(page, 'account-menu-375-en', false);
  const everywhere = page.getByRole('menuitem', { name: t('shell.signOutEverywhere') });
  for (let i = 0; i < 6 && !(await everywhere.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(everywhere).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: t('shell.signOutEverywhereTitle') });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: t('common.close') })).toBeVisible();
  await expectAccessible(page, 'sign-out dialog');
  await snap(page, 'dialog-375-en', false);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Still signed in: Escape cancelled.
  await expect(account).toBeVisible();
});

for (const lang of LANGS) {
  test(`axe on every page, with menus and dialogs open (${lang})`, async ({ page }) => {
    test.setTimeout(300_000);
    const t = strings(lang);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, 'admin@pillars.demo');
    await useLanguage(page, lang);
    await page.goto('/people?q=Noa%20Levi');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await loaded(page);

    // Ids from the demo: a profile and a team, read from the pages that link to them.
    const profile = await page.locator('main a[href^="/people/"]').filter({ hasText: 'Noa Levi' }).first().getAttribute('href');
    await page.goto(profile ?? '/people');
    await loaded(page);
    const team = await page.locator('main a[href^="/teams/"]').first().getAttribute('href');
    const orgChart = profile?.replace('/people/', '/org-chart/');
    // A post's permalink (notifications link there, the cards do not) and a topic (Discover lists them).
    const postId = await page.evaluate(async () => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ companyFeed(first: 1) { edges { node { id } } } }' }) });
      const body = (await res.json()) as { data?: { companyFeed: { edges: { node: { id: string } }[] } } };
      return body.data?.companyFeed.edges[0]?.node.id ?? null;
    });
    expect(postId).toBeTruthy();
    const post = `/posts/${postId}`;
    await page.goto('/discover');
    await loaded(page);
    await expect(page.locator('main a[href^="/topics/"]').first()).toBeAttached();
    const topic = await page.locator('main a[href^="/topics/"]').first().getAttribute('href');

    const pages = [
      '/feed', '/feed/company', '/discover', '/people', profile, team, `${team}/feed`, `${team}/feed/settings`, `${team}/feed/moderation`, `${team}/members`,
      '/org-chart', orgChart, '/organisation', '/organisation?view=teams', post, topic,
      '/notifications', '/notifications/preferences', '/account/password', '/announcements/new',
      '/admin', '/admin/people', '/admin/people/new', '/admin/teams', '/admin/import', '/admin/audiences', '/admin/audiences/new', '/admin/outbox',
      '/no/such/page', '/people/not-an-id',
    ].filter((p): p is string => Boolean(p));
    for (const path of pages) {
      await page.goto(path);
      await loaded(page);
      // Every page has its own title, not just the app's name.
      expect(await page.title(), path).toMatch(new RegExp(`. · ${t('app.name')}$`));
      await expectAccessible(page, `${path} (${lang})`);
    }
    await page.goto('/people/not-an-id');
    await expect(page.getByText(t('directory.profile.notFound'))).toBeVisible();

    // Menus: the account menu and the language menu, open.
    await page.goto('/people');
    await loaded(page);
    await page.getByRole('button', { name: new RegExp(t('shell.accountMenu', { name: '' }).trim()) }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectAccessible(page, `account menu (${lang})`);
    await snap(page, `account-menu-${lang}`, false);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();

    // Dialogs: the unsaved-edits question on an admin form, and a status confirmation.
    await page.goto('/admin/people/new');
    await loaded(page);
    await page.getByRole('textbox', { name: new RegExp(`^${t('admin.user.name')}`) }).fill('Test');
    await page.getByRole('link', { name: t('common.cancel') }).click();
    const leave = page.getByRole('dialog', { name: t('common.unsaved.title') });
    await expect(leave).toBeVisible();
    await expect(leave.getByRole('button', { name: t('common.close') })).toBeVisible();
    await expectAccessible(page, `unsaved dialog (${lang})`);
    await snap(page, `unsaved-dialog-${lang}`, false);
    await leave.getByRole('button', { name: t('common.unsaved.leave') }).click();
    await expect(page).toHaveURL(/\/admin\/people$/);

    await page.goto(`/admin${profile}`);
    await loaded(page);
    await page.getByRole('button', { name: t('admin.status.suspend') }).click();
    const confirm = page.getByRole('dialog', { name: t('admin.status.suspend') });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: t('common.close') })).toBeVisible();
    await expectAccessible(page, `status dialog (${lang})`);
    await snap(page, `status-dialog-${lang}`, false);
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    // An activated demo person: no "Resend invitation", a reset link still on offer.
    await expect(page.getByRole('button', { name: t('admin.access.resendInvitation') })).toHaveCount(0);
    await expect(page.getByRole('button', { name: t('admin.access.sendReset') })).toBeVisible();
  });

  test(`axe on the pages before signing in (${lang})`, async ({ page }) => {
    const t = strings(lang);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/sign-in');
    await useLanguage(page, lang);
    // The sign-in page, the forgotten-password page, and the mailed links without a valid token.
    for (const path of ['/sign-in', '/forgot-password', '/welcome', '/reset-password', '/welcome#token=not-a-token']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1').first()).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await page.title(), path).toMatch(new RegExp(`. · ${t('app.name')}$`));
      await expectAccessible(page, `${path} (${lang}, signed out)`);
    }
    await page.goto('/forgot-password');
    await snap(page, `forgot-password-${lang}`, false);
  });
}
