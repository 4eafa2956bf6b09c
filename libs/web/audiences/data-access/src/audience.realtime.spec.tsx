import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { connectRealtime } from '@pillars/web/core/data-access';
import { render, screen } from '@testing-library/react';
import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { AudienceSummaryDocument } from './audience.documents';
import { useLiveAudience } from './audience.realtime';

type Handler = (...args: unknown[]) => void;
const ID = '00000000-0000-4000-8000-00000000a001';
const summary = (memberCount: number, version: number) => ({
  request: { query: AudienceSummaryDocument, variables: { id: ID } },
  result: { data: { audience: { __typename: 'Audience' as const, id: ID, version, memberCount } } },
});

function Count({ id }: { id: string }) {
  const audience = useLiveAudience(id);
  return <p>{audience ? `${audience.memberCount} members` : 'loading'}</p>;
}

describe('useLiveAudience', () => {
  it('joins the audience room and shows the new count after its invalidation', async () => {
    const handlers = new Map<string, Handler[]>();
    const socket = { on: (e: string, h: Handler) => handlers.set(e, [...(handlers.get(e) ?? []), h]), emit: vi.fn(), disconnect: vi.fn() };
    const fire = (e: string, ...args: unknown[]) => handlers.get(e)?.forEach((h) => h(...args));
    const client = new ApolloClient({ link: new MockLink([summary(3, 1), summary(4, 2)]), cache: new InMemoryCache() });
    const stop = connectRealtime(client, { connect: () => socket as unknown as Socket, debounceMs: 1 });
    fire('ready', { userId: 'u', organizationId: 'o' });

    render(
      <ApolloProvider client={client}>
        <Count id={ID} />
      </ApolloProvider>,
    );
    expect(await screen.findByText('3 members')).toBeTruthy();
    expect(socket.emit).toHaveBeenCalledWith('subscribe', { room: `audience:${ID}` });

    fire('invalidate', { type: 'Audience', id: ID, version: 2 });
    expect(await screen.findByText('4 members')).toBeTruthy();
    stop();
  });
});
