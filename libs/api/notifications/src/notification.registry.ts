import { Injectable } from '@nestjs/common';
import type { Actor } from '@pillars/api/core';

/** How a person receives one kind. IN_APP is the centre only; every other channel but OFF adds mail. */
export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL_NOW = 'EMAIL_NOW',
  DAILY_DIGEST = 'DAILY_DIGEST',
  WEEKLY_DIGEST = 'WEEKLY_DIGEST',
  OFF = 'OFF',
}
export const DIGEST_CHANNELS = [NotificationChannel.DAILY_DIGEST, NotificationChannel.WEEKLY_DIGEST] as const;
export type DigestChannel = (typeof DIGEST_CHANNELS)[number];

export interface NotificationKind {
  /** `<domain>.<name>`, e.g. `feeds.mention`. */
  kind: string;
  defaultChannel: NotificationChannel;
  /** Its mail lists the actors by name, one a line (an escalation naming the people overdue), not only the first. */
  listsActors?: boolean;
}

/**
 * The kinds the app knows, declared by each domain at start-up (`onModuleInit`), so a later
 * pillar adds its kinds without editing this lib. `notify` refuses an undeclared kind.
 */
@Injectable()
export class NotificationKinds {
  private readonly kinds = new Map<string, NotificationKind>();

  register(...kinds: NotificationKind[]): void {
    for (const k of kinds) this.kinds.set(k.kind, k);
  }
  get(kind: string): NotificationKind | undefined {
    return this.kinds.get(kind);
  }
  all(): NotificationKind[] {
    return [...this.kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  }
}

/** Which of `ids` the actor may still see; anything left out is shown as "no longer available". */
export type TargetChecker = (actor: Actor, ids: string[]) => Promise<Set<string>>;

/**
 * Per target type, the owning domain's read rule. A type nobody registered is never available
 * (default deny): a notification cannot outlive its domain's policy.
 */
@Injectable()
export class NotificationTargets {
  private readonly checkers = new Map<string, TargetChecker>();

  register(type: string, checker: TargetChecker): void {
    this.checkers.set(type, checker);
  }

  /** `type:id` keys the actor may see, one checker call per type. */
  async visible(actor: Actor, targets: { targetType: string; targetId: string }[]): Promise<Set<string>> {
    const byType = new Map<string, Set<string>>();
    for (const t of targets) {
      if (!byType.has(t.targetType)) byType.set(t.targetType, new Set());
      byType.get(t.targetType)?.add(t.targetId);
    }
    const out = new Set<string>();
    for (const [type, ids] of byType) {
      const checker = this.checkers.get(type);
      if (!checker) continue;
      const seen = await checker(actor, [...ids]);
      for (const id of seen) if (ids.has(id)) out.add(`${type}:${id}`);
    }
    return out;
  }
}
