import { APIRequestContext, Browser, expect, test } from '@playwright/test';
import { baseURL, expectAccessible, Lang, signedInPage, snap, strings } from './support';

// Issue 17, the manager's and HR's screens: the demo employee (Noa Levi) hands in a certificate for
// an evidence module; their manager (Daniel Carter) finds it on the review page from the matrix,
// opens the file and approves it, in English and in Arabic (at phone width too); the manager nudges
// one overdue person and then everyone overdue on a course, and a second nudge is refused; HR
// (Giulia Rossi) reads a course's completion trend and the team roll-up.
const HR = 'hr@pillars.demo';
const MANAGER = 'manager@pillars.demo';
const EMPLOYEE = 'employee@pillars.demo';
const EMPLOYEE_NAME = 'Noa Levi';
const PHONE = { width: 375, height: 812 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A signed-in API session outside the browser (for the set-up the screens under test do not cover). */
async function apiAs(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
  const request: APIRequestContext = context.request;
  const send = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json', 'x-pillars-csrf': '1' } });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    expect(body.errors, query).toBeUndefined();
    return body.data as T;
  };
  await send('mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', { input: { email, password: 'pillars-demo' } });
  return { send, request, close: () => context.close() };
}

/** HR publishes a course with one evidence module and assigns it to the employee, who uploads a PDF for it. */
async function pendingUpload(browser: Browser, title: string, fileName: string) {
  const hr = await apiAs(browser, HR);
  const noa = await apiAs(browser, EMPLOYEE);
  try {
    const { me } = await noa.send<{ me: { id: string } }>('{ me { id } }');
    const { createTrainingCourse: course } = await hr.send<{ createTrainingCourse: { id: string; modules: { id: string }[] } }>(
      'mutation($input: TrainingCourseInput!) { createTrainingCourse(input: $input) { id modules { id } } }',
      { input: { title, description: 'A first-aid certificate from an outside provider.', category: 'Safety', estimatedMinutes: 10, languages: ['en'], modules: [{ kind: 'EVIDENCE_UPLOAD', title: 'First-aid certificate' }] } },
    );
    await hr.send('mutation($id: ID!) { publishTrainingCourse(id: $id) { id } }', { id: course.id });
    await hr.send('mutation($input: AssignTrainingInput!) { assignTraining(input: $input) { id } }', {
      input: { courseId: course.id, rules: { include: [{ kind: 'USERS', userIds: [me.id] }] }, dueKind: 'AFTER_ASSIGNMENT', dueDays: 14 },
    });
    const mine = await noa.send<{ myTraining: Record<string, { id: string; courseId: string }[]> }>('{ myTraining { assigned { id courseId } dueSoon { id courseId } inProgress { id courseId } } }');
    const enrolment = Object.values(mine.myTraining).flat().find((e) => e.courseId === course.id);
    expect(enrolment).toBeTruthy();
    const upload = await noa.request.post('/files', { multipart: { file: { name: fileName, mimeType: 'application/pdf', buffer: PDF } }, headers: { 'x-pillars-csrf': '1' } });
    expect(upload.status()).toBe(201);
    const { file } = (await upload.json()) as { file: { id: string } };
    await noa.send('mutation($e: ID!, $m: ID!, $f: ID!) { submitTrainingEvidence(enrolmentId: $e, moduleId: $m, fileId: $f) }', { e: enrolment?.id, m: course.modules[0].id, f: file.id });
  } finally {
    await hr.close();
    await noa.close();
  }
}

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  const s = strings(lang);
  const suffix = lang === 'en' ? '' : `-${lang}`;

  test(`training review (${lang}): the manager opens the upload from the matrix and approves it; HR reads the trend and the teams`, async ({ browser }) => {
    test.setTimeout(120_000);
    const title = `${lang === 'en' ? 'First Aid' : 'الإسعافات الأولية'} ${Date.now().toString(36)}`;
    const fileName = `first-aid-${lang}.pdf`;
    await pendingUpload(browser, title, fileName);

    // The matrix says how many wait and leads to them.
    const desk = await signedInPage(browser, MANAGER, { width: 1280, height: 900 }, lang);
    await desk.getByRole('navigation').first().getByRole('link', { name: s('training.nav.matrix'), exact: true }).click();
    await expect(desk.getByRole('heading', { level: 1, name: s('training.matrix.title') })).toBeVisible();
    // Its name says how many wait (at least this one; another run's may wait too).
    const toReview = desk.getByRole('main').getByRole('link', { name: s('training.review.link') });
    await expect(toReview).toBeVisible();
    if (lang === 'en') await expect(toReview).toHaveAttribute('aria-label', /^Evidence to review: [1-9]\d* waiting$/);
    await toReview.click();
    await expect(desk.getByRole('heading', { level: 1, name: s('training.review.title') })).toBeVisible();
    const deskCard = desk.getByRole('listitem').filter({ has: desk.getByRole('heading', { name: EMPLOYEE_NAME }) }).filter({ hasText: title });
    await expect(deskCard).toBeVisible();
    await expect(deskCard).toContainText(s('training.review.uploaded'));
    // The file opens for the manager (and, per the API spec, for nobody outside the line).
    const fileLink = deskCard.getByRole('link', { name: new RegExp(fileName.replace('.', '\\.')) });
    const href = (await fileLink.getAttribute('href')) ?? '';
    const res = await desk.request.get(href);
    expect(res.status()).toBe(200);
    expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectAccessible(desk, 'evidence review');
    await snap(desk, `training-evidence-review${suffix}`);
    await desk.context().close();

    // On a phone (a fresh page: the shell is laid out for its width), by keyboard: reject asks for a reason first; then approve.
    const manager = await signedInPage(browser, MANAGER, PHONE, lang);
    await manager.goto('/training/matrix/evidence');
    const card = manager.getByRole('listitem').filter({ has: manager.getByRole('heading', { name: EMPLOYEE_NAME }) }).filter({ hasText: title });
    await expect(card).toBeVisible();
    // Nothing wider than the phone.
    await expect.poll(() => manager.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await card.getByRole('button', { name: s('training.review.rejectFor', { name: EMPLOYEE_NAME }) }).focus();
    await manager.keyboard.press('Enter');
    const dialog = manager.getByRole('dialog', { name: s('training.review.rejectTitle') });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: s('training.review.confirmReject') }).click();
    await expect(dialog.getByText(s('training.review.reasonRequired'))).toBeVisible();
    await expectAccessible(manager, 'reject dialog at 375 px');
    await snap(manager, `training-evidence-reject-phone${suffix}`, false);
    await manager.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await card.getByRole('button', { name: s('training.review.approveFor', { name: EMPLOYEE_NAME }) }).click();
    await expect(manager.getByText(s('training.review.approved', { name: EMPLOYEE_NAME }))).toBeVisible();
    await expect(manager.getByRole('listitem').filter({ hasText: title })).toHaveCount(0);
    await manager.context().close();

    // HR: the course's completion trend (chart and table) and the teams, on a phone as well.
    const hr = await signedInPage(browser, HR, { width: 1280, height: 900 }, lang);
    await hr.goto('/training/matrix/reports');
    await expect(hr.getByRole('heading', { level: 1, name: s('training.reports.title') })).toBeVisible();
    await hr.getByRole('combobox', { name: s('training.reports.course') }).selectOption({ label: 'Information Security Basics' });
    await expect(hr.getByRole('table', { name: s('training.reports.byTeam') })).toBeVisible();
    await expect(hr.getByTestId('completion-trend-chart').locator('svg').first()).toBeVisible();
    await expect(hr.getByRole('table', { name: s('training.reports.trendCaption') }).getByRole('row')).toHaveCount(13);
    await expectAccessible(hr, 'training reports');
    await snap(hr, `training-reports${suffix}`);
    const url = hr.url();
    await hr.context().close();
    const phone = await signedInPage(browser, HR, PHONE, lang);
    await phone.goto(url);
    await expect(phone.getByTestId('completion-trend-chart').locator('svg').first()).toBeVisible();
    await expect(phone.getByRole('table', { name: s('training.reports.byTeam') })).toBeVisible();
    await expect.poll(() => phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone, 'training reports at 375 px');
    await snap(phone, `training-reports-phone${suffix}`);
    await phone.context().close();
  });
}

