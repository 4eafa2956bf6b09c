import { expect, Page, test } from '@playwright/test';
import { bellCount, DEMO_PASSWORD, en, expectAccessible, expectNoSidewaysScroll, literal, mentionByKeyboard, signedInPage, signIn, snap, strings } from './support';

// The People pillar's feeds in the browser, on the demo organisation (libs/api/demo): the manager
// (Daniel Carter, English) and the employee (Noa Levi, Hebrew) share a team; the private
// "Leadership" team has the manager and not the employee.
const he = strings('he');
const run = Date.now().toString(36);
const tag = `e2e${run}`;
const MANAGER = 'manager@pillars.demo';
const EMPLOYEE = 'employee@pillars.demo';
const HR = 'hr@pillars.demo';

/** A team id from the home composer's "Post to" choices (the viewer's teams). */
async function teamIdFromComposer(page: Page, t: typeof en, name?: string) {
  await page.goto('/feed');
  const select = page.getByRole('combobox', { name: t('feeds.composer.postTo') });
  await expect(select.locator('option').nth(1)).toBeAttached();
  // Without a name: the first team that is neither the private nor the moderated demo team.
  const option = name ? select.locator('option', { hasText: name }) : select.locator('option:not(:first-child)').filter({ hasNotText: /^(Leadership|Recruiting)$/ }).first();
  const id = await option.getAttribute('value');
  expect(id).toBeTruthy();
  return { id: id as string, name: (await option.innerText()).trim() };
}

/** The feed has rendered posts or its empty state (not the skeleton). */
async function feedLoaded(page: Page, t: typeof en) {
  const main = page.getByRole('main');
  await expect(main.getByRole('article').first().or(main.getByText(t('feeds.team.empty'))).or(main.getByText(t('feeds.home.empty')))).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

const postCard = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });

