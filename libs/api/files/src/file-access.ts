import { Injectable } from '@nestjs/common';
import type { Actor } from '@pillars/api/core';

/** Of `ownerIds`, those `actor` may read (the same rule as the owner's own query). */
export type OwnerReadChecker = (actor: Actor, ownerIds: string[]) => Promise<Set<string>>;

/**
 * Who may download an attached file is the owning domain's call: each domain that attaches files
 * registers its owner type once (in its module's onModuleInit). An unregistered type reads as
 * hidden, so a file attached by a domain that forgot to register is never served.
 */
@Injectable()
export class FileAccess {
  private readonly checkers = new Map<string, OwnerReadChecker>();

  register(ownerType: string, checker: OwnerReadChecker): void {
    if (this.checkers.has(ownerType)) throw new Error(`file owner type ${ownerType} is registered twice`);
    this.checkers.set(ownerType, checker);
  }

  isRegistered(ownerType: string): boolean {
    return this.checkers.has(ownerType);
  }

  async readableOwners(actor: Actor, ownerType: string, ownerIds: string[]): Promise<Set<string>> {
    const checker = this.checkers.get(ownerType);
    if (!checker || ownerIds.length === 0) return new Set();
    return checker(actor, ownerIds);
  }
}
