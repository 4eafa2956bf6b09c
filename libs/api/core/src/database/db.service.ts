import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

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
}
