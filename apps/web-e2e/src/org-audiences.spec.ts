import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, en, expectAccessible, expectNoSidewaysScroll, signedInPage, signIn, snap, strings } from './support';

const MANAGER = 'manager@pillars.demo'; // Daniel Carter, English
const ADMIN = 'admin@pillars.demo'; // Amira Haddad, Arabic
const HR = 'hr@pillars.demo'; // Giulia Rossi, Italian
const run = Date.now().toString(36);

test('org chart: the whole organisation by keyboard and zoom, by manager and by team; a person among peers; Arabic at 375 px', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // Read in English whatever another spec may have left in his profile.
  await signIn(page, MANAGER, DEMO_PASSWORD, 'en');
  await page.goto('/org-chart');
  await expect(page.getByRole('navigation', { name: en('directory.orgChart.label') })).toBeVisible();
  await page.getByRole('link', { name: en('directory.orgChart.wholeOrganisation') }).click();
  await expect(page).toHaveURL(/\/organisation$/);
  await expect(page.getByRole('heading', { level: 1, name: en('directory.overview.title') })).toBeVisible();

  const tree = page.getByRole('tree', { name: en('directory.overview.managerTree') });
  // One tab stop: the first person of the tree. The first with reports is the branch to open
  // (other specs add people without a manager, who sort anywhere among the top of the tree).
  await expect(tree.getByRole('treeitem').first()).toHaveAttribute('tabindex', '0');
  const branchAtTop = (t: typeof tree) => t.locator('[role="treeitem"][aria-level="1"][aria-expanded]').first();
  const top = branchAtTop(tree);
  await expect(top).toHaveAttribute('aria-expanded', 'false');
  // One tab stop: focus the tree, open the branch with →, go down into it with ↓.
  await top.focus();
  await page.keyboard.press('ArrowRight');
  await expect(top).toHaveAttribute('aria-expanded', 'true');
  const firstChild = top.getByRole('group').getByRole('treeitem').first();
  await expect(firstChild).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(firstChild).toBeFocused();
  await expect(firstChild).toHaveAttribute('aria-level', '2');
  // ← goes back to the parent, ← again closes it, → opens it again.
  await page.keyboard.press('ArrowLeft');
  await expect(top).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(top).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(firstChild).toBeVisible();

  await page.getByRole('button', { name: en('directory.overview.zoomIn') }).click();
  await expect(page.getByText('110%')).toBeVisible();
  await page.getByRole('button', { name: en('directory.overview.zoomOut') }).click();
  await page.getByRole('button', { name: en('directory.overview.zoomOut') }).click();
  await expect(page.getByText('90%')).toBeVisible();
  await page.getByRole('button', { name: en('directory.overview.zoomReset') }).click();
  await expect(page.getByText('100%')).toBeVisible();
  await expectAccessible(page, 'organisation by manager');
  await snap(page, 'org-overview-en');

  // By team: departments first, sub-teams on demand; leaves have no chevron (no aria-expanded).
  await page.getByText(en('directory.overview.byTeam')).click();
  const teams = page.getByRole('tree', { name: en('directory.overview.teamTree') });
  const dept = teams.locator('[role="treeitem"][aria-expanded]').first();
  await dept.focus();
  await page.keyboard.press('ArrowRight');
  await expect(dept).toHaveAttribute('aria-expanded', 'true');
  await expect(dept.getByRole('group').getByRole('treeitem').first()).toBeVisible();
  await expectAccessible(page, 'organisation by team');
  await snap(page, 'org-overview-teams-en');

  // Enter on a person opens their place in the chart: manager line above, peers beside, reports below.
  await page.getByText(en('directory.overview.byManager')).click();
  await branchAtTop(tree).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/org-chart\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('list', { name: en('directory.orgChart.chain') })).toBeVisible();
  await expect(page.getByRole('main').locator('[aria-current="page"]')).toBeVisible();
  await expectAccessible(page, 'org chart around a person');
  await snap(page, 'org-chart-peers-en');

  // Arabic, on a phone: right to left, ← opens a branch, nothing wider than the screen.
  const ar = strings('ar');
  const amira = await signedInPage(browser, ADMIN, { width: 375, height: 740 }, 'ar');
  await amira.goto('/organisation');
  await expect(amira.locator('html')).toHaveAttribute('dir', 'rtl');
  const arTop = branchAtTop(amira.getByRole('tree', { name: ar('directory.overview.managerTree') }));
  await arTop.focus();
  await amira.keyboard.press('ArrowLeft');
  await expect(arTop).toHaveAttribute('aria-expanded', 'true');
  await expect(arTop.getByRole('group').getByRole('treeitem').first()).toBeVisible();
  await expectAccessible(amira, 'organisation, Arabic, 375 px');
  await expectNoSidewaysScroll(amira);
  await snap(amira, 'org-overview-ar-375');
  await amira.context().close();
});

