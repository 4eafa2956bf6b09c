import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { connectRealtime, MeDocument } from '@pillars/web/core/data-access';
import { render, screen } from '@testing-library/react';
import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { UnreadNotificationCountDocument } from './notification.documents';
import { useLiveUnreadCount } from './notification.realtime';

type Handler = (...args: unknown[]) => void;
const ME = '00000000-0000-4000-8000-00000000b001';
const me = {
  request: { query: MeDocument },
  result: { data: { me: { __typename: 'User' as const, id: ME, name: 'Bo', email: 'bo@example.com', initials: 'B', photoThumbnailUrl: null, title: null, locale: 'en', timeZone: 'UTC', roles: ['EMPLOYEE'] } } },
};
const count = (n: number) => ({ request: { query: UnreadNotificationCountDocument }, result: { data: { unreadNotificationCount: n } } });

function Bell() {
  return <p>{`${useLiveUnreadCount()} unread`}</p>;
}

describe('useLiveUnreadCount', () => {
  it("joins the person's own room and refetches the count on its Notifications event", async () => {
    const handlers = new Map<string, Handler[]>();
    const socket = { on: (e: string, h: Handler) => handlers.set(e, [...(handlers.get(e) ?? []), h]), emit: vi.fn(), disconnect: vi.fn() };
    const fire = (e: string, ...args: unknown[]) => handlers.get(e)?.forEach((h) => h(...args));
    const client = new ApolloClient({ link: new MockLink([me, count(2), count(3)]), cache: new InMemoryCache() });
    const stop = connectRealtime(client, { connect: () => socket as unknown as Socket, debounceMs: 1 });
    fire('ready', { userId: ME, organizationId: 'o' });
    render(
      <ApolloProvider client={client}>
        <Bell />
      </ApolloProvider>,
    );
    expect(await screen.findByText('2 unread')).toBeTruthy();
    expect(socket.emit).toHaveBeenCalledWith('subscribe', { room: `user:${ME}` });
    fire('invalidate', { type: 'Notifications', id: ME, version: 7 });
    expect(await screen.findByText('3 unread')).toBeTruthy();
    stop();
  });
});
