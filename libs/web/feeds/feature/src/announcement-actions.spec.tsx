import { useQuery } from '@apollo/client/react';
import { AcknowledgeAnnouncementDocument, MarkAnnouncementReadDocument, MarkAnnouncementSeenDocument, PostDocument } from '@pillars/web/feeds/data-access';
import type { PostCardFragment } from '@pillars/web/graphql';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST_ID, post, renderFeeds } from './feeds.spec-helpers';
import { PostCard } from './post-card';

type Receipt = { deliveredAt: string; seenAt: string | null; readAt: string | null; acknowledgedAt: string | null };
const receipt = (over: Partial<Receipt> = {}) => ({ __typename: 'AnnouncementReceipt' as const, deliveredAt: '2026-01-02T10:00:00.000Z', seenAt: null, readAt: null, acknowledgedAt: null, ...over });
const info = (mustRead: boolean, r: ReturnType<typeof receipt> | null, audienceId: string | null = null) => ({ __typename: 'AnnouncementInfo' as const, mustRead, audienceId, myReceipt: r });
const announcement = (mustRead: boolean, r: ReturnType<typeof receipt> | null, audienceId: string | null = null) =>
  post(POST_ID, { isAnnouncement: true, announcement: info(mustRead, r, audienceId) as PostCardFragment['announcement'] });
const answer = (field: string, r: ReturnType<typeof receipt>, mustRead = true) => ({
  data: { [field]: { __typename: 'PostPayload', post: { __typename: 'Post', id: POST_ID, announcement: info(mustRead, r) } } },
});

/** The card as a feed shows it: from the cache, so the mutations' answers re-render it. */
function CachedCard() {
  const { data } = useQuery(PostDocument, { variables: { id: POST_ID }, fetchPolicy: 'cache-only' });
  return data ? <PostCard post={data.post} /> : null;
}
const renderCard = (p: PostCardFragment, mocks: Parameters<typeof renderFeeds>[1]) =>
  renderFeeds(<CachedCard />, mocks, { prime: (client) => client.writeQuery({ query: PostDocument, variables: { id: POST_ID }, data: { post: p } }) });

/** A controllable IntersectionObserver: `show(el, ratio)` reports a target's visible share. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  static show(el: Element, ratio: number) {
    for (const o of FakeObserver.all) {
      if (!o.targets.has(el)) continue;
      const entry = { target: el, isIntersecting: ratio > 0, intersectionRatio: ratio } as IntersectionObserverEntry;
      o.callback([entry], o as unknown as IntersectionObserver);
    }
  }
}

beforeEach(() => {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const endMarker = (article: HTMLElement) => article.querySelector('span[aria-hidden="true"][style*="block"]') as HTMLElement;

describe('announcement card', () => {
  it('shows the badges and "Got it" on a must-read one, then when it was acknowledged', async () => {
    const acknowledged = receipt({ seenAt: '2026-01-02T10:01:00.000Z', readAt: '2026-01-02T10:02:00.000Z', acknowledgedAt: new Date().toISOString() });
    renderCard(announcement(true, receipt({ seenAt: '2026-01-02T10:01:00.000Z', readAt: '2026-01-02T10:02:00.000Z' })), [
      { request: { query: AcknowledgeAnnouncementDocument, variables: { id: POST_ID } }, result: answer('acknowledgeAnnouncement', acknowledged) },
    ]);
    expect(screen.getByText('Announcement')).toBeTruthy();
    expect(screen.getByText('Must read')).toBeTruthy();
    // Seen and read already: nothing to observe.
    expect(FakeObserver.all).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(await screen.findByText(/Acknowledged/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Got it' })).toBeNull();
  });

  it('links to the reach page only for those who may track it, and offers no "Got it" when not must-read', () => {
    renderCard(announcement(false, null, '00000000-0000-4000-8000-0000000aa001'), []);
    expect(screen.getByRole('link', { name: 'See reach' }).getAttribute('href')).toBe(`/announcements/${POST_ID}/reach`);
    expect(screen.queryByText('Must read')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Got it' })).toBeNull();
  });

  it('marks seen once after 1 s at ≥ 50 % in view, then read after its end stays in view 1 s, and never again this session', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const seen = vi.fn(() => answer('markAnnouncementSeen', receipt({ seenAt: '2026-01-02T11:00:00.000Z' })));
    const read = vi.fn(() => answer('markAnnouncementRead', receipt({ seenAt: '2026-01-02T11:00:00.000Z', readAt: '2026-01-02T11:00:02.000Z' })));
    renderCard(announcement(true, receipt()), [
      { request: { query: MarkAnnouncementSeenDocument, variables: { id: POST_ID } }, result: seen, maxUsageCount: 5 },
      { request: { query: MarkAnnouncementReadDocument, variables: { id: POST_ID } }, result: read, maxUsageCount: 5 },
    ]);
    const article = screen.getByRole('article');
    const end = endMarker(article);
    expect(end).toBeTruthy();

    // Under half in view: nothing, however long.
    act(() => FakeObserver.show(article, 0.4));
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(seen).not.toHaveBeenCalled();
    // Half in view, but scrolled away before a second: nothing.
    act(() => FakeObserver.show(article, 0.6));
    await act(() => vi.advanceTimersByTimeAsync(900));
    act(() => FakeObserver.show(article, 0.2));
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(seen).not.toHaveBeenCalled();
    // A full second: seen, once.
    act(() => FakeObserver.show(article, 0.7));
    await act(() => vi.advanceTimersByTimeAsync(1100));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(read).not.toHaveBeenCalled();
    // The end of the card in view for a second: read.
    act(() => FakeObserver.show(end, 1));
    await act(() => vi.advanceTimersByTimeAsync(1100));
    expect(read).toHaveBeenCalledTimes(1);
    // In and out of view again: no more requests.
    act(() => FakeObserver.show(article, 0));
    act(() => FakeObserver.show(article, 1));
    act(() => FakeObserver.show(end, 1));
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('observes nothing for a post that is not an announcement, or when the viewer holds no receipt', () => {
    renderCard(post(POST_ID), []);
    expect(FakeObserver.all).toHaveLength(0);
  });

  it('holds no receipt (the author outside the audience): no observer, no "Got it"', () => {
    renderCard(announcement(true, null, '00000000-0000-4000-8000-0000000aa001'), []);
    expect(FakeObserver.all).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Got it' })).toBeNull();
  });
});
