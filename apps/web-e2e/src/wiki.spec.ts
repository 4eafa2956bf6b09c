import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, en, expectAccessible, expectNoSidewaysScroll, literal, signedInPage, signIn, snap, strings } from './support';

// Issue 16, AC3, on the demo organisation. HR (Giulia Rossi) creates a space and a page from the
// "Meeting notes" template and edits it; meanwhile the administrator (Amira Haddad, in Arabic, in
// her own browser) saves the same page first; Giulia's save opens the conflict dialog, she saves
// the merge and nothing either of them typed is lost; then the history's diff and a restore. The
// global search finds the new page; "already done?" and the search page in a second test.
const ar = strings('ar');
const HR = 'hr@pillars.demo';
const ADMIN = 'admin@pillars.demo';
/** Unique per run: the suite shares one seeded server, and a space key never repeats. */
const RUN = `e2e${Date.now().toString(36)}`;
const SPACE = `Projects ${RUN}`;
const TITLE = `Planning meeting ${RUN}`;
const GIULIA_LINE = `Ship the wiki to every team (${RUN})`;
const AMIRA_LINE = 'مراجعة الميزانية';

/** The page has drawn: a level-1 heading in main and no skeleton left. */
async function loaded(page: Page) {
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

test('a space, a page from a template, a conflict merged without losing a word, the diff and a restore; one editor in Arabic', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, HR, DEMO_PASSWORD, 'en');

  // The space list, and the dialog that creates a space (its key follows the name).
  await page.getByRole('navigation').first().getByRole('link', { name: en('wiki.nav.spaces'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('wiki.spaces.title') })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Company handbook' })).toBeVisible();
  await expectAccessible(page, 'space list');
  await snap(page, 'wiki-spaces');
  await page.getByRole('button', { name: en('wiki.spaces.create') }).first().click();
  const create = page.getByRole('dialog', { name: en('wiki.createSpace.title') });
  await create.getByRole('textbox', { name: en('wiki.createSpace.name') }).fill(SPACE);
  await expect(create.getByRole('textbox', { name: en('wiki.createSpace.key') })).toHaveValue(`projects-${RUN}`);
  await create.getByRole('textbox', { name: en('wiki.createSpace.description') }).fill('Plans and meeting notes of our projects.');
  await expect(create.getByRole('radio', { name: en('wiki.visibility.ORGANIZATION') })).toBeChecked();
  await expectAccessible(page, 'create-space dialog');
  await snap(page, 'wiki-create-space', false);
  await create.getByRole('button', { name: en('wiki.createSpace.submit') }).click();
  await expect(create).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/wiki/projects-${RUN}$`));
  await expect(page.getByRole('heading', { level: 1, name: SPACE })).toBeVisible();
  await expect(page.getByRole('complementary', { name: en('wiki.tree.sidebar') }).getByText(en('wiki.tree.empty'))).toBeVisible();

  // A page from the "Meeting notes" template: the title starts as the template's, the body is the template's.
  await page.getByRole('button', { name: en('wiki.newPage.button') }).click();
  const newPage = page.getByRole('dialog', { name: en('wiki.newPage.title') });
  await newPage.getByRole('radio', { name: /^Meeting notes/ }).check();
  const titleBox = newPage.getByRole('textbox', { name: en('wiki.newPage.pageTitle') });
  await expect(titleBox).toHaveValue('Meeting notes');
  await titleBox.fill(TITLE);
  await newPage.getByRole('button', { name: en('wiki.newPage.create') }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('wiki.editor.heading') })).toBeVisible();
  const editUrl = page.url();
  expect(editUrl).toMatch(/\/edit$/);
  const body = page.getByRole('textbox', { name: en('wiki.editor.body') });
  await expect(body).toHaveValue(/## Agenda\n\n1\. \n\n## Decisions\n\n- \n/);
  await expect(page.getByText(en('wiki.editor.baseRevision', { number: 1 }))).toBeVisible();

  // Giulia writes a decision (her text is in the editor, not saved yet).
  const template = await body.inputValue();
  await body.fill(template.replace('## Decisions\n\n- \n', `## Decisions\n\n- ${GIULIA_LINE}\n`));
  await page.getByRole('textbox', { name: en('wiki.editor.summary') }).fill('Decisions');
  const preview = page.getByRole('main').getByRole('listitem').filter({ hasText: GIULIA_LINE });
  await expect(preview).toBeVisible();
  await expectAccessible(page, 'editor');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'wiki-editor');

  // Amira, in Arabic in her own browser, opens the same page and saves an agenda item first.
  const amira = await signedInPage(browser, ADMIN, { width: 1280, height: 900 }, 'ar');
  await amira.goto(editUrl);
  await expect(amira.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(amira.getByRole('heading', { level: 1, name: ar('wiki.editor.heading') })).toBeVisible();
  const amiraBody = amira.getByRole('textbox', { name: ar('wiki.editor.body') });
  await expect(amiraBody).toHaveValue(template);
  await amiraBody.fill(template.replace('## Agenda\n\n1. \n', `## Agenda\n\n1. ${AMIRA_LINE}\n`));
  await expectAccessible(amira, 'editor (Arabic)');
  await amira.evaluate(() => window.scrollTo(0, 0));
  await snap(amira, 'wiki-editor-ar');
  await amira.getByRole('button', { name: ar('wiki.editor.save') }).click();
  await expect(amira.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(amira.getByRole('article').getByRole('listitem').filter({ hasText: AMIRA_LINE })).toBeVisible();
  // The page mirrors: the tree sits on the right of the text.
  const tree = await amira.getByRole('complementary', { name: ar('wiki.tree.sidebar') }).boundingBox();
  const text = await amira.getByRole('article').boundingBox();
  expect(tree && text && tree.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0) - 1);
  await expectAccessible(amira, 'page view (Arabic)');
  await snap(amira, 'wiki-ar');

  // Giulia's editor learns over the socket that revision 2 was saved meanwhile; her text stays.
  await expect(page.getByRole('status').filter({ hasText: en('wiki.editor.savedMeanwhile', { number: 2 }) })).toBeVisible();
  await expect(body).toHaveValue(new RegExp(literal(GIULIA_LINE).source));

  // Her save conflicts: the dialog shows Amira's change, Giulia's own text, and the merge of both.
  await page.getByRole('button', { name: en('wiki.editor.save') }).click();
  const conflict = page.getByRole('dialog', { name: en('wiki.conflict.title') });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('region', { name: en('wiki.conflict.theirChange') }).locator('ins').filter({ hasText: AMIRA_LINE }).first()).toBeVisible();
  await expect(conflict.getByRole('textbox', { name: en('wiki.conflict.yourText') })).toHaveValue(new RegExp(literal(GIULIA_LINE).source));
  const merged = conflict.getByRole('textbox', { name: en('wiki.conflict.mergedText') });
  await expect(merged).toHaveValue(new RegExp(`1\\. ${AMIRA_LINE}\\n[\\s\\S]*- ${literal(GIULIA_LINE).source}\\n`));
  await expect(conflict.getByText(en('wiki.conflict.notClean'))).toHaveCount(0);
  await expectAccessible(page, 'conflict dialog');
  await snap(page, 'wiki-conflict', false);
  await conflict.getByRole('button', { name: en('wiki.conflict.saveMerged', { number: 2 }) }).click();
  await expect(conflict).toBeHidden();

  // The page has both lines: nothing typed was lost.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const article = page.getByRole('article');
  await expect(article.getByRole('listitem').filter({ hasText: AMIRA_LINE })).toBeVisible();
  await expect(article.getByRole('listitem').filter({ hasText: GIULIA_LINE })).toBeVisible();
  await expect(article.getByText('Giulia Rossi')).toBeVisible(); // the owner
  await expectAccessible(page, 'page view');
  await snap(page, 'wiki-page');

  // Amira's page refreshed over the socket with Giulia's merge.
  await expect(amira.getByRole('article').getByRole('listitem').filter({ hasText: GIULIA_LINE })).toBeVisible();
  await amira.context().close();

  // History: three revisions; the diff of 2 → 3 adds Giulia's line; from 1 it adds both.
  await page.getByRole('link', { name: en('wiki.page.history') }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('wiki.history.title') })).toBeVisible();
  const rows = page.getByRole('main').getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4); // the header and three revisions
  await expect(rows.nth(1)).toContainText('Giulia Rossi');
  await expect(rows.nth(1)).toContainText('Decisions');
  await expect(rows.nth(2)).toContainText('Amira Haddad');
  const diff = page.getByRole('region', { name: en('wiki.history.diffTitle', { from: 2, to: 3 }) });
  await expect(diff.locator('ins').filter({ hasText: RUN }).first()).toBeVisible();
  await expect(diff.locator('ins').filter({ hasText: AMIRA_LINE })).toHaveCount(0);
  // A click, then wait: the choice goes through the URL (a router transition), so the controlled radio turns on a moment later.
  const fromOne = page.getByRole('radio', { name: en('wiki.history.fromLabel', { number: 1 }) });
  await fromOne.click();
  await expect(fromOne).toBeChecked();
  await expect(page).toHaveURL(/from=1/);
  const diff13 = page.getByRole('region', { name: en('wiki.history.diffTitle', { from: 1, to: 3 }) });
  await expect(diff13.locator('ins').filter({ hasText: AMIRA_LINE }).first()).toBeVisible();
  await diff13.getByText(en('wiki.diff.inline'), { exact: true }).click();
  await expect(diff13.getByLabel(en('wiki.diff.inlineLabel', { from: en('wiki.history.revisionN', { number: 1 }), to: en('wiki.history.revisionN', { number: 3 }) }))).toBeVisible();
  await expectAccessible(page, 'history and diff');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'wiki-diff');

  // Restoring revision 2 (Amira's) makes revision 4; the history keeps every revision.
  await page.getByRole('button', { name: en('wiki.history.restoreLabel', { number: 2 }) }).click();
  const confirm = page.getByRole('dialog', { name: en('wiki.history.restoreTitle', { number: 2 }) });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'restore confirmation');
  await confirm.getByRole('button', { name: en('wiki.history.restore'), exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: en('wiki.history.restored', { number: 2, latest: 4 }) })).toBeVisible();
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText(en('wiki.history.restoredFrom', { number: 2 }));
  await expect(rows.nth(1)).toContainText(en('wiki.history.current'));
  await snap(page, 'wiki-restored');
  await page.getByRole('main').getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(article.getByRole('listitem').filter({ hasText: AMIRA_LINE })).toBeVisible();
  await expect(article.getByRole('listitem').filter({ hasText: GIULIA_LINE })).toHaveCount(0);

  // The global search (`/` outside a text field) finds the new page right away; Enter opens it.
  await page.keyboard.press('/');
  const search = page.getByRole('dialog', { name: en('search.dialog') });
  const box = search.getByRole('combobox', { name: en('search.label') });
  await expect(box).toBeFocused();
  await box.fill(`planning ${RUN}`);
  const pages = search.getByRole('group', { name: en('search.kinds.PAGE') });
  await expect(pages.getByRole('option').filter({ hasText: TITLE })).toBeVisible();
  await box.press('ArrowDown');
  await expect(pages.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(search).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // At 375 px: the tree stacks above the page, nothing scrolls sideways; the editor too.
  await page.setViewportSize({ width: 375, height: 740 });
  await loaded(page);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'page view at 375 px');
  await snap(page, 'wiki-page-375');
  await page.getByRole('link', { name: en('wiki.page.edit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('wiki.editor.heading') })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { name: 'Agenda' })).toBeVisible(); // the preview has drawn
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'editor at 375 px');
  await snap(page, 'wiki-editor-375');
});

