import { MockLink } from '@apollo/client/testing';
import { MeDocument } from '@pillars/web/core/data-access';
import { feedsLocales } from '@pillars/web/feeds/feature';
import { searchLocales } from '@pillars/web/search/feature';
import { renderWithProviders } from '@pillars/web/testing';
import { RenderWikiPreviewDocument, SaveWikiDraftDocument, WikiPageEditorsDocument, wikiTypePolicies } from '@pillars/web/wiki/data-access';
import type { WikiSpaceFieldsFragment } from '@pillars/web/graphql';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import type { ReactNode } from 'react';
import { Outlet, Route, Routes } from 'react-router-dom';
import { wikiLocales } from './wiki.feature';

export const ME = '00000000-0000-4000-8000-00000000a001';
export const OTHER = '00000000-0000-4000-8000-00000000a002';
export const SPACE_ID = '00000000-0000-4000-8000-00000000d001';
export const PAGE_ID = '00000000-0000-4000-8000-00000000e001';

export const meMock = {
  request: { query: MeDocument },
  result: {
    data: {
      me: { __typename: 'User', id: ME, name: 'Ana Rossi', email: 'ana@x.test', initials: 'AR', title: null, locale: 'en', timeZone: 'UTC', roles: [] },
      abilities: {
        __typename: 'ViewerAbilities', canManagePeople: false, canAssignRoles: false, canManageTeams: false, canImport: false, canManageAudiences: false, canReadMailOutbox: false,
        canManagePolicies: false, canViewCompliance: false, canVerifyPolicyEvidence: false, canAnnounce: false, canAnnounceToAnyone: false,
      },
    },
  },
  maxUsageCount: Infinity,
};

/** The editor's side requests (preview, draft autosave, who else is editing) answered whatever they send. */
export const backgroundMocks = [
  { request: { query: WikiPageEditorsDocument, variables: () => true }, result: { data: { wikiPage: { __typename: 'WikiPage', id: PAGE_ID, editors: [] } } }, maxUsageCount: Infinity },
  { request: { query: RenderWikiPreviewDocument, variables: () => true }, result: { data: { renderWikiPreview: { __typename: 'WikiPreview', html: '<p>preview</p>', brokenLinks: [] } } }, maxUsageCount: Infinity },
  { request: { query: SaveWikiDraftDocument, variables: () => true }, result: { data: { saveWikiDraft: { __typename: 'WikiDraftPayload', draft: null } } }, maxUsageCount: Infinity },
];

export const person = (id: string, name: string) => ({ __typename: 'User' as const, id, name });

export const space = {
  __typename: 'WikiSpace' as const,
  id: SPACE_ID,
  key: 'eng',
  name: 'Engineering',
  description: '',
  visibility: 'ORGANIZATION' as const,
  outsiderAccess: 'READ' as const,
  reviewCycleMonths: 12,
  viewerRole: 'EDITOR' as const,
  abilities: { __typename: 'WikiAbilities' as const, canEdit: true, canAdmin: false },
};

/** Renders `ui` at `route` (matched by `path`) with the wiki's strings in English (or `dir` rtl) and the given mocks. */
export const renderWiki = (ui: ReactNode, mocks: MockLink.MockedResponse[], { path = '/', route = '/', rtl = false }: { path?: string; route?: string; rtl?: boolean } = {}) =>
  renderWithProviders(ui, {
    mocks: [meMock, ...backgroundMocks, ...mocks],
    locales: [feedsLocales, searchLocales, wikiLocales],
    typePolicies: [wikiTypePolicies],
    path,
    route,
    dir: rtl ? 'rtl' : 'ltr',
  });

/** A space admin's view of the same space. */
export const adminSpace: WikiSpaceFieldsFragment = { ...space, viewerRole: 'ADMIN', abilities: { ...space.abilities, canAdmin: true } };

/** `element` at `path` inside a space's outlet (the space layout's context), as the routes place it. */
export function InSpace({ value, path, element }: { value: WikiSpaceFieldsFragment; path: string; element: ReactNode }) {
  return (
    <Routes>
      <Route element={<Outlet context={{ space: value, setOpenIds: () => undefined }} />}>
        <Route path={path} element={element} />
      </Route>
    </Routes>
  );
}

/** A mock answering every call of `query` with `result`, recording the variables each call sent. */
export function recorder(query: DocumentNode, result: () => FormattedExecutionResult) {
  const calls: unknown[] = [];
  const mock: MockLink.MockedResponse = {
    request: {
      query,
      variables: (v: Record<string, unknown>) => {
        calls.push(v);
        return true;
      },
    },
    result,
    maxUsageCount: Infinity,
  };
  return { calls, mock };
}
