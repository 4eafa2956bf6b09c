import { ApolloClient, ApolloLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import { Observable } from 'rxjs';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveRoomsOf } from './live-rooms';
import { connectRealtime, onInvalidation } from './realtime';

type Handler = (...args: unknown[]) => void;

function fakeSocket() {
  const handlers = new Map<string, Handler[]>();
  const socket = {
    on: (event: string, handler: Handler) => handlers.set(event, [...(handlers.get(event) ?? []), handler]),
    emit: vi.fn(),
    disconnect: vi.fn(),
  };
  const fire = (event: string, ...args: unknown[]) => handlers.get(event)?.forEach((h) => h(...args));
  return { socket: socket as unknown as Socket, fire, emitted: socket.emit, disconnect: socket.disconnect };
}

const person = (id: string, name = id) => ({ __typename: 'User', id, name });
// Parsed, not tagged: codegen reads tagged documents and these names are the app's own.
const PROFILE: TypedDocumentNode = parse('query UserProfile($id: ID!) { user(id: $id) { id name manager { id name } } }');
const TEAM: TypedDocumentNode = parse('query TeamPage($id: ID!) { team(id: $id) { id name members { id name } } }');
const OPTIONS: TypedDocumentNode = parse('query TeamOptions { teamOptions { id name } }');
const ME: TypedDocumentNode = parse('query Me { me { id name } }');
const answers: Record<string, (vars: Record<string, unknown>) => unknown> = {
  UserProfile: (v) => ({ user: { ...person(v['id'] as string), manager: person('carol') } }),
  TeamPage: (v) => ({ team: { __typename: 'Team', id: v['id'], name: 'Platform', members: [person('bob'), person('dan')] } }),
  TeamOptions: () => ({ teamOptions: [{ __typename: 'TeamOption', id: 't1', name: 'Platform' }] }),
  Me: () => ({ me: person('me') }),
};

/** A real client and cache over a link that answers from `answers` and counts requests by name. */
function setup(options: { refetchMap?: Record<string, string[]> } = {}) {
  const requests: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        requests.push(operation.operationName ?? '');
        observer.next({ data: answers[operation.operationName ?? '']?.(operation.variables) ?? null });
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const fake = fakeSocket();
  const stop = connectRealtime(client, { connect: () => fake.socket, debounceMs: 100, ...options });
  const watch = async (query: TypedDocumentNode, variables?: Record<string, unknown>) => {
    const observable = client.watchQuery({ query, variables });
    const subscription = observable.subscribe(() => undefined);
    await vi.waitFor(() => expect(observable.getCurrentResult().data).toBeTruthy());
    return subscription;
  };
  const settle = async () => {
    await vi.advanceTimersByTimeAsync(150);
  };
  return { client, requests, watch, settle, stop, ...fake };
}

describe('connectRealtime', () => {
  afterEach(() => vi.useRealTimers());

  it('refetches only the active queries that hold the changed entity, once per burst', async () => {
    const { requests, watch, settle, fire, stop } = setup();
    await watch(PROFILE, { id: 'alice' });
    await watch(TEAM, { id: 't1' });
    await watch(OPTIONS);
    vi.useFakeTimers();
    requests.length = 0;

    // Bob shows on the team page only; two events in one burst cost one request.
    fire('invalidate', { type: 'User', id: 'bob', version: 1 });
    fire('invalidate', { type: 'User', id: 'dan', version: 2 });
    await settle();
    expect(requests).toEqual(['TeamPage']);

    // Carol is alice's manager: the profile holds her, the team page does not.
    fire('invalidate', { type: 'User', id: 'carol', version: 3 });
    await settle();
    expect(requests).toEqual(['TeamPage', 'UserProfile']);

    // Nobody shows erin: nothing is fetched.
    fire('invalidate', { type: 'User', id: 'erin', version: 4 });
    await settle();
    expect(requests).toEqual(['TeamPage', 'UserProfile']);
    stop();
  });

  it('refetches the queries a refetch map names for an event no result can hold', async () => {
    const { requests, watch, settle, fire, stop } = setup({ refetchMap: { Directory: ['TeamOptions'] } });
    await watch(PROFILE, { id: 'alice' });
    await watch(OPTIONS);
    vi.useFakeTimers();
    requests.length = 0;
    fire('invalidate', { type: 'Directory', id: 'org-1', version: 9 });
    await settle();
    expect(requests).toEqual(['TeamOptions']);
    stop();
  });

  it('refetches every active query when the signed-in user changes (roles change abilities everywhere)', async () => {
    const { requests, watch, settle, fire, stop } = setup();
    await watch(ME);
    await watch(TEAM, { id: 't1' });
    vi.useFakeTimers();
    fire('ready', { userId: 'me', organizationId: 'org-1' });
    requests.length = 0;
    fire('invalidate', { type: 'User', id: 'me', version: 5 });
    await settle();
    expect(requests.sort()).toEqual(['Me', 'TeamPage']);
    stop();
  });

  it('evicts a cached entity no active query shows, so the next view fetches it', async () => {
    const { client, requests, settle, fire, stop } = setup();
    client.cache.writeFragment({ id: 'User:zed', fragment: parse('fragment Z on User { id name }'), data: person('zed') });
    vi.useFakeTimers();
    fire('invalidate', { type: 'User', id: 'zed', version: 1 });
    await settle();
    expect((client.cache.extract() as Record<string, unknown>)['User:zed']).toBeUndefined();
    expect(requests).toEqual([]);
    stop();
  });

  it('refetches every active query once after a reconnect', async () => {
    const { requests, watch, settle, fire, stop, disconnect } = setup();
    await watch(PROFILE, { id: 'alice' });
    await watch(TEAM, { id: 't1' });
    vi.useFakeTimers();
    requests.length = 0;
    fire('connect');
    await settle();
    expect(requests).toEqual([]);
    fire('disconnect', 'transport close');
    fire('connect');
    fire('invalidate', { type: 'User', id: 'bob', version: 1 });
    await settle();
    expect(requests.sort()).toEqual(['TeamPage', 'UserProfile']);
    stop();
    expect(disconnect).toHaveBeenCalled();
  });

  it('joins the followed rooms on every ready, with the organisation filled in', async () => {
    const { client, fire, emitted, stop } = setup();
    const rooms = liveRoomsOf(client);
    rooms.add('person:alice');
    rooms.add('directory:{organizationId}');
    expect(emitted).not.toHaveBeenCalled();
    fire('ready', { userId: 'me', organizationId: 'org-1' });
    expect(emitted.mock.calls).toEqual([
      ['subscribe', { room: 'person:alice' }],
      ['subscribe', { room: 'directory:org-1' }],
    ]);
    // The server forgot the rooms with the old connection: a reconnect joins them again.
    fire('disconnect', 'transport close');
    rooms.remove('person:alice');
    fire('ready', { userId: 'me', organizationId: 'org-1' });
    expect(emitted.mock.calls.slice(2)).toEqual([['subscribe', { room: 'directory:org-1' }]]);
    stop();
  });

  it('hands every event to page listeners as well', async () => {
    vi.useFakeTimers();
    const { client, fire, stop } = setup();
    const seen: unknown[] = [];
    const unsubscribe = onInvalidation(client, (event) => seen.push(event));
    fire('invalidate', { type: 'DirectoryImport', id: 'i1', version: 5 });
    unsubscribe();
    fire('invalidate', { type: 'DirectoryImport', id: 'i1', version: 10 });
    expect(seen).toEqual([{ type: 'DirectoryImport', id: 'i1', version: 5 }]);
    stop();
  });
});