test('"already done?" while typing a new page\'s title; the global search finds a person and a page; the search page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'manager@pillars.demo', DEMO_PASSWORD, 'en');

  // The manager starts a page in the company handbook (he edits there) about travel expenses:
  // the handbook's own page is suggested before he writes it again.
  await page.goto('/wiki/handbook');
  await page.getByRole('button', { name: en('wiki.newPage.button') }).click();
  const dialog = page.getByRole('dialog', { name: en('wiki.newPage.title') });
  await dialog.getByRole('textbox', { name: en('wiki.newPage.pageTitle') }).pressSequentially('Travel expense rules');
  const similar = dialog.getByRole('region', { name: en('search.alreadyDone.region') });
  await expect(similar.getByRole('link', { name: 'Expense rules for travel' })).toBeVisible();
  await expect(similar.getByRole('listitem').filter({ hasText: 'Expense rules for travel' })).toContainText('Giulia Rossi');
  await expectAccessible(page, '"already done?" in the new-page dialog');
  await snap(page, 'wiki-already-done', false);
  await similar.getByRole('link', { name: 'Expense rules for travel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Expense rules for travel' })).toBeVisible();
  await expect(dialog).toBeHidden();

  // Ctrl+K opens the global search from anywhere; people and pages come grouped.
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: en('search.dialog') });
  const box = search.getByRole('combobox', { name: en('search.label') });
  await expect(box).toBeFocused();
  await box.fill('Noa Levi');
  const people = search.getByRole('group', { name: en('search.kinds.PERSON') });
  await expect(people.getByRole('option').filter({ hasText: 'Noa Levi' })).toBeVisible();
  await expectAccessible(page, 'global search');
  await snap(page, 'search-dialog', false);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Noa Levi' })).toBeVisible();

  // Enter with nothing highlighted: every result on the search page, with filters.
  await page.getByRole('button', { name: en('search.open') }).click();
  await box.fill('working from home');
  await expect(search.getByRole('group', { name: en('search.kinds.PAGE') }).getByRole('option', { name: /^Working from home/ })).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=working/);
  await expect(page.getByRole('heading', { level: 1, name: en('search.page.title') })).toBeVisible();
  const results = page.getByRole('list', { name: en('search.results') });
  await expect(results.getByRole('link', { name: 'Working from home' })).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await expectAccessible(page, 'search page');
  await snap(page, 'search');

  // The same search in Arabic at 375 px: mirrored, nothing sideways.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.evaluate(() => localStorage.setItem('pillars.locale', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: ar('search.page.title') })).toBeVisible();
  await expect(page.getByRole('list', { name: ar('search.results') }).getByRole('link', { name: 'Working from home' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'search page (Arabic, 375 px)');
  await snap(page, 'search-375-ar');
});

