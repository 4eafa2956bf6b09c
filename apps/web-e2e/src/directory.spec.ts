import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, en, expectAccessible, expectNoSidewaysScroll, signIn, snap, strings } from './support';

const ar = strings('ar');

test('the header search suggests people as you type, forgives a typo and works by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'manager@pillars.demo', DEMO_PASSWORD, 'en');
  await page.goto('/feeds');
  const box = page.getByRole('combobox', { name: en('directory.headerSearch.label') });
  await box.focus();
  // A swapped letter in the family name still finds her.
  await box.fill('Noa Lvei');
  const option = page.getByRole('option', { name: /Noa Levi/ });
  await expect(option).toBeVisible();
  await expect(page.getByRole('option', { name: /^See all results/ })).toBeVisible();
  await expectAccessible(page, 'header search open');
  await snap(page, 'header-search-en', false);

  // Arrows move through the suggestions; Enter opens the highlighted person.
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Noa Levi' })).toBeVisible();

  // Enter with nothing highlighted goes to every result, with the total shown.
  await box.fill('levi');
  await expect(page.getByRole('option', { name: /Noa Levi/ })).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/people\?q=levi/);
  await expect(page.getByText(/\d+ (person|people) found/)).toBeVisible();
});

test('the directory suggests a spelling when nothing matches; the phone header search opens a dialog (Arabic)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'manager@pillars.demo', DEMO_PASSWORD, 'en');
  await page.goto('/people?q=Nxoaa%20Levvii');
  const fix = page.getByRole('main').getByRole('button').filter({ hasText: /levi/i }).first();
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(page.getByRole('link', { name: /Noa Levi/ }).first()).toBeVisible();

  await page.setViewportSize({ width: 375, height: 740 });
  // Arabic on this device only (it wins over the profile's language), so the manager's profile stays English.
  await page.evaluate(() => localStorage.setItem('pillars.locale', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: ar('directory.headerSearch.open') }).click();
  const box = page.getByRole('dialog').getByRole('combobox', { name: ar('directory.headerSearch.label') });
  await expect(box).toBeFocused();
  await box.fill('Noa');
  await expect(page.getByRole('option', { name: /Noa Levi/ })).toBeVisible();
  await expectAccessible(page, 'phone header search (ar)');
  await snap(page, 'header-search-375-ar', false);
  await expectNoSidewaysScroll(page);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Noa Levi' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
