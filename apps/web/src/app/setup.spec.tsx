import { CompleteSetupDocument, MeDocument, SetupStatusDocument } from '@pillars/web/core/data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { meMock, type Mock, renderApp, setupStatusMock } from '../testing/render-app';

const admin = {
  __typename: 'User' as const,
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Rania Haddad',
  email: 'rania@acme.example',
  initials: 'RH', photoThumbnailUrl: null,
  title: null,
  locale: 'en',
  timeZone: 'UTC',
  roles: ['ADMIN'],
};

const completeSetup = (result: Mock['result'], locale = 'en'): Mock => ({
  request: {
    query: CompleteSetupDocument,
    variables: (v: { input: Record<string, unknown> }) =>
      v.input['organizationName'] === 'Acme Cooperative' && v.input['name'] === 'Rania Haddad' && v.input['email'] === 'rania@acme.example' &&
      v.input['password'] === 'a-long-first-password' && v.input['locale'] === locale,
  },
  result,
});

const fill = (labels: { org: RegExp; name: RegExp; email: RegExp; password: RegExp; confirm: RegExp }, confirm = 'a-long-first-password') => {
  fireEvent.change(screen.getByLabelText(labels.org), { target: { value: 'Acme Cooperative' } });
  fireEvent.change(screen.getByLabelText(labels.name), { target: { value: 'Rania Haddad' } });
  fireEvent.change(screen.getByLabelText(labels.email), { target: { value: ' rania@acme.example ' } });
  fireEvent.change(screen.getByLabelText(labels.password), { target: { value: 'a-long-first-password' } });
  fireEvent.change(screen.getByLabelText(labels.confirm), { target: { value: confirm } });
};
const EN = { org: /organisation name/i, name: /your name/i, email: /work email/i, password: /^password/i, confirm: /repeat password/i };

describe('first-run setup', () => {
  it('sends a visitor of a deployment without an organisation from the app to the setup page', async () => {
    renderApp({ route: '/people', mocks: [meMock(null), setupStatusMock(true)] });
    // Three hops (the app, sign-in, setup): allow a busy machine more than the default second.
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up Pillars' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Organisation' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'First administrator' })).toBeTruthy();
  });

  it('leaves the setup page for sign-in once the deployment is set up', async () => {
    renderApp({ route: '/setup', mocks: [meMock(null), setupStatusMock(false)] });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Set up Pillars' })).toBeNull();
  });

  it('checks the fields before calling the API', async () => {
    renderApp({ route: '/setup', mocks: [meMock(null), setupStatusMock(true)] });
    fireEvent.change(await screen.findByLabelText(EN.password), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(await screen.findAllByText('Required')).toHaveLength(3);
    expect(screen.getByText('Use at least 10 characters')).toBeTruthy();
    expect(screen.getByText('The passwords do not match')).toBeTruthy();
  });

  it('creates the organisation, signs the administrator in and leaves the setup page', async () => {
    const { client } = renderApp({ route: '/setup', mocks: [meMock(null), setupStatusMock(true), completeSetup({ data: { completeSetup: { __typename: 'CompleteSetupPayload', user: admin } } })] });
    await screen.findByRole('heading', { name: 'Set up Pillars' });
    fill(EN);
    fireEvent.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(await screen.findByText(/Your organisation is ready/, {}, { timeout: 3000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Set up Pillars' })).toBeNull());
    expect(client.readQuery({ query: SetupStatusDocument })?.setupStatus.needed).toBe(false);
    expect(client.readQuery({ query: MeDocument })?.me?.id).toBe(admin.id);
  });

  it('shows a server field rule under its field and SETUP_ALREADY_DONE with a way to sign in, in Arabic', async () => {
    renderApp({
      route: '/setup',
      lng: 'ar',
      mocks: [
        meMock(null),
        setupStatusMock(true),
        completeSetup({ errors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', rule: 'isEmail' }] } })] }, 'ar'),
        completeSetup({ errors: [new GraphQLError('raw server text', { extensions: { code: 'SETUP_ALREADY_DONE' } })] }, 'ar'),
      ],
    });
    await screen.findByRole('heading', { name: 'إعداد Pillars' });
    expect(document.documentElement.dir).toBe('rtl');
    fill({ org: /اسم المؤسسة/, name: /اسمك/, email: /بريدك الإلكتروني/, password: /^كلمة المرور/, confirm: /أعد كتابة كلمة المرور/ });
    fireEvent.click(screen.getByRole('button', { name: 'إنشاء المؤسسة' }));
    expect(await screen.findByText('أدخل بريدًا إلكترونيًا صالحًا', {}, { timeout: 3000 })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'إنشاء المؤسسة' }));
    const message = await screen.findByText('تم إعداد هذا الخادم مسبقًا. سجّل الدخول بدلًا من ذلك.', {}, { timeout: 3000 });
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByText('raw server text')).toBeNull();
    expect(screen.getByRole('link', { name: 'تسجيل الدخول' }).getAttribute('href')).toBe('/sign-in');
  });
});