test('a space admin: pages dragged in the tree, settings and members, the reports, a page handed on; the templates', async ({ page }) => {
  test.setTimeout(180_000);
  const run = `adm${Date.now().toString(36)}`;
  const space = `Team notes ${run}`;
  const alpha = `Alpha ${run}`;
  const beta = `Beta ${run}`;
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, HR, DEMO_PASSWORD, 'en');

  // A space with two pages; the first links to a page that does not exist.
  await page.goto('/wiki');
  await page.getByRole('button', { name: en('wiki.spaces.create') }).first().click();
  const create = page.getByRole('dialog', { name: en('wiki.createSpace.title') });
  await create.getByRole('textbox', { name: en('wiki.createSpace.name') }).fill(space);
  await create.getByRole('button', { name: en('wiki.createSpace.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: space })).toBeVisible();
  const spaceUrl = page.url();
  for (const [title, body] of [[alpha, `See [[Missing page ${run}]] first.`], [beta, 'Second page.']]) {
    await page.goto(spaceUrl);
    await page.getByRole('button', { name: en('wiki.newPage.button') }).click();
    const dialog = page.getByRole('dialog', { name: en('wiki.newPage.title') });
    await dialog.getByRole('textbox', { name: en('wiki.newPage.pageTitle') }).fill(title);
    await dialog.getByRole('button', { name: en('wiki.newPage.create') }).click();
    await page.getByRole('textbox', { name: en('wiki.editor.body') }).fill(body);
    await page.getByRole('button', { name: en('wiki.editor.save') }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  // The owner sets the page's own review cycle (the dialog also hands the page on).
  await page.getByRole('button', { name: en('wiki.stewardship.button') }).click();
  const steward = page.getByRole('dialog', { name: en('wiki.stewardship.title') });
  await steward.getByRole('combobox', { name: en('wiki.stewardship.cycle') }).selectOption('6');
  await steward.getByRole('button', { name: en('wiki.stewardship.saveCycle') }).click();
  await expect(steward.getByRole('button', { name: en('wiki.stewardship.saveCycle') })).not.toHaveAttribute('data-loading');
  await expectAccessible(page, 'owner and review dialog');
  await snap(page, 'wiki-stewardship', false);
  await page.keyboard.press('Escape');
  await expect(steward).toBeHidden();

  // Dragging Beta onto the top edge of Alpha puts it first; the tree shows the new order.
  const tree = page.getByRole('tree', { name: en('wiki.tree.label') });
  await expect(tree.getByRole('treeitem')).toHaveText([alpha, beta]);
  const rowOf = (title: string) => tree.getByRole('treeitem', { name: title }).locator('> div').first();
  await rowOf(beta).dragTo(rowOf(alpha), { targetPosition: { x: 40, y: 3 } });
  await expect(page.getByRole('status').filter({ hasText: en('wiki.drag.moved', { title: beta }) })).toBeVisible();
  await expect(tree.getByRole('treeitem')).toHaveText([beta, alpha]);

  // Settings: a member added from the people picker, their role changed, then removed; the space becomes members-only.
  await page.goto(spaceUrl);
  await page.getByRole('link', { name: en('wiki.settings.button') }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('wiki.settings.title') })).toBeVisible();
  const members = page.getByRole('list', { name: en('wiki.members.title') });
  await expect(members.getByText('Giulia Rossi')).toBeVisible();
  const picker = page.getByRole('combobox', { name: en('wiki.members.person') });
  await picker.focus();
  await picker.pressSequentially('Noa');
  await expect(page.getByRole('option', { name: /Noa Levi/ })).toBeVisible();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue('Noa Levi');
  await page.getByRole('button', { name: en('wiki.members.add') }).click();
  await expect(members.getByText('Noa Levi')).toBeVisible();
  await members.getByRole('combobox', { name: en('wiki.members.roleOf', { name: 'Noa Levi' }) }).selectOption('READER');
  await expect(members.getByRole('combobox', { name: en('wiki.members.roleOf', { name: 'Noa Levi' }) })).toHaveValue('READER');
  await page.getByRole('radio', { name: new RegExp(`^${en('wiki.visibility.MEMBERS')}`) }).check();
  await page.getByRole('button', { name: en('wiki.settings.save') }).click();
  await expect(page.getByRole('status').filter({ hasText: en('wiki.settings.saved') })).toBeVisible();
  // Giulia is the only admin of a members-only space now: her role and removal are not offered.
  await expect(members.getByRole('button', { name: en('wiki.members.removeName', { name: 'Giulia Rossi' }) })).toBeDisabled();
  await expect(members.getByText(en('wiki.members.lastAdmin'))).toBeVisible();
  await expectAccessible(page, 'space settings');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'wiki-space-settings');
  await members.getByRole('button', { name: en('wiki.members.removeName', { name: 'Noa Levi' }) }).click();
  const confirm = page.getByRole('dialog', { name: en('wiki.members.removeTitle') });
  await confirm.getByRole('button', { name: en('wiki.members.remove') }).click();
  await expect(members.getByText('Noa Levi')).toHaveCount(0);

  // At 375 px and in Arabic: nothing sideways, mirrored, accessible.
  await page.setViewportSize({ width: 375, height: 740 });
  await loaded(page);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'space settings at 375 px');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'wiki-space-settings-375');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => localStorage.setItem('pillars.locale', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: ar('wiki.settings.title') })).toBeVisible();
  await expectAccessible(page, 'space settings (Arabic)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'wiki-space-settings-ar');
  await page.evaluate(() => localStorage.setItem('pillars.locale', 'en'));

  // Reports: the broken link (page, text, target); no page has a departed owner here.
  await page.goto(`${spaceUrl}/_reports`);
  await expect(page.getByRole('heading', { level: 1, name: en('wiki.reports.title') })).toBeVisible();
  const broken = page.getByRole('table', { name: en('wiki.reports.broken', { count: 1 }) });
  await expect(broken.getByRole('row').nth(1)).toContainText(alpha);
  await expect(broken.getByRole('row').nth(1)).toContainText(`Missing page ${run}`);
  await expect(page.getByText(en('wiki.reports.noDeparted'))).toBeVisible();
  await expectAccessible(page, 'space reports');
  await snap(page, 'wiki-space-reports');

  // Templates: the three seeded ones, edited with the pages' Markdown editor.
  await page.goto('/wiki');
  await page.getByRole('link', { name: en('wiki.templates.button') }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('wiki.templates.title') })).toBeVisible();
  for (const name of ['Meeting notes', 'How-to', 'Team onboarding']) await expect(page.getByRole('main').getByText(name, { exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'templates');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'wiki-templates');
  await page.getByRole('button', { name: en('wiki.templates.editName', { name: 'How-to' }) }).click();
  await expect(page.getByRole('heading', { level: 2, name: en('wiki.templates.editTitle') })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: en('wiki.editor.toolbar') })).toBeVisible();
  await expectAccessible(page, 'template editor');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'wiki-template-editor');
  await page.getByRole('button', { name: en('common.cancel') }).click();
  await expect(page.getByRole('button', { name: en('wiki.templates.create') })).toBeVisible();
});