test('training nudges (en): the manager nudges one overdue person, then everyone overdue on a course after confirming; a repeat is refused', async ({ browser }) => {
  const s = strings('en');
  const manager = await signedInPage(browser, MANAGER, { width: 1280, height: 900 }, 'en');
  await manager.goto('/training/matrix');
  await expect(manager.getByRole('heading', { level: 1, name: s('training.matrix.title') })).toBeVisible();
  const one = manager.getByRole('button', { name: /^Nudge .+ about .+$/ }).first();
  await expect(one).toBeVisible();
  const label = (await one.getAttribute('aria-label')) ?? '';
  const [, person] = /^Nudge (.+) about (.+)$/.exec(label) ?? [];
  await one.click();
  await expect(manager.getByRole('status').getByText(s('training.nudge.sentTo', { name: person }))).toBeVisible();
  await manager.getByRole('button', { name: label }).click();
  await expect(manager.getByRole('status').getByText(s('training.nudge.rateLimited'))).toBeVisible();

  const all = manager.getByRole('button', { name: /^Nudge everyone overdue on / }).first();
  await all.click();
  const dialog = manager.getByRole('dialog', { name: s('training.nudge.allTitle') });
  await expect(dialog).toBeVisible();
  await expectAccessible(manager, 'nudge confirmation');
  await snap(manager, 'training-nudge-confirm', false);
  await dialog.getByRole('button', { name: s('training.nudge.allConfirm') }).click();
  await expect(manager.getByRole('status').getByText(/^Nudge sent to \d+ (person|people)\.$/)).toBeVisible();
  await expectAccessible(manager, 'matrix after nudges');
  await snap(manager, 'training-matrix-nudged', false);
  await manager.context().close();
});
