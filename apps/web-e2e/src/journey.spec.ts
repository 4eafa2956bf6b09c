import { expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, expectNoSidewaysScroll, restoreProfileLocale, signIn as signInAs, snap } from './support';

/** Signs in and reads the app in English on this device, whatever the manager's profile says. */
const signIn = (page: Page, email: string) => signInAs(page, email, DEMO_PASSWORD, 'en');

// The last journey saves Arabic as the manager's language through the language menu: put English
// back afterwards, pass or fail, so the specs after this one find his profile as the demo made it.
test.afterAll(() => restoreProfileLocale('manager@pillars.demo', 'en'));

test('works at 375 px: the navigation collapses behind a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, 'manager@pillars.demo');
  await page.goto('/people');
  await expect(page.getByRole('button', { name: 'Open navigation' })).toBeVisible();
  await snap(page, 'directory-375-en');
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await expect(page.getByRole('link', { name: 'Directory' })).toBeVisible();
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
});

test('a team lead manages the members of their own team, without any administration', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'manager@pillars.demo');
  await expect(page.getByText('Administration')).toHaveCount(0);
  await page.getByRole('button', { name: /Daniel Carter/ }).click();
  await page.getByRole('menuitem', { name: 'My profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daniel Carter' })).toBeVisible();
  // Their own team (they are also a member of the private Leadership team, which the CEO leads).
  await page.locator('main a[href^="/teams/"]').filter({ hasNotText: 'Leadership' }).first().click();
  await page.getByRole('link', { name: 'Manage members' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Members of / })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Add a member' });
  await expect(picker).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'team-members-en');

  // Adds someone from outside the team by keyboard (the CEO is only in Leadership), sees them
  // listed, then takes them off again through the confirmation dialog: the demo team stays as it was.
  const members = page.getByRole('list', { name: 'Members' });
  await expect(members.getByRole('listitem').first()).toBeVisible();
  await expect(members.getByRole('link', { name: 'Yasmin Farouk' })).toHaveCount(0);
  await picker.focus();
  await picker.pressSequentially('Yasmin');
  const option = page.getByRole('option', { name: /Yasmin Farouk/ });
  await expect(option).toBeVisible();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue('Yasmin Farouk');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Member added')).toBeVisible();
  await expect(members.getByRole('link', { name: 'Yasmin Farouk' })).toBeVisible();
  await expect(picker).toHaveValue('');
  await snap(page, 'team-member-added-en');

  await members.getByRole('button', { name: /^Remove .*Yasmin Farouk/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove member?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(members.getByRole('link', { name: 'Yasmin Farouk' })).toHaveCount(0);
});

test('sign in, search the directory, open a profile, switch to Arabic, sign out', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'sign-in-en');

  // A wrong password shows a translated message, not a code or a stack trace.
  await page.getByRole('textbox', { name: 'Email' }).fill('employee@pillars.demo');
  await page.getByRole('textbox', { name: 'Password' }).fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(/password/i);

  // The manager's profile language is English; the employee's is Hebrew.
  await signIn(page, 'manager@pillars.demo');
  await page.goto('/people');
  await page.getByRole('textbox', { name: 'Search people' }).or(page.getByRole('searchbox', { name: 'Search people' })).first().fill('noa');
  const result = page.getByRole('link', { name: /Noa Levi/ }).first();
  await expect(result).toBeVisible();
  await expectAccessible(page);
  await snap(page, 'directory-en');

  await result.click();
  await expect(page.getByRole('heading', { name: 'Noa Levi' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Daniel Carter/ }).first()).toBeVisible(); // her manager
  await expectAccessible(page);
  await snap(page, 'profile-en');

  // Arabic: the document turns right-to-left and the navigation moves to the right-hand side.
  await page.getByRole('button', { name: /Language/ }).first().click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('menu')).toHaveCount(0); // the language menu has finished closing
  const nav = await page.getByRole('navigation').first().boundingBox();
  expect(nav && nav.x + nav.width / 2).toBeGreaterThan(640);
  await expectAccessible(page);
  await snap(page, 'profile-ar');

  await page.goto('/people?q=%D8%A7');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page);
  await snap(page, 'directory-ar');

  // Sign out from the account menu.
  await page.getByRole('button', { name: /Daniel Carter/ }).click();
  await page.getByRole('menuitem', { name: 'تسجيل الخروج', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'البريد الإلكتروني' })).toBeVisible();
  await snap(page, 'sign-in-ar');
});
