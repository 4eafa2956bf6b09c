import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { MarkAnnouncementReadDocument, MarkAnnouncementSeenDocument } from '@pillars/web/feeds/data-access';
import type { PostCardFragment } from '@pillars/web/graphql';
import { useEffect, useRef, type RefObject } from 'react';

/** A card counts as seen once at least this share of it is on screen... */
export const SEEN_RATIO = 0.5;
/** ...for this long; the card's end must stay on screen as long again for "read". */
export const DWELL_MS = 1000;

type Kind = 'seen' | 'read';

/** What this session already sent, per client (so a remounted card, another feed or a refetch never repeats it). */
const sentByClient = new WeakMap<ApolloClient, Record<Kind, Set<string>>>();
const sentOf = (client: ApolloClient) => {
  let sent = sentByClient.get(client);
  if (!sent) sentByClient.set(client, (sent = { seen: new Set(), read: new Set() }));
  return sent;
};

/**
 * Seen and read receipts for an announcement card, sent at most once per post per session and
 * never when the receipt already has the timestamp (or the viewer holds no receipt):
 * - seen: the card (the `article` around `endRef`) is ≥ 50 % in the viewport for ≥ 1 s;
 * - read: after it was seen, the card's end (`endRef`, below the body) stays in the viewport for ≥ 1 s
 *   (the reader scrolled through it), or `markRead()` is called (opening the comments or the permalink).
 */
export function useAnnouncementReceipts(post: PostCardFragment, endRef: RefObject<HTMLElement | null>): { markRead: () => void } {
  const client = useApolloClient();
  const [seen] = useMutation(MarkAnnouncementSeenDocument);
  const [read] = useMutation(MarkAnnouncementReadDocument);
  const receipt = post.announcement?.myReceipt ?? null;
  const needSeen = Boolean(receipt && !receipt.seenAt);
  const needRead = Boolean(receipt && !receipt.readAt);
  const send = useRef<(kind: Kind) => boolean>(() => false);
  send.current = (kind) => {
    const sent = sentOf(client)[kind];
    if (!receipt || sent.has(post.id) || (kind === 'seen' ? !needSeen : !needRead)) return false;
    sent.add(post.id);
    const mutate = kind === 'seen' ? seen : read;
    mutate({ variables: { id: post.id } }).catch(() => sent.delete(post.id));
    return true;
  };

  useEffect(() => {
    const end = endRef.current;
    if (!end || (!needSeen && !needRead) || typeof IntersectionObserver === 'undefined') return undefined;
    const card = end.closest('article') ?? end;
    const sent = sentOf(client);
    const isSeen = () => !needSeen || sent.seen.has(post.id);
    let cardVisible = false;
    let endVisible = false;
    let seenTimer: ReturnType<typeof setTimeout> | null = null;
    let readTimer: ReturnType<typeof setTimeout> | null = null;
    const update = () => {
      if (cardVisible && !isSeen() && !seenTimer) {
        seenTimer = setTimeout(() => {
          seenTimer = null;
          send.current('seen');
          update();
        }, DWELL_MS);
      } else if (!cardVisible && seenTimer) {
        clearTimeout(seenTimer);
        seenTimer = null;
      }
      if (endVisible && isSeen() && needRead && !sent.read.has(post.id) && !readTimer) {
        readTimer = setTimeout(() => {
          readTimer = null;
          send.current('read');
        }, DWELL_MS);
      } else if (!endVisible && readTimer) {
        clearTimeout(readTimer);
        readTimer = null;
      }
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.target === card) cardVisible = entry.isIntersecting && entry.intersectionRatio >= SEEN_RATIO;
          if (entry.target === end) endVisible = entry.isIntersecting;
        }
        update();
      },
      { threshold: [0, SEEN_RATIO, 1] },
    );
    observer.observe(card);
    if (end !== card) observer.observe(end);
    return () => {
      observer.disconnect();
      if (seenTimer) clearTimeout(seenTimer);
      if (readTimer) clearTimeout(readTimer);
    };
  }, [client, endRef, post.id, needSeen, needRead]);

  return { markRead: () => void send.current('read') };
}
