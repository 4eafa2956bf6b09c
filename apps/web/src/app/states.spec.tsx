import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CreateUserDocument, UserProfileDocument } from '@pillars/web/directory/data-access';
import { GraphQLError } from 'graphql';
import { notifications } from '@mantine/notifications';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { meMock, type Mock, preloadPages, renderApp, signedInUser } from '../testing/render-app';

// Errors and states: coded errors on their field in the user's language, titles, the unsaved-edits
// question, not-found for malformed ids, the frame on a cold load, and the shell's keyboard paths.

const emailTaken: Mock = {
  request: { query: CreateUserDocument, variables: (v: { input: { email: string } }) => v.input.email === 'taken@pillars.demo' },
  result: { errors: [new GraphQLError('Email already in use (raw server text)', { extensions: { code: 'DIRECTORY_EMAIL_TAKEN' } })] },
};

const hr = (lng = 'en') => ({ route: '/admin/people/new', lng, mocks: [meMock({ ...signedInUser, locale: lng }, { canManagePeople: true }), emailTaken] });

const fill = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: new RegExp(`^${label}`) }), { target: { value } });

describe('coded errors on their field', () => {
  it('shows an address in use on the email field, never the server text, and clears it when the email is edited', async () => {
    await preloadPages();
    renderApp(hr());
    await screen.findByRole('heading', { level: 1, name: 'New person' });
    fill('Name', 'Noa Levi');
    fill('Email', 'taken@pillars.demo');
    fireEvent.click(screen.getByRole('button', { name: 'Create person' }));
    const email = screen.getByRole('textbox', { name: /^Email/ });
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('This email is already used by someone else.')).toBeTruthy();
    expect(screen.queryByText(/raw server text/)).toBeNull();
    fill('Email', 'noa@pillars.demo');
    await waitFor(() => expect(screen.queryByText('This email is already used by someone else.')).toBeNull());
    expect(email.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('says so in the user’s language (Arabic)', async () => {
    await preloadPages();
    renderApp(hr('ar'));
    await screen.findByRole('heading', { level: 1, name: 'شخص جديد' });
    fill('الاسم', 'نوعا ليفي');
    fill('البريد الإلكتروني', 'taken@pillars.demo');
    fireEvent.click(screen.getByRole('button', { name: 'إنشاء الشخص' }));
    expect(await screen.findByText('هذا البريد الإلكتروني مستخدم من قبل شخص آخر.')).toBeTruthy();
    expect(screen.queryByText(/raw server text/)).toBeNull();
  });
});

describe('unsaved edits', () => {
  it('asks before a dirty admin form is left; staying keeps the edits, leaving goes', async () => {
    await preloadPages();
    renderApp(hr());
    await screen.findByRole('heading', { level: 1, name: 'New person' });
    fill('Name', 'Noa Levi');
    fireEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((screen.getByRole('textbox', { name: /^Name/ }) as HTMLInputElement).value).toBe('Noa Levi');
    fireEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage people' })).toBeTruthy();
  });

  it('lets an untouched form go without asking', async () => {
    await preloadPages();
    renderApp(hr());
    await screen.findByRole('heading', { level: 1, name: 'New person' });
    fireEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage people' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('page titles', () => {
  it('gives each page its own document title', async () => {
    const { router } = renderApp({ route: '/sign-in', mocks: [meMock(null)] });
    await screen.findByRole('button', { name: 'Sign in' });
    expect(document.title).toBe('Sign in · Pillars');
    await router.navigate('/forgot-password');
    await waitFor(() => expect(document.title).toBe('Forgot your password? · Pillars'));
  });

  it('titles the not-found page', async () => {
    renderApp({ route: '/no/such/page', mocks: [meMock(signedInUser)] });
    await screen.findByRole('heading', { name: 'Page not found' });
    expect(document.title).toBe('Page not found · Pillars');
  });
});

describe('stale or malformed ids', () => {
  it('shows not found for an id that is not an id, not a generic error', async () => {
    const malformed: Mock = {
      request: { query: UserProfileDocument, variables: { id: 'not-a-uuid', reportsFirst: 50 } },
      result: { errors: [new GraphQLError('id must be a UUID', { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'id', rule: 'isUuid' }] } })] },
    };
    renderApp({ route: '/people/not-a-uuid', mocks: [meMock(signedInUser), malformed] });
    expect(await screen.findByText('This person could not be found')).toBeTruthy();
    expect(screen.queryByText('The profile could not be loaded')).toBeNull();
  });
});

describe('the shell', () => {
  it('shows the app frame (navigation, header) on a cold load while the session loads', async () => {
    renderApp({ route: '/people', mocks: [{ ...meMock(signedInUser), delay: 5_000 }] });
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('status')).toBeTruthy();
  });

  it('the skip link moves focus to the main content and stays on the page', async () => {
    const { router } = renderApp({ route: '/no/such/page', mocks: [meMock(signedInUser)] });
    await screen.findByRole('heading', { name: 'Page not found' });
    const before = router.state.location;
    fireEvent.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(router.state.location).toBe(before);
  });

  it('Escape closes the phone menu and gives focus back to its button', async () => {
    renderApp({ route: '/no/such/page', mocks: [meMock(signedInUser)] });
    await screen.findByRole('heading', { name: 'Page not found' });
    const burger = screen.getByRole('button', { name: 'Open navigation' });
    fireEvent.click(burger);
    expect(screen.getByRole('button', { name: 'Close navigation' }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open navigation' }).getAttribute('aria-expanded')).toBe('false'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open navigation' }));
  });

  it('names every dialog’s close button, in the user’s language', async () => {
    renderApp({ route: '/no/such/page', lng: 'he', mocks: [meMock({ ...signedInUser, locale: 'he' })] });
    await screen.findByRole('heading', { name: 'העמוד לא נמצא' });
    fireEvent.click(screen.getByRole('button', { name: /Daniel Carter/ }));
    const signOutEverywhere = await screen.findByRole('menuitem', { name: 'התנתקות מכל המכשירים' });
    fireEvent.click(signOutEverywhere);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'סגירה' })).toBeTruthy();
  });

  it('names a toast’s close button, in the user’s language', async () => {
    renderApp({ route: '/no/such/page', lng: 'ar', mocks: [meMock({ ...signedInUser, locale: 'ar' })] });
    await screen.findByRole('heading', { name: 'الصفحة غير موجودة' });
    act(() => {
      notifications.show({ id: 'toast-name', message: 'تمت الإضافة' });
    });
    const toast = (await screen.findByText('تمت الإضافة')).closest('[role="alert"]') as HTMLElement;
    expect(within(toast).getByRole('button', { name: 'إغلاق' })).toBeTruthy();
    act(() => notifications.clean());
  });
});
