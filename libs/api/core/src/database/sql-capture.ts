import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { QueryCounter } from './query-counter';

/** The variable that turns capture on: the file the statements go to. Benchmarks only. */
export const SQL_CAPTURE_ENV = 'PILLARS_SQL_CAPTURE';

const requestOf = new AsyncLocalStorage<number>();
let requests = 0;

/** One statement sent on behalf of one HTTP request, in the order the process sent them. */
export interface CapturedStatement {
  request: number;
  sql: string;
  params: unknown[];
}

/**
 * Appends every statement a request sends through TypeORM (named statements of `Db.prepared`
 * included) to a file, one JSON line each, tagged with the request it ran for; statements of
 * background work (the outbox poller, jobs) carry no request and are left out. `tools/bench`
 * starts a short-lived API with it to learn the SQL of a GraphQL operation, then has the bare
 * baseline replay exactly that SQL. Never on in production: it writes synchronously.
 */
export class SqlCapture extends QueryCounter implements TypeOrmLogger {
  constructor(private readonly file: string) {
    super();
  }

  override logQuery(sql: string, params?: unknown[]): void {
    super.logQuery();
    const request = requestOf.getStore();
    if (request === undefined) return;
    const line: CapturedStatement = { request, sql, params: params ?? [] };
    appendFileSync(this.file, JSON.stringify(line) + '\n');
  }
}

/** Express middleware: what runs for this request is tagged with its number. */
export function sqlCaptureMiddleware(_req: Request, _res: Response, next: NextFunction): void {
  requestOf.run(++requests, next);
}