test('saved audiences: save one, see it listed with its size, open "and N more", reopen and edit it, announce to it', async ({ page }) => {
  const it = strings('it');
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, HR, DEMO_PASSWORD, 'it');
  await page.goto('/admin/audiences');
  await expect(page.getByRole('heading', { level: 1, name: it('audiences.list.title') })).toBeVisible();
  await page.getByRole('link', { name: it('audiences.list.new') }).click();
  await expect(page.getByRole('heading', { level: 1, name: it('audiences.edit.newTitle') })).toBeVisible();

  const name = `Tutti ${run}`;
  await page.getByRole('textbox', { name: it('audiences.edit.name') }).fill(name);
  await page.getByRole('button', { name: it('audiences.picker.include.add') }).click();
  await page.getByRole('menuitem', { name: it('audiences.kind.ALL') }).click();
  // "and N more" opens into everyone, a page at a time.
  const more = page.getByRole('button', { name: /^e (altre \d+|\d+ altra)$/ });
  await more.click();
  const members = page.getByRole('list', { name: it('audiences.members.label') });
  await expect(members.getByRole('listitem').first()).toBeVisible();
  const shown = await members.getByRole('listitem').count();
  const next = page.getByRole('button', { name: it('audiences.members.more') });
  if (await next.isVisible()) {
    await next.click();
    await expect.poll(() => members.getByRole('listitem').count()).toBeGreaterThan(shown);
  }
  await expectAccessible(page, 'new audience, members open');
  await page.getByRole('button', { name: it('audiences.page.save') }).click();
  await expect(page).toHaveURL(/\/admin\/audiences\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // The same name again is refused on the name field.
  await page.getByRole('link', { name: it('audiences.edit.back') }).click();
  await page.getByRole('link', { name: it('audiences.list.new') }).click();
  await page.getByRole('textbox', { name: it('audiences.edit.name') }).fill(name.toUpperCase());
  await page.getByRole('button', { name: it('audiences.picker.include.add') }).click();
  await page.getByRole('menuitem', { name: it('audiences.kind.ALL') }).click();
  await page.getByRole('button', { name: it('audiences.page.save') }).click();
  await expect(page.getByText(it('errors.AUDIENCE_NAME_TAKEN'))).toBeVisible();
  await expect(page.getByRole('textbox', { name: it('audiences.edit.name') })).toHaveAttribute('aria-invalid', 'true');

  // Announce to the saved audience.
  await page.goto('/announcements/new');
  await page.getByRole('combobox', { name: it('announcements.body') }).fill(`Per ${name}`);
  await page.getByRole('radio', { name: it('announcements.audienceMode.saved') }).check();
  await page.getByPlaceholder(it('announcements.savedAudiencePlaceholder')).fill(run);
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await page.getByRole('button', { name: it('announcements.publish') }).click();
  await expect(page).toHaveURL(/\/announcements\/[0-9a-f-]{36}\/reach$/);

  // The list: its size and where it is used; reopen and edit.
  await page.goto('/admin/audiences');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(card.getByText(it('audiences.usage.ANNOUNCEMENT', { count: 1 }))).toBeVisible();
  await expect(card.getByText(/\d+ persone/)).toBeVisible();
  await expectAccessible(page, 'saved audiences');
  await snap(page, 'audiences-list-it');
  await card.getByRole('link', { name }).click();
  const edited = `${name} (sede)`;
  await page.getByRole('textbox', { name: it('audiences.edit.name') }).fill(edited);
  await page.getByRole('button', { name: it('audiences.page.save') }).click();
  await expect(page.getByRole('status').filter({ hasText: it('audiences.page.saved') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: edited })).toBeVisible();
  await expectAccessible(page, 'saved audience, edited');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'audience-edit-it');
});
