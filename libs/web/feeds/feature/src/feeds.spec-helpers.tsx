import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { coreLocales, MeDocument, mergeLocaleBundles, mergeTypePolicies } from '@pillars/web/core/data-access';
import { feedsTypePolicies, MyFeedTeamsDocument } from '@pillars/web/feeds/data-access';
import type { PostCardFragment } from '@pillars/web/graphql';
import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { feedsLocales } from './feeds.locales';

// jsdom has no FontFaceSet; Mantine's autosizing textarea listens to it.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined } });

export const ME = '00000000-0000-4000-8000-00000000a001';
export const OTHER = '00000000-0000-4000-8000-00000000a002';
export const POST_ID = '00000000-0000-4000-8000-00000000b001';

export const meMock = {
  request: { query: MeDocument },
  result: { data: { me: { __typename: 'User', id: ME, name: 'Bo Me', email: 'bo@x.test', initials: 'BM', photoThumbnailUrl: null, title: null, locale: 'en', timeZone: 'UTC', roles: [] },
      abilities: { __typename: 'ViewerAbilities', canManagePeople: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false, canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canAnnounce: false, canAnnounceToAnyone: false },
    },
  },
  maxUsageCount: Infinity,
};

export const myTeamsMock = {
  request: { query: MyFeedTeamsDocument, variables: { id: ME } },
  result: { data: { user: { __typename: 'User', id: ME, teams: [{ __typename: 'TeamMembership', role: 'MEMBER', team: { __typename: 'Team', id: '00000000-0000-4000-8000-00000000e001', name: 'Design' } }] } } },
  maxUsageCount: Infinity,
};

export function post(id: string, over: Partial<PostCardFragment> = {}): PostCardFragment & { __typename: 'Post' } {
  return {
    __typename: 'Post',
    id,
    teamId: null,
    body: `Body of ${id}`,
    bodyHtml: `<p>Body of ${id}</p>`,
    language: null,
    topics: [],
    status: 'PUBLISHED',
    rejectionReason: null,
    isAnnouncement: false,
    pinnedUntil: null,
    announcement: null,
    version: 1,
    editedAt: null,
    createdAt: '2026-01-02T10:00:00.000Z',
    commentCount: 0,
    myReaction: null,
    author: { __typename: 'User', id: OTHER, name: 'Ana Other', initials: 'AO', photoThumbnailUrl: null } as PostCardFragment['author'],
    abilities: { __typename: 'PostAbilities', canEdit: false, canDelete: false, canModerate: false } as PostCardFragment['abilities'],
    reactionCounts: [],
    attachments: [],
    ...over,
  } as PostCardFragment & { __typename: 'Post' };
}

export function connection(posts: PostCardFragment[], hasNextPage = false) {
  return {
    __typename: 'PostConnection',
    edges: posts.map((p) => ({ __typename: 'PostEdge', cursor: `c-${p.id}`, node: p })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: posts.length ? `c-${posts[posts.length - 1].id}` : null },
  };
}

export function renderFeeds(ui: ReactNode, mocks: MockLink.MockedResponse[], { path = '/', route = '/', prime }: { path?: string; route?: string; prime?: (client: ApolloClient) => void } = {}) {
  const i18n = i18next.createInstance();
  const bundle = mergeLocaleBundles([coreLocales, feedsLocales]);
  void i18n.use(initReactI18next).init({ resources: { en: { translation: bundle.en } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  const client = new ApolloClient({ link: new MockLink([meMock, myTeamsMock, ...mocks]), cache: new InMemoryCache({ typePolicies: mergeTypePolicies([feedsTypePolicies]) }) });
  prime?.(client);
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider env="test">
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={ui} />
            </Routes>
          </MemoryRouter>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...utils, client };
}
