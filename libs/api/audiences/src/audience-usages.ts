import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Where audiences are used, told by the pillars that use them: the audiences domain cannot read
 * their tables (feeds depends on audiences, not the other way round), so each pillar registers a
 * source at start-up, like a realtime room's authorizer. A source answers for a whole page of
 * audiences in one query, so the saved list costs one query per registered kind.
 */
export interface AudienceUsageSource {
  /** Stable, upper-case (`ANNOUNCEMENT`); clients translate `audiences.usage.<kind>`. */
  kind: string;
  /** How many live things of this kind use each audience; audiences without any may be left out. */
  count(manager: EntityManager, organizationId: string, audienceIds: readonly string[]): Promise<Map<string, number>>;
}

export interface AudienceUsageCount {
  kind: string;
  count: number;
}

@Injectable()
export class AudienceUsages {
  private readonly sources = new Map<string, AudienceUsageSource>();

  register(source: AudienceUsageSource): void {
    if (!/^[A-Z][A-Z_]*$/.test(source.kind)) throw new Error(`audience usage kind ${source.kind} must be UPPER_SNAKE`);
    this.sources.set(source.kind, source);
  }

  get kinds(): string[] {
    return [...this.sources.keys()].sort();
  }

  /** Per audience, its non-zero usages by kind (sorted by kind). */
  async countsFor(manager: EntityManager, organizationId: string, audienceIds: readonly string[]): Promise<AudienceUsageCount[][]> {
    const result = audienceIds.map((): AudienceUsageCount[] => []);
    if (audienceIds.length === 0) return result;
    for (const kind of this.kinds) {
      const counts = await (this.sources.get(kind) as AudienceUsageSource).count(manager, organizationId, audienceIds);
      audienceIds.forEach((id, i) => {
        const count = counts.get(id) ?? 0;
        if (count > 0) result[i].push({ kind, count });
      });
    }
    return result;
  }
}