test.describe('feeds', () => {
  test('post with a keyboard-chosen mention and a topic, react, comment and reply', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, MANAGER, DEMO_PASSWORD, 'en');
    const team = await teamIdFromComposer(page, en);
    await page.goto(`/teams/${team.id}/feed`);
    const composer = page.getByRole('combobox', { name: en('feeds.composer.label') });
    await expect(composer).toBeVisible();
    await feedLoaded(page, en);
    await expectAccessible(page, 'team feed');
    await snap(page, 'feed-team', false);

    const text = `Release checklist ${run} is ready for`;
    await composer.click();
    await composer.pressSequentially(`${text} `);
    await mentionByKeyboard(page, composer, en('feeds.mention.suggestions'), 'Noa', 'Noa Levi', async () => {
      // The listbox is open and an option is active: it must pass axe too.
      await expectAccessible(page, 'composer with the mention listbox open');
      await snap(page, 'feed-composer-mention', false);
    });
    await expect(composer).toHaveValue(new RegExp(`@\\[Noa Levi\\]\\(user:[0-9a-f-]{36}\\) $`));
    await composer.pressSequentially(`to review #${tag}`);
    // The live preview renders it as the server will.
    const preview = page.getByRole('region', { name: en('feeds.composer.preview') });
    await expect(preview.locator('a.mention', { hasText: '@Noa Levi' })).toBeVisible();
    await page.getByRole('button', { name: en('feeds.composer.submit'), exact: true }).click();
    await expect(composer).toHaveValue('');

    const post = postCard(page, text);
    await expect(post).toHaveCount(1);
    const mention = post.locator('a.mention', { hasText: '@Noa Levi' });
    await expect(mention).toHaveAttribute('href', /^\/people\/[0-9a-f-]{36}$/);
    const topic = post.locator('a.topic', { hasText: `#${tag}` });
    await expect(topic).toHaveAttribute('href', `/topics/${tag}`);

    // React: the count and the pressed state change; pressing again takes it back.
    const like = en('feeds.reactions.kinds.LIKE');
    const likeButton = post.getByRole('button', { name: en('feeds.reactions.toggle', { reaction: like, count: 0 }) });
    await expect(likeButton).toHaveAttribute('aria-pressed', 'false');
    await likeButton.click();
    const liked = post.getByRole('button', { name: en('feeds.reactions.toggle', { reaction: like, count: 1 }) });
    await expect(liked).toHaveAttribute('aria-pressed', 'true');
    await expect(liked).toHaveText('1');

    // Who reacted: a popover; axe with it open.
    await post.getByRole('button', { name: en('feeds.reactions.whoReacted', { count: 1 }) }).click();
    const reactors = page.getByRole('list', { name: en('feeds.reactions.whoReactedTitle') });
    await expect(reactors.getByRole('link', { name: 'Daniel Carter' })).toBeVisible();
    await expectAccessible(page, 'reactions popover open');
    await page.keyboard.press('Escape');
    await expect(reactors).toHaveCount(0);

    // Comment, then reply to the comment.
    await post.getByRole('button', { name: en('feeds.comments.show', { count: 0 }) }).click();
    const commentBox = post.getByRole('combobox', { name: en('feeds.comments.write') });
    await commentBox.fill(`Looks good ${run}`);
    await post.getByRole('button', { name: en('feeds.comments.send'), exact: true }).click();
    const comments = post.getByRole('list', { name: en('feeds.comments.title') });
    await expect(comments.getByText(`Looks good ${run}`)).toBeVisible();
    await expect(commentBox).toHaveValue('');
    await comments.getByRole('button', { name: en('feeds.comments.reply'), exact: true }).click();
    const replyBox = post.getByRole('combobox', { name: en('feeds.comments.writeReply') });
    await expect(replyBox).toBeFocused();
    await replyBox.fill(`Reply ${run}: merged`);
    await post.getByRole('button', { name: en('feeds.comments.sendReply'), exact: true }).click();
    await expect(post.getByRole('list', { name: en('feeds.comments.replies') }).getByText(`Reply ${run}: merged`)).toBeVisible();
    await expect(post.getByRole('button', { name: en('feeds.comments.hide') })).toBeVisible();

    // The topic link opens the topic feed with the post.
    await topic.click();
    await expect(page).toHaveURL(new RegExp(`/topics/${tag}$`));
    await expect(postCard(page, text)).toHaveCount(1);
    await expectAccessible(page, 'topic feed');
  });

  test('live: a new post arrives as the "new posts" pill, a deleted one disappears, the bell counts a mention', async ({ page, browser }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, MANAGER, DEMO_PASSWORD, 'en'); // A, English
    await page.goto('/feed');
    await feedLoaded(page, en);
    const before = await bellCount(page);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

    const b = await signedInPage(browser, EMPLOYEE, undefined, 'he'); // B
    try {
      await b.goto('/feed/company');
      const composer = b.getByRole('combobox', { name: he('feeds.composer.label') });
      await expect(composer).toBeVisible();
      const text = `עדכון ${run} about the launch`;
      await composer.click();
      await composer.pressSequentially(`${text} `);
      await mentionByKeyboard(b, composer, he('feeds.mention.suggestions'), 'Daniel', 'Daniel Carter');
      await composer.pressSequentially('thanks!');
      await b.getByRole('button', { name: he('feeds.composer.submit'), exact: true }).click();
      await expect(postCard(b, text)).toHaveCount(1);

      // A, scrolled down the feed: it does not jump; a pill in view counts the new post, and the bell the mention.
      const pill = page.getByRole('button', { name: en('feeds.feed.newPosts', { count: 1 }) });
      await expect(pill).toBeVisible({ timeout: 20_000 });
      await expect(pill).toBeInViewport();
      await expect(postCard(page, text)).toHaveCount(0);
      await expect.poll(() => bellCount(page), { timeout: 20_000 }).toBeGreaterThan(before);
      await pill.click();
      await expect(postCard(page, text)).toHaveCount(1);
      await expect(pill).toHaveCount(0);
      await expect(postCard(page, text).locator('a.mention', { hasText: '@Daniel Carter' })).toBeVisible();

      // B deletes it; it disappears for A without a reload.
      const own = postCard(b, text);
      await own.getByRole('button', { name: he('feeds.post.actions') }).click();
      await b.getByRole('menuitem', { name: he('feeds.post.delete') }).click();
      await b.getByRole('dialog').getByRole('button', { name: he('feeds.post.confirmDelete') }).click();
      await expect(postCard(b, text)).toHaveCount(0);
      await expect(postCard(page, text)).toHaveCount(0, { timeout: 20_000 });
    } finally {
      await b.context().close();
    }

    // The notification centre (the mention's post is gone: it says so).
    await page.locator('a[href="/notifications"][aria-label]').first().click();
    await expect(page.getByRole('heading', { level: 1, name: en('notifications.page.title') })).toBeVisible();
    await expect(page.getByText(en('notifications.page.unavailable')).first()).toBeVisible();
    await expectAccessible(page, '/notifications');
    await snap(page, 'notifications');
  });

  test('a private team\'s post never reaches an outsider', async ({ page, browser }) => {
    await signIn(page, MANAGER, DEMO_PASSWORD, 'en');
    const leadership = await teamIdFromComposer(page, en, 'Leadership');
    const secret = `Budget ${run} stays in Leadership`;
    await page.goto(`/teams/${leadership.id}/feed`);
    const composer = page.getByRole('combobox', { name: en('feeds.composer.label') });
    await composer.fill(`${secret} #${tag}private`);
    await page.getByRole('button', { name: en('feeds.composer.submit'), exact: true }).click();
    await expect(postCard(page, secret)).toHaveCount(1);

    const outsider = await signedInPage(browser, EMPLOYEE, undefined, 'he');
    try {
      for (const path of ['/feed', '/feed/company']) {
        await outsider.goto(path);
        await feedLoaded(outsider, he);
        await expect(outsider.getByRole('article').first()).toBeVisible();
        await expect(outsider.getByText(secret)).toHaveCount(0);
      }
      await outsider.goto(`/topics/${tag}private`);
      await expect(outsider.getByText(he('feeds.topic.empty', { topic: `${tag}private` }))).toBeVisible();
      await expect(outsider.getByText(secret)).toHaveCount(0);
      // Discover lists the topics of posts the viewer may read only.
      await outsider.goto('/discover');
      const topics = outsider.getByRole('region', { name: he('feeds.discover.topics') });
      await expect(topics.getByRole('link').first()).toBeVisible();
      await expect(topics.locator(`a[href="/topics/${tag}private"]`)).toHaveCount(0);
      await outsider.goto(`/teams/${leadership.id}/feed`);
      await expect(outsider.getByText(he('feeds.team.notFound'))).toBeVisible();
      await expect(outsider.getByText(secret)).toHaveCount(0);
    } finally {
      await outsider.context().close();
    }
  });

  test('Hebrew: right-to-left, mixed text with dir="auto", the navigation on the right, axe clean', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    // Noa's profile language is Hebrew: the app switches to it on sign-in.
    await signIn(page, EMPLOYEE, DEMO_PASSWORD, 'he');
    await page.goto('/feed');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'he');
    await feedLoaded(page, he);

    const mixed = `שלום team, ה-release ${run} is ready`;
    const composer = page.getByRole('combobox', { name: he('feeds.composer.label') });
    await expect(composer).toHaveAttribute('dir', 'auto');
    await composer.fill(`${mixed} #${tag}he`);
    await page.getByRole('button', { name: he('feeds.composer.submit'), exact: true }).click();
    const post = postCard(page, mixed);
    await expect(post).toHaveCount(1);
    await expect(post.locator('[dir="auto"]', { hasText: mixed })).toBeVisible();
    // Hebrew first: the body resolves to right-to-left.
    expect(await post.locator('[dir="auto"]', { hasText: mixed }).first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');

    // Mirrored: the navigation is on the right, the feed column starts to its left.
    const nav = await page.getByRole('navigation').first().boundingBox();
    const main = await page.getByRole('main').boundingBox();
    expect(nav && main).toBeTruthy();
    if (nav && main) {
      expect(nav.x + nav.width / 2).toBeGreaterThan(640);
      expect(main.x).toBeLessThan(nav.x);
    }
    await expectAccessible(page, '/feed (he)');
    await snap(page, 'feed-home-he', false);

    for (const path of ['/feed/company', `/topics/${tag}he`, '/discover', '/notifications']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await expectAccessible(page, `${path} (he)`);
    }
    const team = await teamIdFromComposer(page, he);
    await page.goto(`/teams/${team.id}/feed`);
    await feedLoaded(page, he);
    await expectAccessible(page, 'team feed (he)');
  });

  test('English: the navigation on the left; axe clean on the feeds, Discover, notifications, and at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, MANAGER, DEMO_PASSWORD, 'en');
    await page.goto('/feed');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await feedLoaded(page, en);
    const nav = await page.getByRole('navigation').first().boundingBox();
    expect(nav && nav.x + nav.width / 2).toBeLessThan(640);
    await expectAccessible(page, '/feed');
    await snap(page, 'feed-home-en', false);

    await page.goto('/feed/company');
    await feedLoaded(page, en);
    await expectAccessible(page, '/feed/company');

    await page.goto('/discover');
    await expect(page.getByRole('heading', { level: 1, name: en('feeds.discover.title') })).toBeVisible();
    await expect(page.getByRole('heading', { name: en('feeds.discover.topics') })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: en('feeds.discover.topics') }).getByRole('link', { name: 'release', exact: true })).toHaveAttribute('href', '/topics/release'); // a seeded topic
    await expectAccessible(page, '/discover');
    await snap(page, 'feed-discover');

    await page.goto('/topics/release');
    await feedLoaded(page, en);
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectAccessible(page, '/topics/release');

    await page.goto('/notifications');
    await expect(page.getByRole('heading', { level: 1, name: en('notifications.page.title') })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectAccessible(page, '/notifications');

    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/feed');
    await feedLoaded(page, en);
    await expect(page.getByRole('button', { name: 'Open navigation' })).toBeVisible();
    await expectAccessible(page, '/feed at 375 px');
    await expectNoSidewaysScroll(page);
    await snap(page, 'feed-mobile-375', false);
  });

  test('HR publishes a must-read announcement; the reach page moves when an employee acknowledges it', async ({ page, browser }) => {
    // HR (Giulia Rossi) reads the app in Italian, the employee (Noa Levi) in Hebrew.
    const it = strings('it');
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, HR, DEMO_PASSWORD, 'it');
    await page.getByRole('navigation').first().getByRole('link', { name: it('announcements.announce') }).click();
    await expect(page).toHaveURL(/\/announcements\/new$/);
    await expect(page.getByRole('heading', { name: it('announcements.newTitle'), level: 1 })).toBeVisible();

    const text = `Security policy ${run}: read it before Friday`;
    await page.getByRole('combobox', { name: it('announcements.body') }).fill(text);
    await page.getByRole('button', { name: it('audiences.picker.include.add') }).click();
    await page.getByRole('menuitem', { name: it('audiences.kind.ALL') }).click();
    await expect(page.getByText(it('audiences.picker.allHint'))).toBeVisible();
    await page.getByRole('switch', { name: it('announcements.mustReadSwitch') }).check();
    const week = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const day = `${week.getFullYear()}-${String(week.getMonth() + 1).padStart(2, '0')}-${String(week.getDate()).padStart(2, '0')}`;
    await page.getByLabel(it('announcements.pinnedUntil')).fill(day);
    // The audience preview has counted (not "Counting…") before axe and the screenshot.
    await expect(page.getByText(it('audiences.preview.counting'))).toHaveCount(0);
    await expectAccessible(page, 'new announcement');
    // From the top, with nothing focused: a full-page shot of a scrolled page draws the sticky header mid-page.
    await page.getByLabel(it('announcements.pinnedUntil')).blur();
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, 'announcement-new');
    await page.getByRole('button', { name: it('announcements.publish') }).click();

    await expect(page).toHaveURL(/\/announcements\/[0-9a-f-]{36}\/reach$/);
    await expect(page.getByRole('heading', { name: it('announcements.reachTitle'), level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: it('announcements.totals') })).toBeVisible();
    await expect(page.getByRole('heading', { name: it('announcements.byTeam') })).toBeVisible();
    await expect(page.getByRole('heading', { name: it('announcements.pending') })).toBeVisible();
    const acked = (n: number) => page.getByRole('progressbar', { name: new RegExp(`^${it('announcements.acknowledged')}: ${n} `) });
    // An empty bar has no width (not "visible"): it is there by its accessible name.
    await expect(acked(0)).toBeAttached();
    await expect(page.getByRole('link', { name: it('announcements.exportCsv') })).toBeVisible();

    // The employee, in their own browser: the announcement is pinned first in the home feed (the
    // fan-out is asynchronous: reload until its card is there, waiting on the page, never sleeping).
    const noa = await signedInPage(browser, EMPLOYEE, undefined, 'he');
    await noa.goto('/feed');
    const first = noa.getByRole('main').getByRole('article').first();
    await expect(async () => {
      await noa.reload();
      await expect(first).toContainText(text, { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(first.getByText(he('feeds.announce.mustRead'))).toBeVisible();
    await first.getByRole('button', { name: he('feeds.announce.gotIt') }).click();
    await expect(first.getByRole('status').filter({ hasText: he('feeds.announce.acknowledgedAt') })).toBeVisible();
    await expect(first.getByRole('button', { name: he('feeds.announce.gotIt') })).toHaveCount(0);

    // HR's reach page moves to 1 acknowledged without a reload.
    await expect(acked(1)).toBeAttached();
    await expect(acked(0)).toHaveCount(0);
    await expectAccessible(page, 'announcement reach');

    // Remind the rest, once: the reminded count shows.
    await page.getByRole('button', { name: it('announcements.remind') }).click();
    await expect(page.getByText(new RegExp(it('announcements.reminded', { count: 999 }).replace('999', '\\d+')))).toBeVisible();
    await snap(page, 'announcement-reach');
    await noa.context().close();
  });
});

