import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SignInDocument } from '@pillars/web/core/data-access';
import { meMock, renderApp } from '../testing/render-app';

const signInFails = (code: string) => ({
  request: { query: SignInDocument, variables: { input: { email: 'noa@pillars.demo', password: 'wrong-password' } } },
  result: { errors: [new GraphQLError('raw server text', { extensions: { code } })] },
});

const fillAndSubmit = () => {
  fireEvent.change(screen.getByLabelText(/email/i), { target: { value: 'noa@pillars.demo' } });
  fireEvent.change(screen.getByLabelText(/^password/i), { target: { value: 'wrong-password' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('sign-in', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    renderApp({ route: '/people', mocks: [meMock(null)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pillars' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('shows the translated message for AUTH_INVALID_CREDENTIALS, never the raw server text', async () => {
    renderApp({ route: '/sign-in', mocks: [meMock(null), signInFails('AUTH_INVALID_CREDENTIALS')] });
    await screen.findByRole('button', { name: 'Sign in' });
    fillAndSubmit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The email or password is incorrect.');
    expect(screen.queryByText('raw server text')).toBeNull();
  });

  it('translates the error in the chosen language too', async () => {
    renderApp({ route: '/sign-in', lng: 'it', mocks: [meMock(null), signInFails('RATE_LIMITED')] });
    await screen.findByRole('button', { name: 'Accedi' });
    fireEvent.change(screen.getByLabelText(/email/i), { target: { value: 'noa@pillars.demo' } });
    fireEvent.change(screen.getByLabelText(/^password/i), { target: { value: 'wrong-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Troppi tentativi');
  });

  it('asks for both fields before calling the API', async () => {
    renderApp({ route: '/sign-in', mocks: [meMock(null)] });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);
  });
});

describe('language', () => {
  it('switching to Arabic makes the document right-to-left and translates the page', async () => {
    const { i18n } = renderApp({ route: '/sign-in', mocks: [meMock(null)] });
    await screen.findByRole('button', { name: 'Sign in' });
    expect(document.documentElement.dir).toBe('ltr');

    fireEvent.click(screen.getByRole('button', { name: 'Language: English' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'العربية' }));

    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(i18n.language).toBe('ar');
    expect(localStorage.getItem('pillars.locale')).toBe('ar');
    expect(await screen.findByRole('button', { name: 'تسجيل الدخول' })).toBeTruthy();
  });

  it('uses the profile language after sign-in when nothing was chosen on this device', async () => {
    const me = { __typename: 'User' as const, id: 'u1', name: 'נועה לוי', email: 'employee@pillars.demo', initials: 'נל', photoThumbnailUrl: null, title: null, locale: 'he', timeZone: 'Asia/Jerusalem', roles: [] };
    renderApp({ route: '/account/password', mocks: [meMock(me)] });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('he');
  });
});
