import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MyProfileDocument, UpdateMyProfileDocument } from '@pillars/web/directory/data-access';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { meMock, type Mock, renderApp, signedInUser } from '../testing/render-app';

const ID = signedInUser.id;
const profileFields = { about: null, pronouns: null, phone: null, workingHours: null, languages: ['en'], skills: ['Go'], photoUrl: null, photoThumbnailUrl: null };
const myProfile: Mock = {
  request: { query: MyProfileDocument, variables: { id: ID } },
  result: {
    data: {
      user: {
        __typename: 'User', id: ID, name: 'Daniel Carter', initials: 'DC', title: 'Team Lead', location: 'Milan', timeZone: 'Europe/London',
        manager: { __typename: 'User', id: 'm1', name: 'Grace Hopper', initials: 'GH', title: 'CTO' },
        teams: [{ __typename: 'TeamMembership', role: 'MEMBER', team: { __typename: 'Team', id: 't1', name: 'Platform' } }],
        ...profileFields,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const input = {
  about: 'I run the clusters.', pronouns: 'he/him', phone: '+44 20 7946 0000', timeZone: 'Europe/London',
  workingHours: { days: [1, 2], start: '09:00', end: '17:30' }, languages: ['en'], skills: ['Go', 'Kubernetes'],
};
const saved = (result: Mock['result']): Mock => ({ request: { query: UpdateMyProfileDocument, variables: { input } }, result });

async function fillForm() {
  fireEvent.change(await screen.findByRole('textbox', { name: 'About' }), { target: { value: input.about } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Pronouns' }), { target: { value: input.pronouns } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Phone' }), { target: { value: input.phone } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
  fireEvent.change(screen.getByLabelText('Start'), { target: { value: '09:00' } });
  fireEvent.change(screen.getByLabelText('End'), { target: { value: '17:30' } });
  const skills = screen.getAllByLabelText('Skills and expertise').find((e) => e instanceof HTMLInputElement && e.type !== 'hidden') as HTMLInputElement;
  // Mantine's combobox inputs take only typing into the focused field (not autofill).
  skills.focus();
  fireEvent.change(skills, { target: { value: 'Kubernetes' } });
  fireEvent.keyDown(skills, { key: 'Enter' });
}

describe('edit profile page', () => {
  it('shows the organisation’s fields read-only as managed by HR, and saves the person’s own', async () => {
    renderApp({
      route: '/account/profile',
      mocks: [meMock(signedInUser), myProfile, saved({ data: { updateMyProfile: { __typename: 'UserPayload', user: { __typename: 'User', id: ID, ...profileFields, ...input } } } })],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit profile' })).toBeTruthy();
    const org = screen.getByRole('region', { name: 'Managed by HR' });
    expect(within(org).getByText('Team Lead')).toBeTruthy();
    expect(within(org).getByText('Milan')).toBeTruthy();
    expect(within(org).getByText('Platform')).toBeTruthy();
    expect(within(org).queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    await fillForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your profile was saved.')).toBeTruthy();
  });

  it('shows the server’s rule on the field it names, and its own checks before sending', async () => {
    renderApp({
      route: '/account/profile',
      mocks: [meMock(signedInUser), myProfile, saved({ errors: [new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'phone', rule: 'phone' }] } })] })],
    });
    await fillForm();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Enter a phone number: digits, with spaces, dashes or a leading +')).toBeTruthy();
    // Editing the field clears the server's message on it.
    fireEvent.change(phone, { target: { value: '+44 20 7946 0001' } });
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).not.toBe('true'));
    // A working day that ends before it starts is caught here.
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '08:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The end must be after the start')).toBeTruthy();
  });

  it('reads right to left in Arabic, with the organisation’s fields marked as HR’s', async () => {
    renderApp({ route: '/account/profile', lng: 'ar', mocks: [meMock({ ...signedInUser, locale: 'ar' }), myProfile] });
    expect(await screen.findByRole('heading', { level: 1, name: 'تعديل الملف الشخصي' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'تديرها الموارد البشرية' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('is reachable from the account menu', async () => {
    renderApp({ route: '/people', mocks: [meMock(signedInUser)] });
    fireEvent.click(await screen.findByRole('button', { name: /Account menu/ }));
    expect((await screen.findByRole('menuitem', { name: 'Edit profile' })).getAttribute('href')).toBe('/account/profile');
  });
});
