import { expect, test } from '@playwright/test';
import { expectAccessible, pdfPageTexts, signedInPage, signIn, snap, strings, useLanguage } from './support';

// Issue 15, AC3, on the demo organisation: HR (Giulia Rossi, Italian) drafts Social Media
// Guidelines 3.0 in English and Arabic with a quiz and publishes it to everyone; the employee (Noa
// Levi, Hebrew), who signed 1.0, finds it in "My policies", reads the changes since 1.0, passes the
// quiz and acknowledges; HR's compliance percentage moves.
const it = strings('it');
const he = strings('he');
const HR = 'hr@pillars.demo';
const EMPLOYEE = 'employee@pillars.demo';
const TITLE = 'Social Media Guidelines';
const EN_BODY = '## Speaking about the company online\n\n- Only the Communications team speaks **for** the company.\n- Say that the views are your own.\n- New in 3.0: never post a colleague\'s photo without asking them first.';
const AR_BODY = '## الحديث عن الشركة على الإنترنت\n\n- فريق الاتصال وحده يتحدث **باسم** الشركة.\n- وضّح أن الآراء آراؤك الشخصية.\n- الجديد في 3.0: لا تنشر صورة زميل دون أن تسأله أولاً.';

test('HR publishes Social Media Guidelines 3.0 with a quiz; the employee reads the changes, passes the quiz and acknowledges; compliance moves', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, HR);
  await page.getByRole('navigation').first().getByRole('link', { name: it('policies.nav.library'), exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const policyUrl = page.url();
  await page.getByRole('link', { name: it('policies.policy.newVersion') }).click();
  await expect(page.getByRole('heading', { level: 1, name: it('policies.draft.title') })).toBeVisible();

  // Texts in English and Arabic (English is the fallback).
  await page.getByLabel(it('policies.draft.summary')).fill('Photos of colleagues');
  await page.getByRole('checkbox', { name: it('policies.languages.ar') }).check();
  const texts = async (title: string, body: string, ack: string) => {
    await page.getByRole('textbox', { name: it('policies.draft.bodyTitle') }).fill(title);
    await page.getByRole('textbox', { name: it('policies.draft.body'), exact: true }).fill(body);
    await page.getByRole('textbox', { name: it('policies.draft.ackText') }).fill(ack);
  };
  await texts(TITLE, EN_BODY, 'I have read and will follow these guidelines.');
  await page.getByRole('tab', { name: it('policies.languages.ar') }).click();
  await texts('إرشادات وسائل التواصل الاجتماعي', AR_BODY, 'قرأت هذه الإرشادات وسألتزم بها.');

  // To everyone, acknowledged by a quiz: one question per language.
  await page.getByRole('button', { name: it('audiences.picker.include.add') }).click();
  await page.getByRole('menuitem', { name: it('audiences.kind.ALL') }).click();
  await page.getByRole('radio', { name: it('policies.method.QUIZ') }).check();
  const question = async (prompt: string, right: string, wrong: string) => {
    await page.getByRole('textbox', { name: it('policies.quizEditor.prompt', { number: 1 }), exact: true }).fill(prompt);
    await page.getByRole('textbox', { name: it('policies.quizEditor.option', { number: 1, question: 1 }) }).fill(right);
    await page.getByRole('textbox', { name: it('policies.quizEditor.option', { number: 2, question: 1 }) }).fill(wrong);
  };
  await question('مَن يتحدث باسم الشركة؟', 'فريق الاتصال', 'أي موظف');
  await page.getByRole('tab', { name: it('policies.languages.en') }).click();
  await question('Who speaks for the company?', 'The Communications team', 'Any employee');
  await expect(page.getByText(it('audiences.preview.counting'))).toHaveCount(0);
  await expectAccessible(page, 'draft with a quiz');
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, 'policy-draft-quiz');
  await page.getByRole('button', { name: it('policies.draft.save') }).click();
  await page.getByRole('button', { name: it('policies.draft.publish', { version: '3.0' }) }).click();
  await expect(page).toHaveURL(policyUrl);
  await expect(page.getByText(it('policies.versionLabel', { version: '3.0' })).first()).toBeVisible();

  // HR's dashboard for 3.0 before anyone acknowledged it.
  await page.getByRole('link', { name: it('policies.compliance.title') }).click();
  const percent = page.getByTestId('compliance-percent').first();
  await expect(percent).toBeVisible();
  const before = (await percent.innerText()).trim();

  // The employee, in Hebrew: the guidelines wait in "My policies" (the fan-out runs in jobs: reload until 3.0 is listed).
  const noa = await signedInPage(browser, EMPLOYEE);
  await noa.getByRole('navigation').first().getByRole('link', { name: he('policies.nav.mine'), exact: true }).click();
  const card = noa.getByRole('main').getByRole('article').filter({ hasText: TITLE });
  await expect(async () => {
    await noa.reload();
    await expect(card).toContainText(he('policies.versionLabel', { version: '3.0' }), { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await card.getByRole('link', { name: TITLE }).click();
  await expect(noa.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // Not written in Hebrew: the English fallback, and what changed since the 1.0 they signed.
  await expect(noa.getByText(he('policies.reading.fallback', { requested: he('policies.languages.he'), shown: he('policies.languages.en') }))).toBeVisible();
  const changes = noa.getByRole('region', { name: he('policies.changes.title', { version: '1.0' }) });
  await expect(changes).toBeVisible();
  await expect(changes.locator('ins').filter({ hasText: "colleague's photo" })).toBeVisible();
  await noa.getByRole('button', { name: he('policies.quiz.start') }).click();
  await noa.getByRole('radio', { name: 'The Communications team' }).check();
  await expectAccessible(noa, 'reading with the diff and the quiz (Hebrew)');
  // From the top, with nothing focused: a full-page shot of a scrolled page draws the sticky header mid-page.
  await noa.evaluate(() => window.scrollTo(0, 0));
  await snap(noa, 'policy-reading-diff-quiz');
  await noa.getByRole('button', { name: he('policies.quiz.submit', { version: '3.0' }) }).click();
  await expect(noa.getByRole('status').filter({ hasText: he('policies.ack.done', { version: '3.0' }) })).toBeVisible();
  await noa.context().close();

  // HR's percentage moved.
  await expect(async () => {
    await page.reload();
    await expect(percent).not.toHaveText(before, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(page, 'compliance');
  await snap(page, 'policy-compliance');

  // The evidence pack for auditors downloads and opens (PDF.js reads it): in HR's Italian, with
  // Noa's acknowledgement of 3.0 and the chain verified.
  await page.goto(policyUrl);
  await page.getByRole('main').getByRole('link', { name: it('policies.evidence.title') }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: it('policies.evidence.title') })).toBeVisible();
  await expectAccessible(page, 'evidence');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: it('policies.evidence.pdf') }).click()]);
  expect(download.suggestedFilename()).toMatch(/^policy-evidence-[0-9a-f-]{36}\.pdf$/);
  const pdf = pdfPageTexts(await download.path());
  expect(pdf[0]).toContain('Prove di presa visione');
  expect(pdf[0]).toContain('3.0');
  expect(pdf[0]).toContain('Verificata');
  expect(pdf.join(' ')).toContain('Noa Levi');
});

test('the compliance trend of a policy published a month ago: a chart, its points as a table, filters; axe clean in Italian and Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, HR);
  await page.getByRole('navigation').first().getByRole('link', { name: it('policies.nav.library'), exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: 'Acceptable Use Policy', exact: true }).click();
  await page.getByRole('link', { name: it('policies.compliance.title') }).click();
  const trend = page.getByRole('region', { name: it('policies.compliance.trend') });
  await expect(trend.locator('svg.recharts-surface')).toBeVisible();
  // About a month of days, one row each (the chart is hidden from screen readers; the table is not).
  expect(await trend.getByRole('row').count()).toBeGreaterThan(25);
  await expectAccessible(page, 'compliance trend');
  await snap(page, 'policy-compliance-trend');
  // A role filter narrows the totals and lands in the URL.
  await page.getByLabel(it('policies.compliance.role'), { exact: true }).and(page.locator('input')).click();
  await page.getByRole('option', { name: it('policies.compliance.roles.HR') }).click();
  await expect(page).toHaveURL(/role=HR/);
  await expect(trend.locator('svg.recharts-surface')).toBeVisible();
  await expectAccessible(page, 'compliance trend, filtered');
  // In Arabic the page mirrors.
  await useLanguage(page, 'ar');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: strings('ar')('policies.compliance.trend') }).locator('svg.recharts-surface')).toBeVisible();
  await expectAccessible(page, 'compliance trend (Arabic)');
  await snap(page, 'policy-compliance-trend-ar');
});
