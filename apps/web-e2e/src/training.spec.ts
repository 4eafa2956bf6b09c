import { Browser, expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { baseURL, expectAccessible, expectNoSidewaysScroll, Lang, pdfPageTexts, signedInPage, signIn, snap, strings } from './support';

// Issue 17, AC2, on the demo organisation: HR (Giulia Rossi) builds a course with a reading and a
// quiz and assigns it to the demo employee's team; the employee (Noa Levi) completes it on a phone,
// quiz included, and downloads the certificate; its code checks out on the public page without a
// session; the manager's (Daniel Carter) matrix cell turns to done. Once in English (the screenshots
// without a suffix), once in Italian and once in Arabic. Each run's course has a title of its own.
const HR = 'hr@pillars.demo';
const MANAGER = 'manager@pillars.demo';
const EMPLOYEE = 'employee@pillars.demo';
const EMPLOYEE_NAME = 'Noa Levi';
const PHONE = { width: 375, height: 812 };

const CONTENT: Record<'en' | 'it' | 'ar', { title: string; category: string; reading: string; readingText: string; quiz: string; question: string; right: string; wrong: string }> = {
  en: {
    title: 'Safe sharing', category: 'Security', reading: 'Why it matters', readingText: '## Before you share\n\n- Check **who** can see it.\n- Never share passwords.',
    quiz: 'Check yourself', question: 'Who may know your password?', right: 'Nobody', wrong: 'My manager',
  },
  it: {
    title: 'Condivisione sicura', category: 'Sicurezza', reading: 'Perché conta', readingText: '## Prima di condividere\n\n- Controlla **chi** può vederlo.\n- Non condividere mai le password.',
    quiz: 'Verifica', question: 'Chi può conoscere la tua password?', right: 'Nessuno', wrong: 'Il mio responsabile',
  },
  ar: {
    title: 'المشاركة الآمنة', category: 'الأمن', reading: 'لماذا يهم الأمر', readingText: '## قبل أن تشارك\n\n- تحقّق **مَن** يمكنه رؤيته.\n- لا تشارك كلمات المرور أبدًا.',
    quiz: 'اختبر نفسك', question: 'مَن يحق له معرفة كلمة مرورك؟', right: 'لا أحد', wrong: 'مديري',
  },
};

/** The demo employee's team, as the directory names it (read over the API in their own session). */
async function employeeTeam(browser: Browser): Promise<string> {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  try {
    const send = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await context.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json', 'x-pillars-csrf': '1' } });
      const body = (await res.json()) as { data?: { me?: { teams: { team: { name: string } }[] } }; errors?: unknown };
      expect(body.errors, query).toBeUndefined();
      return body.data;
    };
    await send('mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: { email: EMPLOYEE, password: 'pillars-demo' } });
    const data = await send('{ me { teams { team { name } } } }');
    const name = data?.me?.teams[0]?.team.name;
    expect(name).toBeTruthy();
    return name as string;
  } finally {
    await context.close();
  }
}

/** The matrix cell of `person` under the column titled `course`. */
async function matrixCell(page: Page, person: string, course: string) {
  const table = page.getByRole('table');
  // allInnerTexts does not wait: the column must be there (the matrix loaded) before it is read.
  await expect(table.locator('thead th').filter({ hasText: course })).toBeVisible();
  const headers = await table.locator('thead th').allInnerTexts();
  const column = headers.findIndex((h) => h.trim() === course);
  expect(column, `column ${course}`).toBeGreaterThan(0);
  const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: person, exact: true }) });
  return row.locator('th, td').nth(column);
}

