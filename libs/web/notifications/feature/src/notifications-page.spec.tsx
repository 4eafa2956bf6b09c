import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { MeDocument, NotificationLinksProvider, type NotificationLinks } from '@pillars/web/core/data-access';
import { MarkAllNotificationsReadDocument, NotificationsDocument, UnreadNotificationCountDocument } from '@pillars/web/notifications/data-access';
import { fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { notificationsLocales } from './index';
import { NotificationsPage } from './notifications-page';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
};
const base = (keys: Map<string, string>) => new Set([...keys.keys()].map((k) => k.replace(PLURAL, '')));

describe('notification strings', () => {
  const en = flatten(notificationsLocales.en as Tree);
  it.each(['ar', 'he', 'it'] as const)('%s has the keys of en, every plural form, no empty string', (lng) => {
    const keys = flatten(notificationsLocales[lng] as Tree);
    expect([...base(en)].filter((k) => !base(keys).has(k))).toEqual([]);
    expect([...base(keys)].filter((k) => !base(en).has(k))).toEqual([]);
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const plural of new Set([...keys.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))) {
      expect(categories.filter((c) => !keys.has(`${plural}_${c}`)), plural).toEqual([]);
    }
    expect([...keys].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });
});

const ME = '00000000-0000-4000-8000-00000000c001';
const user = (id: string, name: string) => ({ __typename: 'User' as const, id, name, initials: name[0], photoThumbnailUrl: null });
const node = (id: string, o: { available: boolean; readAt: string | null; actorCount: number; kind: string }) => ({
  __typename: 'Notification' as const,
  id,
  kind: o.kind,
  available: o.available,
  targetType: o.available ? 'post' : null,
  targetId: o.available ? '00000000-0000-4000-8000-00000000d001' : null,
  data: [] as { __typename: 'NotificationRef'; key: string; id: string }[],
  actorCount: o.actorCount,
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
  readAt: o.readAt,
  actors: [user('00000000-0000-4000-8000-00000000e001', 'Ana')],
});
const page = (nodes: ReturnType<typeof node>[]) => ({
  request: { query: NotificationsDocument, variables: { first: 20, after: null, unreadOnly: false } },
  result: { data: { notifications: { __typename: 'NotificationConnection' as const, edges: nodes.map((n) => ({ __typename: 'NotificationEdge' as const, cursor: n.id, node: n })), pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null } } } },
});
const count = (n: number) => ({ request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: n } } });
const me = { request: { query: MeDocument }, result: { data: { me: { __typename: 'User' as const, id: ME, name: 'Bo', email: 'b@x.test', initials: 'B', photoThumbnailUrl: null, title: null, locale: 'en', timeZone: 'UTC', roles: [] } } }, maxUsageCount: Infinity };

function renderPage(mocks: MockLink.MockedResponse[], links: NotificationLinks = {}) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({ resources: { en: { translation: notificationsLocales.en } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });
  const client = new ApolloClient({ link: new MockLink(mocks), cache: new InMemoryCache() });
  return render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <MantineProvider env="test">
          <MemoryRouter>
            <NotificationLinksProvider links={links}>
              <NotificationsPage />
            </NotificationLinksProvider>
          </MemoryRouter>
        </MantineProvider>
      </ApolloProvider>
    </I18nextProvider>,
  );
}

describe('NotificationsPage', () => {
  it('renders grouped text from kind and actors, says "no longer available", and marks all read', async () => {
    const unreadGroup = node('00000000-0000-4000-8000-00000000f001', { available: true, readAt: null, actorCount: 5, kind: 'feeds.reaction' });
    const gone = node('00000000-0000-4000-8000-00000000f002', { available: false, readAt: '2026-01-02T11:00:00.000Z', actorCount: 1, kind: 'feeds.mention' });
    const markAll = { request: { query: MarkAllNotificationsReadDocument }, result: { data: { markAllNotificationsRead: { __typename: 'NotificationsReadPayload' as const, unreadCount: 0 } } } };
    renderPage([me, count(1), page([unreadGroup, gone]), markAll, count(0), page([{ ...unreadGroup, readAt: '2026-01-02T12:00:00.000Z' }, gone])]);
    expect(await screen.findByText('Ana and 4 others reacted to your post')).toBeTruthy();
    expect(screen.getByText('Ana mentioned you')).toBeTruthy();
    // The line follows the page's direction, whatever script the actor's name is in.
    expect(screen.getByText('Ana mentioned you').closest('[dir="auto"]')).toBeNull();
    expect(screen.getByText('No longer available')).toBeTruthy();
    expect(await screen.findByText('1 unread notification')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText('0 unread notifications')).toBeTruthy();
  });

  it('links an available item to its target through the registered link builders, never an unavailable one', async () => {
    const POST = '00000000-0000-4000-8000-00000000d001';
    const COMMENT = '00000000-0000-4000-8000-00000000d002';
    const ref = (key: string, id: string) => ({ __typename: 'NotificationRef' as const, key, id });
    const reply = { ...node('00000000-0000-4000-8000-00000000f003', { available: true, readAt: '2026-01-02T11:00:00.000Z', actorCount: 1, kind: 'feeds.reply' }), targetType: 'comment', targetId: COMMENT, data: [ref('postId', POST), ref('commentId', COMMENT)] };
    const reaction = { ...node('00000000-0000-4000-8000-00000000f004', { available: true, readAt: '2026-01-02T11:00:00.000Z', actorCount: 1, kind: 'feeds.reaction' }), data: [ref('postId', POST)] };
    const gone = node('00000000-0000-4000-8000-00000000f005', { available: false, readAt: '2026-01-02T11:00:00.000Z', actorCount: 1, kind: 'feeds.mention' });
    const unknown = { ...node('00000000-0000-4000-8000-00000000f006', { available: true, readAt: '2026-01-02T11:00:00.000Z', actorCount: 1, kind: 'wiki.edit' }), targetType: 'wiki.page' };
    const links: NotificationLinks = {
      post: ({ id }) => `/posts/${id}`,
      comment: ({ id, data }) => `/posts/${data['postId']}?comment=${id}`,
    };
    renderPage([me, count(0), page([reply, reaction, gone, unknown])], links);
    const replyLink = await screen.findByRole('link', { name: 'Ana replied to you' });
    expect(replyLink.getAttribute('href')).toBe(`/posts/${POST}?comment=${COMMENT}`);
    expect(screen.getByRole('link', { name: 'Ana reacted to your post' }).getAttribute('href')).toBe(`/posts/${POST}`);
    // Unavailable, or a target type no feature links: plain text.
    expect(screen.getByText('Ana mentioned you').closest('a')).toBeNull();
    expect(screen.getAllByRole('listitem').filter((li) => li.querySelector('a'))).toHaveLength(2);
  });

  it('shows the empty state', async () => {
    renderPage([me, count(0), page([])]);
    expect(await screen.findByText('No notifications yet')).toBeTruthy();
  });
});
