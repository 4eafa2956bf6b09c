import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MyProfileDocument, RemoveMyPhotoDocument, SetMyPhotoDocument, UpdateMyProfileDocument } from '@pillars/web/directory/data-access';
import { notifications } from '@mantine/notifications';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meMock, type Mock, renderApp, signedInUser } from '../testing/render-app';

const ID = signedInUser.id;
const profileFields = { about: null, pronouns: null, phone: null, workingHours: null, languages: ['en'], skills: ['Go'], photoUrl: null, photoThumbnailUrl: null };
const myProfile = (overrides: Record<string, unknown> = {}): Mock => ({
  request: { query: MyProfileDocument, variables: { id: ID } },
  result: {
    data: {
      user: {
        __typename: 'User', id: ID, name: 'Daniel Carter', initials: 'DC', title: 'Team Lead', location: 'Milan', timeZone: 'Europe/London',
        manager: { __typename: 'User', id: 'm1', name: 'Grace Hopper', initials: 'GH', photoThumbnailUrl: null, title: 'CTO' },
        teams: [{ __typename: 'TeamMembership', role: 'MEMBER', team: { __typename: 'Team', id: 't1', name: 'Platform' } }],
        ...profileFields,
        ...overrides,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const input = {
  about: 'I run the clusters.', pronouns: 'he/him', phone: '+44 20 7946 0000', timeZone: 'Europe/London',
  workingHours: { days: [1, 2], start: '09:00', end: '17:30' }, languages: ['en'], skills: ['Go', 'Kubernetes'],
};
const saved = (result: Mock['result']): Mock => ({ request: { query: UpdateMyProfileDocument, variables: { input } }, result });
const savedUser = { __typename: 'User', id: ID, ...profileFields, ...input, workingHours: { __typename: 'WorkingHours', ...input.workingHours } };

/** Mantine's combobox inputs take only typing into the focused field (their guard against autofill). */
function typeTag(field: HTMLInputElement, value: string) {
  field.focus();
  fireEvent.change(field, { target: { value } });
  fireEvent.keyDown(field, { key: 'Enter' });
}
const skillsField = () => screen.getAllByLabelText('Skills and expertise').find((e) => e instanceof HTMLInputElement && e.type !== 'hidden') as HTMLInputElement;

async function fillForm() {
  fireEvent.change(await screen.findByRole('textbox', { name: /^About/ }), { target: { value: input.about } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Pronouns' }), { target: { value: input.pronouns } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Phone' }), { target: { value: input.phone } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
  fireEvent.change(screen.getByLabelText('Start'), { target: { value: '09:00' } });
  fireEvent.change(screen.getByLabelText('End'), { target: { value: '17:30' } });
  typeTag(skillsField(), 'Kubernetes');
}

/** A stand-in for the browser's upload request: answers as POST /files would. */
class FakeXhr {
  static answer: unknown = null;
  status = 0;
  response: unknown = null;
  responseType = '';
  withCredentials = false;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(): void {
    // Nothing to record: the answer is fixed per test.
  }
  setRequestHeader(): void {
    // The CSRF header is checked by upload-file.spec.ts.
  }
  send() {
    queueMicrotask(() => {
      this.status = 201;
      this.response = FakeXhr.answer;
      this.onload?.();
    });
  }
  abort(): void {
    this.onabort?.();
  }
}
const upload = (width: number | null, height: number | null) => {
  FakeXhr.answer = { file: { id: 'f-new', name: 'me.png', mime: width ? 'image/png' : 'application/pdf', bytes: 10, width, height, url: '/files/f-new', thumbnailUrl: null } };
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
};
const chooseFile = async (name: string) => {
  const fileInput = document.querySelector('input[type="file"]') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(fileInput, { target: { files: [new File(['x'], name, { type: 'image/png' })] } });
  });
};

afterEach(() => {
  vi.unstubAllGlobals();
  // Toasts live in a store shared by every render: one test's "saved" must not be the next one's alert.
  act(() => notifications.clean());
});

describe('edit profile page', () => {
  it('shows the organisation’s fields read-only as managed by HR, and saves the person’s own', async () => {
    const answer = { data: { updateMyProfile: { __typename: 'UserPayload', user: savedUser } } };
    const sent = vi.fn(() => answer);
    renderApp({ route: '/account/profile', mocks: [meMock(signedInUser), myProfile(), { ...saved(answer), result: sent }] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit profile' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Edit profile · Pillars'));
    const org = screen.getByRole('region', { name: 'Managed by HR' });
    expect(within(org).getByText(/ask HR or an administrator/)).toBeTruthy();
    for (const fact of ['Daniel Carter', 'Team Lead', 'Milan', 'Platform', 'Grace Hopper']) expect(within(org).getByText(fact)).toBeTruthy();
    expect(within(org).queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /title/i })).toBeNull();
    // User content follows its own direction.
    expect(screen.getByRole('textbox', { name: /^About/ }).getAttribute('dir')).toBe('auto');
    expect(skillsField().getAttribute('dir')).toBe('auto');

    await fillForm();
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your profile was saved.')).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
    // The form is clean again: what was stored is what is shown.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Discard changes' })).toBeNull());
    expect((screen.getByRole('textbox', { name: 'Pronouns' }) as HTMLInputElement).value).toBe('he/him');
  });

  it('shows the server’s rule on the field it names, and its own checks before sending, with focus on the field', async () => {
    renderApp({
      route: '/account/profile',
      mocks: [meMock(signedInUser), myProfile(), saved({ errors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'phone', rule: 'phone' }] } })] })],
    });
    await fillForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Enter a phone number: digits, with spaces, dashes or a leading +')).toBeTruthy();
    expect(screen.getByText('Some fields need a change: see the messages below them.').closest('[role="alert"]')).toBeTruthy();
    // The server's English message never shows.
    expect(screen.queryByText('Invalid input')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(phone));
    // Editing the field clears the server's message on it.
    fireEvent.change(phone, { target: { value: '+44 20 7946 0001' } });
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).not.toBe('true'));
    // A working day that ends before it starts is caught here, and nothing is sent.
    const end = screen.getByLabelText('End');
    fireEvent.change(end, { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The end must be after the start')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(end));
  });

  it('shows a refusal that is not about a field in the person’s language', async () => {
    renderApp({
      route: '/account/profile',
      mocks: [meMock(signedInUser), myProfile(), saved({ errors: [new GraphQLError('Too many requests', { extensions: { code: 'RATE_LIMITED' } })] })],
    });
    await fillForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const form = screen.getByRole('form', { name: 'About you' });
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe('Too many attempts. Wait a minute and try again.');
    expect(screen.queryByText('Too many requests')).toBeNull();
  });

  it('asks before dropping unsaved edits, and stays when asked to', async () => {
    renderApp({ route: '/account/profile', mocks: [meMock(signedInUser), myProfile()] });
    fireEvent.change(await screen.findByRole('textbox', { name: /^About/ }), { target: { value: 'Half a sentence' } });
    fireEvent.click(screen.getByRole('link', { name: 'View my profile' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /stay/i }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((screen.getByRole('textbox', { name: /^About/ }) as HTMLTextAreaElement).value).toBe('Half a sentence');
    // Discarding makes the form clean: leaving asks nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect((screen.getByRole('textbox', { name: /^About/ }) as HTMLTextAreaElement).value).toBe('');
  });

  it('shows a translated error with a retry when the profile cannot be loaded', async () => {
    renderApp({ route: '/account/profile', lng: 'it', mocks: [meMock({ ...signedInUser, locale: 'it' }), { request: { query: MyProfileDocument, variables: { id: ID } }, error: new TypeError('Failed to fetch') }] });
    const alert = await screen.findByText('Non è stato possibile caricare il tuo profilo').then((title) => title.closest('[role="alert"]') as HTMLElement);
    expect(within(alert).getByRole('button')).toBeTruthy();
  });

  it('uploads a photo, crops it to a square and saves it; removing it brings back the initials', async () => {
    upload(800, 600);
    const setPhoto: Mock = {
      request: { query: SetMyPhotoDocument, variables: { input: { fileId: 'f-new', crop: { x: 100, y: 0, size: 600 } } } },
      result: { data: { setMyPhoto: { __typename: 'UserPayload', user: { __typename: 'User', id: ID, photoUrl: '/files/p1', photoThumbnailUrl: '/files/p1/thumbnail' } } } },
    };
    const removePhoto: Mock = {
      request: { query: RemoveMyPhotoDocument },
      result: { data: { removeMyPhoto: { __typename: 'UserPayload', user: { __typename: 'User', id: ID, photoUrl: null, photoThumbnailUrl: null } } } },
    };
    renderApp({ route: '/account/profile', mocks: [meMock(signedInUser), myProfile(), setPhoto, removePhoto] });
    const photo = await screen.findByRole('region', { name: 'Photo' });
    expect(within(photo).getByText(/your initials are shown/)).toBeTruthy();
    await chooseFile('me.png');
    const frame = await within(photo).findByRole('group', { name: 'Photo crop area' });
    // The frame takes focus so the arrow keys work at once.
    await waitFor(() => expect(document.activeElement).toBe(frame));
    fireEvent.click(within(photo).getByRole('button', { name: 'Use this photo' }));
    expect(await screen.findByText('Your photo was saved.')).toBeTruthy();
    const remove = await within(photo).findByRole('button', { name: 'Remove photo' });
    expect(within(photo).getByRole('button', { name: 'Change photo' })).toBeTruthy();
    fireEvent.click(remove);
    expect(await screen.findByText('Your photo was removed; your initials are shown.')).toBeTruthy();
    expect(await within(photo).findByRole('button', { name: 'Upload a photo' })).toBeTruthy();
  });

  it('refuses a file that is not an image, in the person’s language', async () => {
    upload(null, null);
    renderApp({ route: '/account/profile', mocks: [meMock(signedInUser), myProfile()] });
    const photo = await screen.findByRole('region', { name: 'Photo' });
    await chooseFile('notes.pdf');
    expect((await within(photo).findByRole('alert')).textContent).toContain('Only an image (JPEG, PNG, GIF or WebP) can be a profile photo.');
    expect(within(photo).queryByRole('group', { name: 'Photo crop area' })).toBeNull();
  });

  it('reads right to left in Arabic, with the organisation’s fields marked as HR’s', async () => {
    renderApp({ route: '/account/profile', lng: 'ar', mocks: [meMock({ ...signedInUser, locale: 'ar' }), myProfile({ about: 'أعمل على المنصة' })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'تعديل الملف الشخصي' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'تديرها الموارد البشرية' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByDisplayValue('أعمل على المنصة').getAttribute('dir')).toBe('auto');
    // Weekdays are named in Arabic; the phone number stays left to right.
    expect(screen.getByRole('checkbox', { name: 'الاثنين' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'الهاتف' }).closest('[dir="ltr"]')).toBeTruthy();
  });

  it('is reachable from the account menu', async () => {
    renderApp({ route: '/people', mocks: [meMock(signedInUser)] });
    fireEvent.click(await screen.findByRole('button', { name: /Account menu/ }));
    expect((await screen.findByRole('menuitem', { name: 'Edit profile' })).getAttribute('href')).toBe('/account/profile');
  });
});
