import type { Actor } from '@pillars/api/core';

const MAX_ENTRIES = 10_000;

interface Entry { actor: Actor; until: number }

/**
 * Token hash → actor for the last second (`SESSION_CACHE_MS`), per process, so a burst of requests on one session
 * costs one lookup. Only live sessions are kept (an unknown token always reaches the database), and
 * an entry never outlives its session's expiry. Cleared on every local commit (roles, teams,
 * status) and per session on local revocation; another process notices within the TTL
 * (docs/decisions.md).
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every forget; a lookup that started before one must not store what it read. */
  generation = 0;
  constructor(private readonly ttlMs: number) {}

  get(tokenHash: string, now = Date.now()): Actor | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.until > now) return entry.actor;
    this.entries.delete(tokenHash);
    return null;
  }

  set(tokenHash: string, actor: Actor, expiresAt: Date, readAtGeneration: number, now = Date.now()): void {
    if (this.ttlMs <= 0 || readAtGeneration !== this.generation) return;
    // A full map is dropped whole: cheaper than LRU upkeep, and refilled within a second.
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, { actor, until: Math.min(now + this.ttlMs, expiresAt.getTime()) });
  }

  forgetSessions(sessionIds: readonly string[]): void {
    this.generation++;
    if (sessionIds.length === 0) return;
    const ids = new Set(sessionIds);
    for (const [hash, entry] of this.entries) if (ids.has(entry.actor.sessionId)) this.entries.delete(hash);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
