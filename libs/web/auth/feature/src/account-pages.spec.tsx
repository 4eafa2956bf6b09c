import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import {
  AccountLinkDocument,
  coreLocales,
  MeDocument,
  mergeLocaleBundles,
  RequestPasswordResetDocument,
  SetPasswordFromLinkDocument,
  SetupStatusDocument,
  SignInDocument,
} from '@pillars/web/core/data-access';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { authLocales } from './auth.locales';
import { ForgotPasswordPage } from './forgot-password-page';
import { SetPasswordPage } from './set-password-page';
import { SignInPage } from './sign-in-page';
import { formatWait } from './wait';

const USER = { __typename: 'User' as const, id: '00000000-0000-4000-8000-00000000a001', name: 'Rana', email: 'rana@x.test', initials: 'R', photoThumbnailUrl: null, title: null, locale: 'en', timeZone: 'UTC', roles: ['EMPLOYEE'] };
const ABILITIES = { __typename: 'ViewerAbilities' as const, canManagePeople: false, canAssignRoles: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false, canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canManageTraining: false, canViewTrainingMatrix: false, canAnnounce: false, canAnnounceToAnyone: false };
const signedOut = { request: { query: MeDocument }, result: { data: { me: null, abilities: null } }, maxUsageCount: Infinity };
const noSetup = { request: { query: SetupStatusDocument }, result: { data: { setupStatus: { __typename: 'SetupStatus' as const, needed: false } } }, maxUsageCount: Infinity };
const failure = (code: string, extensions: Record<string, unknown> = {}) => ({ errors: [{ message: code, extensions: { code, ...extensions } }] });

function renderAt(path: string, page: ReactNode, mocks: MockLink.MockedResponse[], lng = 'en') {
  const i18n = i18next.createInstance();
  const resources = mergeLocaleBundles([coreLocales, authLocales]);
  void i18n.use(initReactI18next).init({ resources: Object.fromEntries(Object.entries(resources).map(([l, tree]) => [l, { translation: tree }])), lng, interpolation: { escapeValue: false }, initAsync: false });
  const client = new ApolloClient({ link: new MockLink([signedOut, noSetup, ...mocks]), cache: new InMemoryCache() });
  return render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider env="test">
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="*" element={page} />
              <Route path="/feed" element={<p>Home page</p>} />
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
}

describe('SignInPage', () => {
  const signIn = (password: string, result: object) => ({ request: { query: SignInDocument, variables: { input: { email: 'rana@x.test', password } } }, result });

  it('focuses the email field, then the error after a failed attempt; a lockout states the real wait', async () => {
    renderAt('/sign-in', <SignInPage />, [signIn('wrong', failure('AUTH_INVALID_CREDENTIALS')), signIn('again', failure('RATE_LIMITED', { retryAfter: 290 }))]);
    const email = screen.getByLabelText(/^Email/);
    await waitFor(() => expect(document.activeElement).toBe(email));
    fireEvent.change(email, { target: { value: 'rana@x.test' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The email or password is incorrect.');
    await waitFor(() => expect(document.activeElement).toBe(alert));

    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'again' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Too many attempts. You can try again in 5 minutes.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
    expect(screen.getByRole('link', { name: 'Forgot password?' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('formats the wait in the user language', () => {
    expect(formatWait(290, 'it')).toBe('tra 5 minuti');
    expect(formatWait(30, 'en')).toBe('in 30 seconds');
    expect(formatWait(3000, 'he')).toContain('50');
    expect(formatWait(7200, 'ar')).toMatch(/ساع/);
  });
});

describe('ForgotPasswordPage', () => {
  const request = (email: string, result: object) => ({ request: { query: RequestPasswordResetDocument, variables: { input: { email } } }, result });

  it('focuses the email, answers the same neutral message, and shows a throttle with its wait', async () => {
    renderAt('/forgot-password', <ForgotPasswordPage />, [request('anyone@x.test', { data: { requestPasswordReset: true } }), request('anyone@x.test', failure('RATE_LIMITED', { retryAfter: 45 }))]);
    const email = screen.getByLabelText(/^Work email/);
    await waitFor(() => expect(document.activeElement).toBe(email));
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByText('Required')).toBeTruthy();

    fireEvent.change(email, { target: { value: 'anyone@x.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('If this address belongs to an account, a link is on its way. Check your inbox.');
    await waitFor(() => expect(document.activeElement).toBe(status));

    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByText('Too many attempts. You can try again in 45 seconds.')).toBeTruthy();
  });
});

describe('SetPasswordPage', () => {
  const link = (token: string, result: object) => ({ request: { query: AccountLinkDocument, variables: { token } }, result });
  const use = (token: string, password: string, result: object) => ({ request: { query: SetPasswordFromLinkDocument, variables: { input: { token, password } } }, result });

  it('greets the person, checks the password rules, and signs in on success', async () => {
    renderAt('/welcome#token=tok-123', <SetPasswordPage purpose="INVITE" />, [
      link('tok-123', { data: { accountLink: { __typename: 'AccountLink', purpose: 'INVITE', name: 'Rana Haddad' } } }),
      use('tok-123', 'a-long-enough-password', { data: { setPasswordFromLink: { __typename: 'SignInPayload', user: USER, abilities: ABILITIES } } }),
    ]);
    expect(await screen.findByText('Hello Rana Haddad, choose your password.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Welcome to Pillars' })).toBeTruthy();
    const password = screen.getByLabelText(/^New password/);
    await waitFor(() => expect(document.activeElement).toBe(password));
    fireEvent.change(password, { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and sign in' }));
    expect((await screen.findAllByText('At least 10 characters.')).length).toBeGreaterThan(1);

    fireEvent.change(password, { target: { value: 'a-long-enough-password' } });
    fireEvent.change(screen.getByLabelText(/^Repeat password/), { target: { value: 'a-long-enough-passwort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and sign in' }));
    expect(await screen.findByText('The passwords do not match')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Repeat password/), { target: { value: 'a-long-enough-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and sign in' }));
    expect(await screen.findByText('Home page')).toBeTruthy();
  });

  it('explains an expired or used link and offers a new one', async () => {
    renderAt('/reset-password#token=old', <SetPasswordPage purpose="RESET" />, [link('old', failure('AUTH_LINK_EXPIRED'))], 'it');
    expect(await screen.findByText('Questo link è scaduto. Chiedine uno nuovo.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Chiedi un nuovo link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('treats a link without a token as invalid', async () => {
    renderAt('/welcome', <SetPasswordPage purpose="INVITE" />, []);
    expect(await screen.findByText('This link is not valid any more: it was used already or a newer one was sent.')).toBeTruthy();
  });
});
