import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import { PRESENCE } from '@pillars/shared/types';
import { describe, expect, it, vi } from 'vitest';
import { LiveRooms, liveRoomsOf, useLiveRoom, useLiveRooms } from './live-rooms';

const socket = () => ({ emit: vi.fn() });

describe('LiveRooms', () => {
  it('counts followers, so one of two views leaving keeps the room', async () => {
    const rooms = new LiveRooms();
    const s = socket();
    rooms.ready(s, { organizationId: 'org-1' });
    rooms.add('person:a');
    rooms.add('person:a');
    rooms.remove('person:a');
    expect(s.emit.mock.calls).toEqual([['subscribe', { room: 'person:a' }]]);
    rooms.remove('person:a');
    rooms.remove('person:a');
    await Promise.resolve();
    expect(s.emit.mock.calls).toEqual([
      ['subscribe', { room: 'person:a' }],
      ['unsubscribe', { room: 'person:a' }],
    ]);
    expect(rooms.rooms).toEqual([]);
  });

  it('does not leave and rejoin a room removed and added back in one go', async () => {
    const rooms = new LiveRooms();
    const s = socket();
    rooms.ready(s, { organizationId: 'org-1' });
    rooms.add('person:a');
    rooms.remove('person:a');
    rooms.add('person:a');
    await Promise.resolve();
    expect(s.emit.mock.calls).toEqual([['subscribe', { room: 'person:a' }]]);
  });

  it('waits for the socket to be ready, and sends nothing while offline', () => {
    const rooms = new LiveRooms();
    const s = socket();
    rooms.add('team:t');
    rooms.add('directory:{organizationId}');
    expect(s.emit).not.toHaveBeenCalled();
    rooms.ready(s, { organizationId: 'org-1' });
    expect(rooms.rooms).toEqual(['team:t', 'directory:org-1']);
    rooms.offline();
    rooms.add('person:p');
    expect(s.emit).toHaveBeenCalledTimes(2);
    rooms.ready(s, { organizationId: 'org-1' });
    expect(s.emit.mock.calls.slice(2).map((c) => c[1].room)).toEqual(['team:t', 'directory:org-1', 'person:p']);
  });
});

describe('LiveRooms presence', () => {
  it('announces a room once however many components want it, again on every heartbeat and ready, and withdraws it with the last one', () => {
    vi.useFakeTimers();
    try {
      const rooms = new LiveRooms();
      const s = socket();
      rooms.announce('wikipage:p');
      expect(s.emit).not.toHaveBeenCalled();
      rooms.ready(s, { organizationId: 'org-1' });
      rooms.announce('wikipage:p');
      expect(s.emit.mock.calls).toEqual([['presence.enter', { room: 'wikipage:p' }]]);
      vi.advanceTimersByTime(PRESENCE.heartbeatMs);
      expect(s.emit.mock.calls).toHaveLength(2);
      rooms.withdraw('wikipage:p');
      expect(s.emit.mock.calls).toHaveLength(2);
      rooms.withdraw('wikipage:p');
      expect(s.emit.mock.calls.at(-1)).toEqual(['presence.leave', { room: 'wikipage:p' }]);
      // No heartbeat once nothing is announced.
      vi.advanceTimersByTime(PRESENCE.heartbeatMs * 3);
      expect(s.emit.mock.calls).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('useLiveRooms', () => {
  const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
  const Person = ({ id }: { id: string }) => {
    useLiveRoom(`person:${id}`);
    return null;
  };
  const Team = ({ rooms }: { rooms: (string | null)[] }) => {
    useLiveRooms(rooms);
    return null;
  };

  it('subscribes on mount, unsubscribes when the last component showing the room unmounts', async () => {
    const s = socket();
    liveRoomsOf(client).ready(s, { organizationId: 'org-1' });
    const view = (people: string[], teamRooms: (string | null)[]) => (
      <ApolloProvider client={client}>
        {people.map((id, i) => (
          <Person key={i} id={id} />
        ))}
        <Team rooms={teamRooms} />
      </ApolloProvider>
    );
    const { rerender, unmount } = render(view(['a', 'a'], ['team:t', null, 'team:t']));
    expect(s.emit.mock.calls).toEqual([
      ['subscribe', { room: 'person:a' }],
      ['subscribe', { room: 'team:t' }],
    ]);
    rerender(view(['a'], ['team:t', 'person:a']));
    await Promise.resolve();
    expect(s.emit).toHaveBeenCalledTimes(2);
    rerender(view([], ['team:u']));
    await Promise.resolve();
    expect(s.emit.mock.calls.slice(2)).toEqual([
      ['subscribe', { room: 'team:u' }],
      ['unsubscribe', { room: 'person:a' }],
      ['unsubscribe', { room: 'team:t' }],
    ]);
    unmount();
    await Promise.resolve();
    expect(s.emit.mock.calls.slice(5)).toEqual([['unsubscribe', { room: 'team:u' }]]);
    expect(liveRoomsOf(client).rooms).toEqual([]);
  });
});
