import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MeDocument, SetupStatusDocument } from '@pillars/web/core/data-access';
import { UnreadNotificationCountDocument } from '@pillars/web/notifications/data-access';
import type { MeQuery, ViewerAbilityFlagsFragment } from '@pillars/web/graphql';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { FEATURES, typePolicies } from '../app/features';
import { PROVIDER_FUTURE, ROOT_ROUTES, ROUTER_FUTURE } from '../app/router-future';
import { AppProviders } from '../app/providers';
import { createI18n } from '../i18n';

export type Mock = MockLink.MockedResponse;

/** Loads the on-demand pages first, so a test waits for the page and not for the module loader. */
export const preloadPages = () => Promise.all(FEATURES.map((f) => f.preload?.()));

export const signedInUser = {
  __typename: 'User' as const,
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Daniel Carter',
  email: 'manager@pillars.demo',
  initials: 'DC', photoThumbnailUrl: null,
  title: 'Team Lead',
  locale: 'en',
  timeZone: 'Europe/London',
  roles: [],
};

type Abilities = Omit<ViewerAbilityFlagsFragment, '__typename'>;
const NO_ABILITIES: Abilities = { canManagePeople: false, canAssignRoles: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false, canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canManageTraining: false, canViewTrainingMatrix: false, canAnnounce: false, canAnnounceToAnyone: false };

/** The `me` query with the abilities the server would grant (none unless given), answered as often as the app asks. */
export const meMock = (me: MeQuery['me'], abilities: Partial<Abilities> = {}): Mock => ({
  request: { query: MeDocument },
  result: { data: { me, abilities: me ? { __typename: 'ViewerAbilities' as const, ...NO_ABILITIES, ...abilities } : null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** `setupStatus`: whether the deployment still needs its first-run setup. */
export const setupStatusMock = (needed: boolean): Mock => ({
  request: { query: SetupStatusDocument },
  result: { data: { setupStatus: { __typename: 'SetupStatus', needed } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** The header bell's count: nothing unread unless a test says otherwise (its own mocks match first). */
export const unreadCountMock = (count: number): Mock => ({
  request: { query: UnreadNotificationCountDocument },
  result: { data: { unreadNotificationCount: count } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** The whole app (routes, providers, i18n) at `route`, over mocked GraphQL responses. */
export function renderApp({ route = '/', mocks = [], lng = 'en' }: { route?: string; mocks?: Mock[]; lng?: string } = {}) {
  const i18n = createI18n(lng);
  // A set-up deployment unless the test says otherwise (its own mocks match first).
  const client = new ApolloClient({ link: new MockLink([...mocks, setupStatusMock(false), unreadCountMock(0)]), cache: new InMemoryCache({ typePolicies }) });
  const router = createMemoryRouter(ROOT_ROUTES, { initialEntries: [route], future: ROUTER_FUTURE });
  const view = render(
    <AppProviders client={client} i18n={i18n} env="test">
      <RouterProvider router={router} future={PROVIDER_FUTURE} />
    </AppProviders>,
  );
  return { ...view, i18n, client, router };
}
