import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

export type Tx = EntityManager;

const rowsOf = <T>(raw: unknown): T[] =>
  Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number' ? (raw[0] as T[]) : (raw as T[]);

/** Runs SQL on a manager (a transaction's, usually) and returns its rows. */
export const runSql = async <T = Record<string, unknown>>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> =>
  rowsOf<T>(await manager.query(sql, params));

/**
 * The one way to run a command: a transaction whose manager every query must use (PGlite runs
 * one transaction at a time, so a query on another connection inside it would wait forever).
 * After commit, listeners (the outbox dispatcher) are told; a rollback tells nobody.
 */
@Injectable()
export class Db {
  private readonly commitListeners: (() => void)[] = [];
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  private readonly afterCommitOf = new WeakMap<Tx, (() => void)[]>();

  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let callbacks: (() => void)[] = [];
    const result = await this.dataSource.transaction(async (tx) => {
      this.afterCommitOf.set(tx, (callbacks = []));
      return work(tx);
    });
    for (const callback of callbacks) callback();
    for (const listener of this.commitListeners) listener();
    return result;
  }

  /** Runs `callback` once the transaction `tx` (from `transaction`) has committed; never after a rollback. */
  afterCommit(tx: Tx, callback: () => void): void {
    const callbacks = this.afterCommitOf.get(tx);
    if (!callbacks) throw new Error('afterCommit needs a transaction started by Db.transaction');
    callbacks.push(callback);
  }

  onCommit(listener: () => void): void {
    this.commitListeners.push(listener);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Rows of any statement (TypeORM returns `[rows, count]` for UPDATE/DELETE; this does not). */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return runSql(this.dataSource.manager, sql, params);
  }

  /**
   * Rows of a hot statement sent as a named (prepared) statement, which PostgreSQL parses and
   * plans once per connection instead of on every call (TypeORM's `query()` cannot name one).
   * `name` must stand for exactly one `sql` text: give each variant of a built statement its own,
   * or end the name in `-*` to have it named by its text (`statementName`).
   * With `tx` it runs on that transaction's connection, as everything in a command must. Counted
   * and logged through TypeORM's logger like any other query.
   */
  async prepared<T = Record<string, unknown>>(name: string, sql: string, params: unknown[] = [], tx?: Tx): Promise<T[]> {
    if (name.endsWith('-*')) name = statementName(name.slice(0, -2), sql);
    const logger = this.dataSource.logger;
    logger.logQuery(sql, params);
    const runner = tx?.queryRunner as PostgresQueryRunner | undefined;
    const client: Pool | PoolClient = runner ? ((await runner.connect()) as PoolClient) : ((this.dataSource.driver as PostgresDriver).master as Pool);
    try {
      return (await client.query({ name, text: sql, values: params })).rows as T[];
    } catch (e) {
      logger.logQueryError(e instanceof Error ? e : String(e), sql, params);
      throw new QueryFailedError(sql, params, e as Error);
    }
  }
}

const statementNames = new Map<string, string>();
/**
 * `<prefix>-<hash of the text>`: the name of a built statement (its text varies with the actor or
 * the options, its placeholders with nothing else), so that one text always gets one name, as
 * `Db.prepared` requires. `db.prepared('feeds-home-*', …)` names by it.
 */
export function statementName(prefix: string, text: string): string {
  const key = `${prefix}\0${text}`;
  let name = statementNames.get(key);
  if (!name) {
    name = `${prefix}-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    if (statementNames.size < 512) statementNames.set(key, name);
  }
  return name;
}