test('an invited person opens the mailed link, sets a password and lands signed in', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The administrator's profile language is Arabic.
  const ar = strings('ar');
  await signIn(page, 'admin@pillars.demo', DEMO_PASSWORD, 'ar');
  await page.goto('/admin/people/new');
  await expect(page.getByRole('heading', { level: 1, name: ar('admin.user.newTitle') })).toBeVisible();
  const email = `invitee.${run}@pillars.demo`;
  await page.getByRole('textbox', { name: ar('admin.user.name') }).fill(`Iris Invitee ${run}`);
  await page.getByRole('textbox', { name: ar('admin.user.email') }).fill(email);
  await page.getByRole('button', { name: ar('admin.user.create') }).click();
  await expect(page).toHaveURL(/\/admin\/people\/[0-9a-f-]{36}$/);

  // The invitation is in the outbox (no SMTP_URL in the e2e run).
  await page.goto('/admin/outbox');
  const mail = page.getByRole('article').filter({ hasText: email });
  await expect(mail).toHaveCount(1, { timeout: 20_000 });
  const body = await mail.locator('pre, code').first().innerText();
  const link = /https?:\/\/\S+?(\/welcome#token=[\w-]+)/.exec(body);
  expect(link, body).toBeTruthy();

  const context = await browser.newContext({ baseURL: new URL(page.url()).origin, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  try {
    const invitee = await context.newPage();
    await invitee.goto((link as RegExpExecArray)[1]);
    await expect(invitee.getByRole('heading', { level: 1, name: en('auth.link.inviteTitle') })).toBeVisible();
    await expect(invitee.getByText(`Iris Invitee ${run}`)).toBeVisible();
    const password = `Welcome-${run}-pass`;
    await invitee.getByLabel(en('auth.link.password')).fill(password);
    await invitee.getByLabel(en('auth.link.confirm')).fill(password);
    await expectAccessible(invitee, '/welcome');
    await invitee.getByRole('button', { name: en('auth.link.submit') }).click();
    await expect(invitee).toHaveURL(/\/feed$/);
    await expect(invitee.getByRole('navigation').first()).toBeVisible();
    await expect(invitee.getByRole('button', { name: literal(`Iris Invitee ${run}`) })).toBeVisible();

    // The link is single use.
    await invitee.context().clearCookies();
    await invitee.goto((link as RegExpExecArray)[1]);
    await expect(invitee.getByText(en('auth.link.unusable')).first()).toBeVisible();

    // And the password works on the sign-in page.
    await signIn(invitee, email, password);
  } finally {
    await context.close();
  }
});
