import { expect, Page, test } from '@playwright/test';
import sharp from 'sharp';
import { en, expectAccessible, expectNoSidewaysScroll, signedInPage, signIn, snap, strings } from './support';

const ar = strings('ar');

/** A landscape JPEG carrying camera metadata, so the test can see the server crop it and drop the metadata. */
async function photoFixture(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="420">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4c6ef5"/><stop offset="1" stop-color="#15aabf"/></linearGradient></defs>
    <rect width="640" height="420" fill="url(#g)"/>
    <circle cx="320" cy="170" r="90" fill="#ffe8cc"/><rect x="190" y="280" width="260" height="160" rx="120" fill="#ffe8cc"/>
    <circle cx="290" cy="160" r="10" fill="#343a40"/><circle cx="350" cy="160" r="10" fill="#343a40"/>
  </svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'E2E Camera', Artist: 'Noa at home', Copyright: 'secret-location' } })
    .toBuffer();
}

/** Closes the toast saying `text` with its own (named) close button, so it covers nothing in a screenshot. */
async function dismissToast(page: Page, text: string) {
  const toast = page.getByRole('alert').filter({ hasText: text });
  await toast.getByRole('button', { name: en('common.close') }).click();
  await expect(toast).toHaveCount(0);
}

/** This device in `lang` (it wins over the profile's language, which stays as it is). */
async function useLanguage(page: Page, lang: 'en' | 'ar') {
  await page.evaluate((l) => localStorage.setItem('pillars.locale', l), lang);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('an employee edits their profile with a photo and a skill, and a colleague finds them by that skill', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'employee@pillars.demo');
  // Noa's profile says Hebrew; this journey reads in English first.
  await useLanguage(page, 'en');
  await page.getByRole('button', { name: /Noa Levi/ }).click();
  await page.getByRole('menuitem', { name: en('shell.editProfile') }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('directory.editProfile.title') })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${en('directory.editProfile.title')}`));

  // The organisation's fields are shown, not editable, and say who manages them.
  const org = page.getByRole('region', { name: en('directory.editProfile.managedByHr') });
  await expect(org.getByText(en('directory.editProfile.managedByHrHint'))).toBeVisible();
  await expect(org.getByText('Noa Levi')).toBeVisible();
  await expect(org.getByRole('textbox')).toHaveCount(0);

  // Photo: upload through the file dialog, move the square by keyboard, use it.
  const photo = page.getByRole('region', { name: en('directory.editProfile.photo') });
  const chooser = page.waitForEvent('filechooser');
  await photo.getByRole('button', { name: en('directory.editProfile.uploadPhoto') }).click();
  await (await chooser).setFiles({ name: 'noa.jpg', mimeType: 'image/jpeg', buffer: await photoFixture() });
  const frame = photo.getByRole('group', { name: en('directory.editProfile.cropFrame') });
  await expect(frame).toBeFocused();
  await frame.press('ArrowLeft');
  await frame.press('+');
  await expectAccessible(page, 'edit profile with the cropper open (en)');
  await photo.getByRole('button', { name: en('directory.editProfile.usePhoto') }).click();
  await expect(page.getByText(en('directory.editProfile.photoSaved'))).toBeVisible();
  await dismissToast(page, en('directory.editProfile.photoSaved'));
  await expect(photo.getByRole('button', { name: en('directory.editProfile.removePhoto') })).toBeVisible();

  // What the server keeps is a 512 px square with none of the camera's metadata.
  const src = await photo.locator('img').first().getAttribute('src');
  expect(src).toMatch(/^\/files\/[0-9a-f-]{36}$/);
  const served = await page.request.get(src as string);
  expect(served.ok()).toBe(true);
  const meta = await sharp(await served.body()).metadata();
  expect({ width: meta.width, height: meta.height, format: meta.format, exif: meta.exif }).toEqual({ width: 512, height: 512, format: 'jpeg', exif: undefined });

  // The person's own fields.
  await page.getByRole('textbox', { name: new RegExp(`^${en('directory.editProfile.about')}`) }).fill('I look after our clusters and the on-call rota. Ask me about Kubernetes upgrades.');
  await page.getByRole('textbox', { name: en('directory.editProfile.pronouns') }).fill('she/her');
  await page.getByRole('textbox', { name: en('directory.editProfile.phone') }).fill('+972 3 555 0101');
  for (const day of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday']) await page.getByRole('checkbox', { name: day }).check();
  await page.getByLabel(en('directory.editProfile.start'), { exact: true }).fill('08:30');
  await page.getByLabel(en('directory.editProfile.end'), { exact: true }).fill('17:00');
  const skills = page.getByRole('combobox', { name: en('directory.editProfile.skills') });
  const languages = page.getByRole('combobox', { name: en('directory.editProfile.languages') });
  await languages.fill('Hebrew');
  await page.getByRole('option', { name: 'Hebrew' }).click();
  await languages.fill('English');
  await page.getByRole('option', { name: 'English', exact: true }).click();
  await languages.press('Escape');
  await skills.fill('Kubernetes');
  await skills.press('Enter');
  await skills.fill('Terraform');
  await skills.press('Enter');
  await expect(page.getByRole('button', { name: en('directory.editProfile.discard') })).toBeVisible();
  await page.getByRole('button', { name: en('common.save') }).click();
  await expect(page.getByText(en('directory.editProfile.saved'))).toBeVisible();
  await expect(page.getByRole('button', { name: en('directory.editProfile.discard') })).toHaveCount(0);
  await expectAccessible(page, 'edit profile (en)');
  await dismissToast(page, en('directory.editProfile.saved'));
  // Tall enough for the whole form, so the fixed header is not stitched into the middle of the picture.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await snap(page, 'profile-edit-en', false);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The profile shows it, with the photo, and the skill leads to the search.
  await page.getByRole('link', { name: en('directory.editProfile.viewProfile') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Noa Levi' })).toBeVisible();
  await expect(page.getByText('she/her')).toBeVisible();
  await expect(page.getByText('Hebrew and English')).toBeVisible();
  await expect(page.getByText('Sunday–Thursday, 08:30–17:00 (Asia/Jerusalem)')).toBeVisible();
  await expectAccessible(page, 'profile with the new fields (en)');
  await snap(page, 'profile-view-en', false);
  await expect(page.getByRole('link', { name: en('directory.profile.skillLink', { skill: 'Kubernetes' }) })).toHaveAttribute('href', '/people?skill=Kubernetes');

  // Another person looks for "who knows Kubernetes", by free text and by the tag.
  const colleague = await signedInPage(browser, 'manager@pillars.demo');
  await colleague.goto('/people');
  await colleague.getByRole('searchbox', { name: en('directory.search.label') }).fill('kubernetes');
  const card = colleague.getByRole('article', { name: 'Noa Levi' });
  await expect(card).toBeVisible();
  await expect(card.getByRole('list', { name: en('directory.search.skillsOf', { name: 'Noa Levi' }) }).getByRole('listitem').first()).toHaveText('Kubernetes');
  await card.getByRole('link', { name: 'Noa Levi' }).click();
  await colleague.getByRole('link', { name: en('directory.profile.skillLink', { skill: 'Kubernetes' }) }).click();
  await expect(colleague).toHaveURL(/\/people\?skill=Kubernetes$/);
  await expect(colleague.getByRole('button', { name: en('directory.search.removeSkill', { skill: 'Kubernetes' }) })).toBeVisible();
  await expect(colleague.getByRole('article', { name: 'Noa Levi' })).toBeVisible();
  await snap(colleague, 'profile-skill-search-en', false);
  await colleague.context().close();

  // Arabic, on a phone: right to left, nothing wider than the screen, axe clean.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/account/profile');
  await useLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: ar('directory.editProfile.title') })).toBeVisible();
  await expect(page.getByRole('region', { name: ar('directory.editProfile.managedByHr') })).toBeVisible();
  await expect(page.getByRole('combobox', { name: ar('directory.editProfile.skills') })).toHaveAttribute('dir', 'auto');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'edit profile (ar, 375 px)');
  await snap(page, 'profile-edit-ar');
});