for (const lang of ['en', 'it', 'ar'] as const satisfies readonly Lang[]) {
  const s = strings(lang);
  const c = CONTENT[lang];
  const suffix = lang === 'en' ? '' : `-${lang}`;

  test(`training (${lang}): HR builds and assigns a course with a quiz; the employee completes it on a phone; the certificate verifies; the matrix turns green`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    const title = `${c.title} ${Date.now().toString(36)}`;
    const team = await employeeTeam(browser);

    // HR: the catalogue, then a new course.
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, HR, undefined, lang);
    await page.getByRole('navigation').first().getByRole('link', { name: s('training.nav.courses'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: s('training.catalogue.title') })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Information Security Basics' })).toBeVisible();
    await expectAccessible(page, 'course catalogue');
    await page.getByRole('main').getByRole('link', { name: s('training.catalogue.new') }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: s('training.editor.newTitle') })).toBeVisible();

    await page.getByRole('textbox', { name: s('training.editor.title'), exact: true }).fill(title);
    await page.getByRole('textbox', { name: s('training.editor.description') }).fill(c.readingText.split('\n')[0].replace('## ', ''));
    await page.getByRole('textbox', { name: s('training.editor.category') }).fill(c.category);
    await page.getByRole('textbox', { name: s('training.editor.validity') }).fill('12');
    await expect(page.getByRole('checkbox', { name: s(`training.languages.${lang}`) })).toBeChecked();

    // The quiz first, then the reading; the reading is moved up by keyboard.
    const addModule = async (kind: string) => {
      await page.getByRole('button', { name: s('training.editor.addModule') }).click();
      await page.getByRole('menuitem', { name: new RegExp(`^${s(`training.kind.${kind}`)}`) }).click();
    };
    await addModule('QUIZ');
    await expect(page.getByRole('textbox', { name: s('training.editor.moduleTitle', { number: 1 }) })).toBeFocused();
    await page.keyboard.type(c.quiz);
    await page.getByRole('textbox', { name: s('training.editor.quiz.question', { number: 1, module: 1 }) }).fill(c.question);
    await page.getByRole('textbox', { name: s('training.editor.quiz.option', { number: 1, question: 1 }) }).fill(c.right);
    await page.getByRole('textbox', { name: s('training.editor.quiz.option', { number: 2, question: 1 }) }).fill(c.wrong);
    await addModule('MARKDOWN');
    await page.getByRole('textbox', { name: s('training.editor.moduleTitle', { number: 2 }) }).fill(c.reading);
    await page.getByRole('textbox', { name: s('training.editor.markdown', { number: 2 }) }).fill(c.readingText);
    await page.getByRole('button', { name: s('training.editor.moveUp', { number: 2 }) }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: s('training.editor.moveDown', { number: 1 }) })).toBeFocused();
    await expect(page.getByRole('textbox', { name: s('training.editor.moduleTitle', { number: 1 }) })).toHaveValue(c.reading);
    await expect(page.getByRole('textbox', { name: s('training.editor.moduleTitle', { number: 2 }) })).toHaveValue(c.quiz);
    await expect(page.getByRole('radio', { name: s('training.editor.quiz.correct', { number: 1, question: 1 }) })).toBeChecked();
    await expectAccessible(page, 'course editor');
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, `training-editor${suffix}`);

    // Save (the draft's own page), publish, assign to the employee's team.
    await page.getByRole('button', { name: s('training.editor.save'), exact: true }).click();
    await expect(page).toHaveURL(/\/training\/courses\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: s('training.editor.publish'), exact: true }).click();
    await page.getByRole('button', { name: s('training.assign.open'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: s('training.assign.title') });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: s('audiences.picker.include.add') }).click();
    await page.getByRole('menuitem', { name: s('audiences.kind.TEAM') }).click();
    const teamLabel = { name: s('audiences.picker.team'), exact: true };
    const teamBox = dialog.getByRole('combobox', teamLabel).or(dialog.getByRole('textbox', teamLabel));
    await teamBox.fill(team);
    await page.getByRole('option', { name: new RegExp(`${team.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().click();
    await expect(dialog.getByText(s('audiences.preview.counting'))).toHaveCount(0);
    await expectAccessible(page, 'assign dialog');
    await snap(page, `training-assign${suffix}`, false);
    await dialog.getByRole('button', { name: s('training.assign.submit'), exact: true }).click();
    await expect(dialog).toBeHidden();

    // The manager's matrix: the new column, the employee not started yet.
    const manager = await signedInPage(browser, MANAGER, { width: 1280, height: 900 }, lang);
    await manager.getByRole('navigation').first().getByRole('link', { name: s('training.nav.matrix'), exact: true }).click();
    await expect(manager.getByRole('heading', { level: 1, name: s('training.matrix.title') })).toBeVisible();
    await expect(manager.getByRole('columnheader', { name: title })).toBeVisible();
    await expect(await matrixCell(manager, EMPLOYEE_NAME, title)).toHaveAttribute('data-status', 'NOT_STARTED');

    // The employee on a phone: "My training", the course, the reading, the quiz.
    const noa = await signedInPage(browser, EMPLOYEE, PHONE, lang);
    await noa.goto('/training');
    await expect(noa.getByRole('heading', { level: 1, name: s('training.mine.title') })).toBeVisible();
    await noa.getByRole('main').getByRole('link', { name: title }).click();
    await expect(noa.getByRole('heading', { level: 2, name: c.reading })).toBeVisible();
    await noa.getByRole('button', { name: s('training.player.markComplete') }).click();
    await expect(noa.getByRole('heading', { level: 2, name: c.quiz })).toBeVisible();
    await noa.getByRole('button', { name: s('training.quiz.start') }).click();
    await noa.getByRole('radio', { name: c.right }).check();
    await expectAccessible(noa, 'quiz at 375 px');
    await noa.getByRole('button', { name: s('training.quiz.submit') }).click();
    const done = noa.getByRole('alert').filter({ hasText: s('training.player.completed') });
    await expect(done).toBeVisible();
    const code = (await done.locator('code').innerText()).trim();
    expect(code.length).toBeGreaterThan(6);
    // Nothing wider than the phone.
    await expectNoSidewaysScroll(noa);
    await expectAccessible(noa, 'completed course at 375 px');
    await snap(noa, `training-player-phone${suffix}`);

    // The certificate: a PDF response, and a file that opens with the name and the code in it.
    const pdfLink = done.getByRole('link', { name: s('training.certificate.download') });
    const href = (await pdfLink.getAttribute('href')) ?? '';
    const res = await noa.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [download] = await Promise.all([noa.waitForEvent('download'), pdfLink.click()]);
    const file = test.info().outputPath(`certificate-${lang}.pdf`);
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfPageTexts(file).join(' ');
    expect(text).toContain(EMPLOYEE_NAME);
    expect(text).toContain(code);

    // The public check, without a session.
    const visitor = await (await browser.newContext({ baseURL, viewport: PHONE, reducedMotion: 'reduce' })).newPage();
    await visitor.goto('/');
    await visitor.evaluate((l) => localStorage.setItem('pillars.locale', l), lang);
    await visitor.goto(`/certificates/verify/${encodeURIComponent(code)}`);
    await expect(visitor.getByText(s('training.verify.valid'))).toBeVisible();
    await expect(visitor.getByText(EMPLOYEE_NAME)).toBeVisible();
    await expect(visitor.getByText(title)).toBeVisible();
    await expect(visitor.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expectAccessible(visitor, 'certificate check');
    await snap(visitor, `certificate-verify${suffix}`);
    await visitor.context().close();

    // The manager's cell turns to done, in green.
    await manager.reload();
    const cell = await matrixCell(manager, EMPLOYEE_NAME, title);
    await expect(cell).toHaveAttribute('data-status', 'DONE');
    await expect(cell).toContainText(s('training.status.doneOn', { date: '' }).trim());
    const [r, g, b] = (await cell.locator('p').evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)?.map(Number) ?? [];
    expect(g, 'green text').toBeGreaterThan(r + 50);
    expect(g).toBeGreaterThan(b);
    await expectAccessible(manager, 'training matrix');
    await snap(manager, `training-matrix${suffix}`);

    await noa.context().close();
    await manager.context().close();
  });
}
