import type { DynamicModule, Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import { DomainEventEntity, ProcessedEventEntity } from './events/domain-event.entity';
import { CORE_MIGRATIONS } from './database/migrations';
import { CommonErrorCode } from './errors/error-codes';

export type MigrationClass = new () => MigrationInterface;
// TypeORM takes entity classes; their constructors are never called by us.
export type EntityClass = abstract new (...args: never[]) => object;
export type ErrorCodeEnum = Record<string, string>;

/**
 * Everything a domain contributes to the app, in one value its lib exports. The app lists the
 * descriptors once (apps/api/src/app/domains.ts); modules, the data source's entities, the
 * migration list and the known error codes all derive from that list.
 */
export interface DomainDescriptor {
  name: string;
  module: Type | DynamicModule;
  entities: EntityClass[];
  /** The domain's own migrations; every domain's and core's run together in timestamp order. */
  migrations: MigrationClass[];
  /** The domain's error-code enums (each also passed to `registerErrorCodes`). */
  errorCodes: ErrorCodeEnum[];
}

export const defineDomain = (descriptor: DomainDescriptor): DomainDescriptor => descriptor;

/** What core itself contributes: the outbox tables, the baseline migrations, the common codes. */
export const CORE_ENTITIES: EntityClass[] = [DomainEventEntity, ProcessedEventEntity];
export const CORE_ERROR_CODES: ErrorCodeEnum[] = [CommonErrorCode];

const timestampOf = (m: MigrationClass): number => {
  const match = /(\d{13})$/.exec(m.name);
  if (!match) throw new Error(`migration ${m.name} must end with its 13-digit timestamp`);
  return Number(match[1]);
};

/** Core's and every domain's migrations in one global timestamp order; refuses duplicates. */
export function orderedMigrations(domains: readonly DomainDescriptor[]): MigrationClass[] {
  const all = [...CORE_MIGRATIONS, ...domains.flatMap((d) => d.migrations)];
  const seen = new Map<number, string>();
  for (const m of all) {
    const ts = timestampOf(m);
    const other = seen.get(ts);
    if (other) throw new Error(`migrations ${other} and ${m.name} share the timestamp ${ts}`);
    seen.set(ts, m.name);
  }
  return all.sort((a, b) => timestampOf(a) - timestampOf(b));
}

export const allEntities = (domains: readonly DomainDescriptor[]): EntityClass[] => [...CORE_ENTITIES, ...domains.flatMap((d) => d.entities)];

/** Every code a client may see from an app made of these domains, sorted. */
export const allErrorCodes = (domains: readonly DomainDescriptor[]): string[] =>
  [...new Set([...CORE_ERROR_CODES, ...domains.flatMap((d) => d.errorCodes)].flatMap((e) => Object.values(e)))].sort();
