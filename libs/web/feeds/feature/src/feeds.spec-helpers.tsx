import type { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MeDocument } from '@pillars/web/core/data-access';
import { feedsTypePolicies, MyFeedTeamsDocument } from '@pillars/web/feeds/data-access';
import type { PostCardFragment } from '@pillars/web/graphql';
import { searchLocales } from '@pillars/web/search/feature';
import { renderWithProviders } from '@pillars/web/testing';
import type { ReactNode } from 'react';
import { feedsLocales } from './feeds.locales';

export const ME = '00000000-0000-4000-8000-00000000a001';
export const OTHER = '00000000-0000-4000-8000-00000000a002';
export const POST_ID = '00000000-0000-4000-8000-00000000b001';

export const meMock = {
  request: { query: MeDocument },
  result: { data: { me: { __typename: 'User', id: ME, name: 'Bo Me', email: 'bo@x.test', initials: 'BM', photoThumbnailUrl: null, title: null, locale: 'en', timeZone: 'UTC', roles: [] },
      abilities: { __typename: 'ViewerAbilities', canManagePeople: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false, canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canManageTraining: false, canViewTrainingMatrix: false, canAnnounce: false, canAnnounceToAnyone: false },
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
  return renderWithProviders(ui, { mocks: [meMock, myTeamsMock, ...mocks], locales: [feedsLocales, searchLocales], typePolicies: [feedsTypePolicies], path, route, prime });
}
