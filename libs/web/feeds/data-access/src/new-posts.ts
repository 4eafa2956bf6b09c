export interface HorizonPost {
  id: string;
  createdAt: string;
  pinnedUntil?: string | null;
  author?: { id: string } | null;
}

/** The newest creation time among the posts shown: what the reader has "seen" up to. */
export function feedHorizon(posts: readonly HorizonPost[]): string | null {
  let max: string | null = null;
  for (const p of posts) if (max === null || Date.parse(p.createdAt) > Date.parse(max)) max = p.createdAt;
  return max;
}

/**
 * Splits a feed into what is shown and how many newer posts wait behind the pill: posts created
 * after the horizon, except the reader's own (they see what they just posted at once).
 */
export function countNewPosts<P extends HorizonPost>(posts: readonly P[], horizon: string | null, viewerId: string | null): { visible: P[]; newCount: number } {
  if (horizon === null) return { visible: [...posts], newCount: 0 };
  const limit = Date.parse(horizon);
  const visible: P[] = [];
  let newCount = 0;
  for (const p of posts) {
    if (Date.parse(p.createdAt) > limit && p.author?.id !== viewerId) newCount++;
    else visible.push(p);
  }
  return { visible, newCount };
}
